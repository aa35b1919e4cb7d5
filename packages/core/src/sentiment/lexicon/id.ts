import type { SentimentLexicon } from '../sentiment-lexicon.js';

/** Indonesian: buyer complaints and praise, chat spellings (gak, bgt, udah), slang (mantap, anjir, zonk). Our own wording. */
export const ID_LEXICON: SentimentLexicon = {
  negative: {
    strong: [
      'terburuk', 'paling buruk', 'paling jelek', 'sampah', 'hancur', 'ancur', 'kecewa berat', 'sangat kecewa', 'kecewa banget', 'zonk',
      'bodong', 'abal abal', 'palsu', 'barang kw', 'kw', 'penipu', 'penipuan', 'tipu', 'nipu', 'menipu', 'ditipu', 'bintang satu',
      'bintang 1', 'jangan beli', 'jangan dibeli', 'jangan order', 'nyesel banget', 'rugi banget', 'parah banget', 'jelek banget',
      'buruk banget', 'muak', 'benci', 'tidak akan beli lagi', 'gak akan beli lagi', 'ga akan beli lagi', 'kapok', 'ampun deh',
    ],
    moderate: [
      'jelek', 'buruk', 'payah', 'parah', 'rusak', 'cacat', 'pecah', 'retak', 'penyok', 'lecet', 'sobek', 'robek', 'bocor', 'kotor', 'bau',
      'luntur', 'kecewa', 'dikecewakan', 'mengecewakan', 'nyesel', 'menyesal', 'rugi', 'marah', 'kesal', 'kesel', 'sebel', 'sebal', 'bete',
      'capek', 'cape', 'sedih', 'takut', 'bahaya', 'mati', 'perang', 'kacau', 'murahan', 'tidak sesuai', 'gak sesuai', 'ga sesuai',
      'nggak sesuai', 'salah kirim', 'salah ukuran', 'salah warna', 'salah barang', 'hilang', 'ilang', 'tagihan dua kali', 'ditagih dua kali',
      'kena tagihan dua kali', 'double charge', 'ngelupas', 'mengelupas', 'bohong', 'dibohongi', 'lelet', 'lemot', 'terlambat', 'lama banget',
      'lambat banget', 'telat', 'komplain', 'keluhan', 'masalah', 'bermasalah', 'error', 'mati total', 'tidak berfungsi', 'gak berfungsi',
      'ga berfungsi', 'tidak bisa dipakai', 'gak bisa dipakai', 'ga bisa dipakai', 'cuma datang satu', 'kurang ajar', 'kecewa sekali',
      'merasa ditipu', 'gak jelas', 'ga jelas', 'nggak jelas', 'tidak jelas', 'gak bener', 'ga bener', 'gak becus', 'ga becus', 'rese',
      'ribet', 'nyusahin', 'menyusahkan', 'lambat', 'sedih banget', 'serem', 'ngeri', 'gagal', 'hancur lebur', 'parah sih', 'nerawang',
      'miring', 'gosong', 'terbakar', 'karatan', 'berjamur', 'ga nyala', 'gak nyala', 'tidak nyala', 'mati mendadak', 'gak ada yang bales', 'udah tiga kali', 'sudah tiga kali', 'berkali kali', 'tanpa pemberitahuan', 'balikin uang', 'kembalikan uang', 'uang saya kembali',
      'seminggu lagi', 'sebulan lagi', 'bukan barang yang saya pesan', 'disuruh nunggu', 'disuruh sabar',
    ],
    weak: ['lama', 'mahal', 'susah', 'kurang', 'sayang sekali', 'sayangnya', 'aneh', 'biasa aja', 'biasa saja', 'standar', 'lumayan lama', 'nunggu', 'menunggu', 'kekecilan', 'kebesaran', 'tipis'],
  },
  positive: {
    strong: [
      'mantap', 'mantab', 'mantep', 'mantul', 'mantap jiwa', 'juara', 'terbaik', 'sempurna', 'luar biasa', 'hebat', 'istimewa', 'memuaskan',
      'sangat puas', 'puas banget', 'puas sekali', 'josss', 'joss', 'jos', 'gokil', 'ajib', 'the best', 'kualitas juara', 'bintang lima',
      'bintang 5', 'recommended banget', 'rekomended banget', 'sangat rekomendasi', 'sangat direkomendasikan', 'keren banget', 'keren parah',
      'bagus banget', 'bagus sekali', 'suka banget', 'senang banget', 'senang sekali', 'cinta banget', 'worth it', 'top banget', 'mantulita',
    ],
    moderate: [
      'bagus', 'keren', 'kece', 'cakep', 'cantik', 'ganteng', 'lucu', 'imut', 'suka', 'senang', 'seneng', 'puas', 'rekomended', 'rekomen',
      'recommended', 'rekomendasi', 'direkomendasikan', 'top', 'sip', 'siip', 'sipp', 'amanah', 'ramah', 'cepat', 'cepet', 'fast respon',
      'fast response', 'respon cepat', 'sesuai', 'sesuai deskripsi', 'sesuai pesanan', 'sesuai gambar', 'sesuai foto', 'original', 'ori',
      'rapi', 'rapih', 'aman', 'awet', 'nyaman', 'adem', 'lembut', 'halus', 'baik', 'berkualitas', 'cinta', 'syukur', 'bahagia', 'gembira',
      'lega', 'oke banget', 'ok banget', 'terjangkau', 'murah', 'worth', 'nice', 'good', 'great', 'love', 'perfect', 'best', 'makasih banyak',
      'terima kasih banyak', 'trimakasih banyak', 'responsif', 'sigap', 'gercep', 'tepat waktu', 'kilat', 'lancar', 'beres', 'langganan',
      'order lagi', 'beli lagi', 'belanja lagi', 'bakal order lagi', 'pas', 'pas banget', 'berfungsi dengan baik', 'berfungsi baik',
      'berfungsi normal', 'mantaap', 'mantaaap', 'wow', 'asik', 'asyik', 'seru', 'menarik', 'kuat', 'kokoh', 'tebal', 'wangi', 'harum',
      'elegan', 'mewah', 'canggih', 'praktis', 'berguna', 'bermanfaat', 'membantu', 'sangat membantu', 'alhamdulillah', 'makasih udah', 'makasih sudah', 'terima kasih sudah', 'terima kasih udah',
      'terima kasih atas', 'masalah beres', 'masalah selesai', 'tepat waktu',
    ],
    weak: ['makasih', 'terima kasih', 'terimakasih', 'trimakasih', 'thanks', 'thx', 'trims', 'tq', 'ok', 'oke', 'okay', 'lumayan', 'wkwk', 'wkwkwk', 'hehe', 'haha', 'aman sentosa'],
  },
  complaintWhenNegated: [
    'bisa', 'bisa dipakai', 'bisa dicas', 'bisa dirakit', 'berfungsi', 'nyala', 'jalan', 'sampai', 'nyampe', 'sampe', 'datang', 'dateng',
    'diterima', 'terima', 'dibales', 'dibalas', 'bales', 'balas', 'jawab', 'dijawab', 'direspon', 'respon', 'masuk', 'cocok', 'muat',
    'beres', 'diproses', 'dikembalikan', 'balik', 'ada kabar', 'percaya', 'tanggung jawab', 'bertanggung jawab', 'kasih tau',
    'kasih tahu', 'dikabari', 'diinfokan',
  ],
  neutral: [
    'selamat pagi', 'selamat siang', 'selamat sore', 'selamat malam', 'no resi', 'nomor resi', 'gak tahu', 'ga tahu', 'gak tau', 'ga tau',
    'tidak tahu', 'tidak apa apa', 'gak apa apa', 'ga apa apa', 'gpp', 'sampai kapan', 'kapan sampai', 'kapan sampainya', 'estimasi sampai',
    'sampai tanggal', 'sampai sekarang', 'boleh minta', 'mau tanya', 'gak buru buru', 'tidak buru buru', 'sudah sampai belum',
    'berapa lama', 'salah pilih', 'salah klik', 'salah order',
  ],
  anger: [
    'penipu', 'penipuan', 'tipu', 'nipu', 'maling', 'pencuri', 'anjir', 'anjing', 'anjrit', 'anjay', 'bangsat', 'bajingan', 'brengsek',
    'goblok', 'goblog', 'bego', 'tolol', 'kampret', 'sialan', 'taik', 'tai', 'asu', 'gila', 'kurang ajar', 'lapor', 'laporin',
    'ylki', 'polisi', 'pengacara', 'somasi', 'viralkan', 'viralin', 'dispute', 'komplain ke', 'ajukan komplain', 'keterlaluan', 'kelewatan',
    'gak becus', 'ga becus', 'muak', 'dasar maling', 'dasar penipu',
  ],
  negators: [
    'tidak', 'tak', 'gak', 'ga', 'nggak', 'enggak', 'engga', 'ngga', 'gk', 'tdk', 'bukan', 'belum', 'blm', 'blom', 'jangan', 'tanpa',
    'kurang', 'ndak', 'nda', 'gag', 'nggak ada', 'gak ada', 'ga ada', 'tidak ada', 'tiada', 'masih belum', 'belum juga', 'tidak pernah',
    'gak pernah', 'ga pernah', 'nggak pernah',
  ],
  postNegators: [],
  intensifiers: ['sangat', 'amat', 'terlalu', 'paling', 'super', 'asli', 'bener bener', 'benar benar', 'sungguh', 'makin', 'gila', 'sungguh sungguh', 'beneran', 'bener', 'banget banget', 'sangat sangat', 'jujur'],
  postIntensifiers: ['banget', 'bgt', 'bngt', 'bangett', 'sekali', 'parah', 'pol', 'poll', 'abis', 'beneran', 'dah', 'amat', 'sih', 'jiwa'],
  downtoners: ['agak', 'sedikit', 'dikit', 'lumayan', 'rada', 'cukup', 'kurang lebih'],
  contrast: ['tapi', 'tetapi', 'namun', 'padahal', 'cuma', 'sayangnya', 'cuman'],
  urgent: ['segera', 'urgent', 'darurat', 'cepetan', 'buruan', 'secepatnya', 'sesegera mungkin', 'asap', 'tolong cepat', 'mendesak', 'penting', 'cepat ya', 'buru buru'],
  deadline: ['hari ini', 'besok', 'malam ini', 'minggu ini', 'lusa', 'nanti sore', 'ulang tahun', 'deadline', 'sebelum jumat', 'sebelum senin', 'sebelum sabtu', 'sebelum minggu', 'paling lambat'],
  followUp: [
    'lagi', 'udah tiga kali', 'sudah tiga kali', 'sudah 3 kali', 'udah 3 kali', 'berkali kali', 'berulang kali', 'dari kemarin', 'udah lama',
    'masih belum', 'belum ada balasan', 'gak ada yang bales', 'ga ada yang bales', 'tidak ada respon', 'tidak dibalas', 'follow up',
    'tanya lagi', 'chat lagi', 'kabarnya', 'sampai sekarang', 'udah seminggu', 'sudah seminggu', 'sudah dua kali', 'udah dua kali',
  ],
};
