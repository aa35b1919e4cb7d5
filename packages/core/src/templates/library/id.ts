import { AFTER_SHIPPING, BEFORE_SHIPPING, defineTemplates, IN_TRANSIT, REFUNDED } from '../define-templates.js';

/**
 * Indonesian: the marketplace «kak» register for friendly and apologetic replies («Halo kak», «mohon ditunggu ya
 * kak», «mohon maaf atas ketidaknyamanannya»), «Bapak/Ibu» and «Anda» in the formal one; marketplace vocabulary
 * (resi, kurir, ekspedisi, COD, cicilan, bea cukai).
 */
export const ID_TEMPLATES = defineTemplates('id', {
  order_tracking: {
    friendly: 'Halo kak{{#buyerName}} {{buyerName}}{{/buyerName}}! {{#trackingNumber}}Pesanan{{#orderId}} {{orderId}}{{/orderId}} sudah dikirim{{#carrier}} lewat {{carrier}}{{/carrier}} ya kak. Nomor resinya {{trackingNumber}}.{{#promisedDeliveryDate}} Estimasi sampai paling lambat {{promisedDeliveryDate}}.{{/promisedDeliveryDate}}{{/trackingNumber}}{{^trackingNumber}}Terima kasih sudah menghubungi kami. Kami cek dulu status pesanannya{{#orderId}} ({{orderId}}){{/orderId}} ya kak, nanti resinya langsung kami kirim.{{/trackingNumber}}',
    formal: 'Selamat siang Bapak/Ibu, terima kasih atas pesan Anda. {{#trackingNumber}}Pesanan Anda{{#orderId}} {{orderId}}{{/orderId}} telah dikirim{{#carrier}} melalui {{carrier}}{{/carrier}} dengan nomor resi {{trackingNumber}}.{{#promisedDeliveryDate}} Perkiraan tiba paling lambat {{promisedDeliveryDate}}.{{/promisedDeliveryDate}}{{/trackingNumber}}{{^trackingNumber}}Kami sedang memeriksa status pesanan Anda{{#orderId}} {{orderId}}{{/orderId}} dan akan segera mengirimkan informasi pelacakannya.{{/trackingNumber}}',
    apologetic: 'Mohon maaf sudah membuat kakak menunggu ya. {{#trackingNumber}}Pesanannya sudah dikirim{{#carrier}} lewat {{carrier}}{{/carrier}} dan bisa dilacak dengan nomor resi {{trackingNumber}}.{{/trackingNumber}}{{^trackingNumber}}Kami sedang cek ke gudang sekarang, begitu resinya ada langsung kami kirim ke kakak.{{/trackingNumber}}',
  },
  shipping_time: {
    friendly: 'Halo kak{{#buyerName}} {{buyerName}}{{/buyerName}}! {{#promisedShipDate}}Pesanannya dikirim paling lambat {{promisedShipDate}} ya.{{/promisedShipDate}}{{^promisedShipDate}}Pesanan kami kirim sesuai waktu proses yang tertera di halaman produk ya.{{/promisedShipDate}}{{#promisedDeliveryDate}} Estimasi sampai: {{promisedDeliveryDate}}.{{/promisedDeliveryDate}} Begitu dikirim, resinya langsung kami kabari ya kak.',
    formal: 'Terima kasih atas pesan Anda. {{#promisedShipDate}}Pesanan Anda dijadwalkan dikirim paling lambat {{promisedShipDate}}{{#promisedDeliveryDate}} dan tiba paling lambat {{promisedDeliveryDate}}{{/promisedDeliveryDate}}.{{/promisedShipDate}}{{^promisedShipDate}}Pesanan dikirim sesuai waktu proses yang tercantum di halaman produk, dan perkiraan tiba dapat dilihat di rincian pesanan.{{/promisedShipDate}} Nomor resi akan kami kirimkan setelah paket dikirim.',
    apologetic: 'Mohon maaf sudah menunggu lama ya kak. {{#promisedShipDate}}Pesanannya dijadwalkan dikirim paling lambat {{promisedShipDate}}, dan kami usahakan bisa lebih cepat.{{/promisedShipDate}}{{^promisedShipDate}}Pesanannya sedang kami siapkan, begitu dikirim resinya langsung kami kabari.{{/promisedShipDate}}',
  },
  delivery_problem: {
    apologetic: 'Mohon maaf sekali ya kak, paketnya belum sampai. Kami sudah menghubungi pihak ekspedisi{{#trackingNumber}} untuk resi {{trackingNumber}}{{/trackingNumber}} dan akan kabari kakak dalam 48 jam. Kalau statusnya sudah terkirim, boleh dicek dulu ke tetangga atau satpam ya kak.',
    formal: 'Terima kasih atas informasinya, dan kami mohon maaf atas ketidaknyamanannya. Kami telah mengajukan pelacakan kepada pihak ekspedisi{{#trackingNumber}} untuk resi {{trackingNumber}}{{/trackingNumber}} dan akan memberikan kabar serta solusi dalam 48 jam.',
    friendly: 'Aduh, maaf ya kak{{#buyerName}} {{buyerName}}{{/buyerName}}! Kami lagi tanya ke kurir soal paketnya{{#trackingNumber}} (resi {{trackingNumber}}){{/trackingNumber}} dan kabari kakak dalam 48 jam. Kalau paketnya sampai duluan, kabari kami ya.',
  },
  address_change: {
    friendly: 'Siap kak! Kirim alamat barunya yang lengkap di sini ya (jalan, nomor, RT/RW, kelurahan, kecamatan, kota, kode pos). Kalau pesanannya{{#orderId}} ({{orderId}}){{/orderId}} belum dikirim, langsung kami ubah.',
    formal: 'Terima kasih atas pesan Anda. Mohon kirimkan alamat pengiriman yang benar secara lengkap. Apabila pesanan{{#orderId}} {{orderId}}{{/orderId}} belum dikirim, kami akan memperbaruinya dan mengonfirmasi perubahan kepada Anda.',
    apologetic: 'Mohon maaf atas kendala alamatnya ya kak. Kirim alamat lengkap yang benar di sini, kami usahakan pesanannya{{#orderId}} ({{orderId}}){{/orderId}} diubah sebelum dikirim.',
    shipped: { tone: 'apologetic', conditions: IN_TRANSIT, text: 'Mohon maaf ya kak, pesanannya{{#orderId}} ({{orderId}}){{/orderId}} sudah dikirim, jadi alamatnya sudah tidak bisa kami ubah. Kami coba tanyakan ke ekspedisi apakah paketnya bisa dialihkan, nanti kami kabari hasilnya.' },
  },
  order_cancel: {
    friendly: 'Siap kak! Permintaan pembatalan pesanan{{#orderId}} {{orderId}}{{/orderId}} sudah kami terima. Kalau belum dikirim, langsung kami batalkan dan kakak akan dapat notifikasinya.',
    formal: 'Terima kasih atas pesan Anda. Permintaan pembatalan pesanan{{#orderId}} {{orderId}}{{/orderId}} telah kami terima. Apabila pesanan belum dikirim, kami akan membatalkannya dan Anda akan menerima konfirmasi.',
    apologetic: 'Mohon maaf pesanannya belum sesuai harapan ya kak. Permintaan pembatalan pesanan{{#orderId}} {{orderId}}{{/orderId}} sudah kami terima; kalau belum dikirim, langsung kami batalkan dan kami kabari.',
    unshipped: { tone: 'friendly', conditions: BEFORE_SHIPPING, text: 'Siap kak! Pesanan{{#orderId}} {{orderId}}{{/orderId}} belum dikirim, jadi sekarang langsung kami batalkan ya. Nanti ada notifikasi konfirmasinya, dan dananya kembali ke metode pembayaran awal.' },
    shipped: { tone: 'formal', conditions: AFTER_SHIPPING, text: 'Terima kasih atas pesan Anda. Pesanan{{#orderId}} {{orderId}}{{/orderId}} sudah dikirim sehingga tidak dapat dibatalkan lagi. Setelah barang diterima, Anda dapat mengajukan pengembalian barang melalui rincian pesanan dan kami akan memprosesnya.' },
  },
  order_change: {
    friendly: 'Bisa kak! Mau diganti apa ya, ukuran, warna, atau jumlahnya? Kalau pesanannya{{#orderId}} ({{orderId}}){{/orderId}} belum dikirim, kami cek stok dulu lalu langsung kami ubah.',
    formal: 'Terima kasih atas pesan Anda. Mohon konfirmasi perubahan yang diinginkan untuk pesanan{{#orderId}} {{orderId}}{{/orderId}} (ukuran, warna, atau jumlah). Apabila belum dikirim, kami akan memeriksa ketersediaan dan mengonfirmasi apakah perubahan dapat dilakukan.',
    apologetic: 'Mohon maaf atas kendalanya ya kak. Kabari ukuran, warna, atau jumlah yang kakak mau, kami usahakan pesanannya{{#orderId}} ({{orderId}}){{/orderId}} diubah sebelum dikirim.',
    shipped: { tone: 'apologetic', conditions: AFTER_SHIPPING, text: 'Mohon maaf ya kak, pesanannya{{#orderId}} ({{orderId}}){{/orderId}} sudah dikirim jadi tidak bisa diubah lagi. Setelah barang sampai, kakak bisa ajukan pengembalian atau tukar barang lewat rincian pesanan, nanti kami bantu.' },
  },
  return_request: {
    friendly: 'Yah, sayang sekali barangnya kurang cocok ya kak. Pengembalian barang bisa diajukan lewat rincian pesanan. Begitu pengajuannya masuk, langsung kami cek dan kirim caranya ya.',
    formal: 'Terima kasih telah menghubungi kami. Untuk mengembalikan barang{{#orderId}} dari pesanan {{orderId}}{{/orderId}}, silakan ajukan pengembalian melalui rincian pesanan. Kami akan segera meninjaunya dan mengirimkan petunjuk pengembalian.',
    apologetic: 'Mohon maaf barangnya belum sesuai harapan ya kak. Silakan ajukan pengembalian lewat rincian pesanan, kami cek secepatnya lalu kirim petunjuknya. Kemasan aslinya disimpan ya kak, biar prosesnya lebih lancar.',
  },
  exchange_request: {
    friendly: 'Bisa kak! Mau tukar ke ukuran atau warna apa? Kami cek stok dulu lalu kami jelaskan cara tukarnya ya.',
    formal: 'Terima kasih atas pesan Anda. Mohon informasikan ukuran atau warna yang diinginkan{{#orderId}} untuk pesanan {{orderId}}{{/orderId}}. Kami akan memeriksa ketersediaan dan menjelaskan proses penukarannya.',
    apologetic: 'Mohon maaf ukurannya kurang pas ya kak. Kabari ukuran atau warna yang dibutuhkan, kami langsung cek stok dan jelaskan cara tukarnya.',
  },
  refund_request: {
    apologetic: 'Mohon maaf sekali ya kak atas pengalamannya. Supaya pengajuan refund{{#orderId}} untuk pesanan {{orderId}}{{/orderId}} bisa kami proses, boleh diceritakan kendalanya? Kalau barangnya rusak, lampirkan fotonya ya. Kami balas dalam 24 jam.',
    formal: 'Terima kasih atas pesan Anda. Pengajuan pengembalian dana{{#orderId}} untuk pesanan {{orderId}}{{/orderId}} telah kami terima. Untuk peninjauan, mohon jelaskan alasannya dan lampirkan foto barang bila perlu. Kami akan membalas dalam 24 jam.',
    friendly: 'Terima kasih sudah menghubungi kami kak{{#buyerName}} {{buyerName}}{{/buyerName}}. Kami mau bantu selesaikan. Boleh diceritakan sedikit kendalanya? Foto sangat membantu. Kami cek dan balas dalam 24 jam ya.',
  },
  refund_status: {
    friendly: 'Halo kak! Refund diproses setelah barang retur kami terima dan cek. Setelah itu, biasanya butuh 3 sampai 10 hari kerja sampai dananya masuk, tergantung bank atau metode pembayarannya. Kalau sudah lebih dari itu, kabari kami ya.',
    formal: 'Terima kasih atas pesan Anda. Pengembalian dana{{#orderId}} untuk pesanan {{orderId}}{{/orderId}} diproses setelah barang retur diterima dan diperiksa. Tergantung bank atau metode pembayaran, dana dapat memerlukan 3 sampai 10 hari kerja untuk masuk.',
    apologetic: 'Mohon maaf refund-nya belum masuk ya kak. Kami sedang cek statusnya{{#orderId}} untuk pesanan {{orderId}}{{/orderId}} dan kabari dalam 24 jam. Setelah diproses, bank biasanya butuh 3 sampai 10 hari kerja.',
    refunded: { tone: 'friendly', conditions: REFUNDED, text: 'Kabar baik kak! Refund{{#orderId}} untuk pesanan {{orderId}}{{/orderId}} sudah kami proses. Tergantung bank atau metode pembayarannya, dana biasanya masuk dalam 3 sampai 10 hari kerja ya.' },
  },
  product_question: {
    friendly: 'Halo kak, terima kasih sudah bertanya{{#productName}} soal {{productName}}{{/productName}}! Kami cek detailnya dulu ya, nanti segera kami balas. Spesifikasi lengkapnya juga ada di halaman produk.',
    formal: 'Terima kasih atas minat Anda{{#productName}} terhadap {{productName}}{{/productName}}. Kami sedang memeriksa detail pertanyaan Anda dan akan segera memberikan jawaban.',
    apologetic: 'Mohon maaf kalau informasi produknya kurang jelas ya kak. Detail{{#productName}} {{productName}}{{/productName}} sedang kami cek, nanti segera kami balas.',
  },
  stock_availability: {
    friendly: 'Halo kak, terima kasih sudah tertarik{{#productName}} dengan {{productName}}{{/productName}}! Kami cek dulu stok ukuran atau warna yang kakak cari ya. Varian yang bisa dipilih di halaman produk itu ready stock.',
    formal: 'Terima kasih atas pesan Anda. Kami sedang memeriksa ketersediaan{{#productName}} {{productName}}{{/productName}} untuk varian yang Anda minta dan akan segera mengonfirmasinya. Varian yang dapat dipilih di halaman produk tersedia.',
    apologetic: 'Mohon maaf ya kak, varian itu sepertinya sedang kosong. Kami cek kapan restock{{#productName}} ({{productName}}){{/productName}}, nanti langsung kami kabari begitu ada tanggalnya.',
  },
  product_defect: {
    apologetic: 'Mohon maaf sekali ya kak, barangnya sampai dalam kondisi begini. Boleh kirim foto atau video singkat kerusakannya{{#orderId}} dan konfirmasi pesanan {{orderId}}{{/orderId}}? Setelah kami cek, kami tawarkan penggantian barang atau refund.',
    formal: 'Terima kasih atas informasinya, dan kami mohon maaf atas ketidaknyamanannya. Agar dapat segera kami tangani, mohon kirimkan foto kerusakan{{#orderId}} untuk pesanan {{orderId}}{{/orderId}}. Selanjutnya kami akan mengatur penggantian barang atau pengembalian dana.',
    friendly: 'Aduh, harusnya nggak begitu ya kak{{#buyerName}} {{buyerName}}{{/buyerName}}! Kirim foto kerusakannya ya, kami bantu secepatnya dengan ganti barang atau refund.',
  },
  wrong_or_missing_item: {
    apologetic: 'Mohon maaf sekali ya kak, barang yang diterima salah atau ada yang kurang. Boleh kirim foto barang yang sampai{{#orderId}} untuk pesanan {{orderId}}{{/orderId}}, termasuk labelnya? Barang yang benar atau bagian yang kurang segera kami kirim.',
    formal: 'Kami mohon maaf atas kesalahan ini. Agar dapat segera kami perbaiki, mohon kirimkan foto barang yang diterima beserta label paketnya{{#orderId}} (pesanan {{orderId}}){{/orderId}}. Selanjutnya kami akan mengirimkan barang yang benar.',
    friendly: 'Maaf ya kak{{#buyerName}} {{buyerName}}{{/buyerName}}, ada yang salah kirim! Kirim foto barang yang diterima, nanti barang yang benar atau yang kurang langsung kami kirim.',
  },
  invoice_request: {
    friendly: 'Siap kak! Faktur untuk pesanan{{#orderId}} {{orderId}}{{/orderId}} kami buatkan dan kirim lewat chat ini ya. Kalau perlu atas nama perusahaan, kabari nama dan NPWP-nya.',
    formal: 'Terima kasih atas permintaan Anda. Kami akan menerbitkan faktur untuk pesanan{{#orderId}} {{orderId}}{{/orderId}} dan mengirimkannya melalui kanal ini. Apabila faktur perlu atas nama perusahaan, mohon informasikan nama perusahaan dan NPWP.',
    apologetic: 'Mohon maaf fakturnya belum terlampir ya kak. Segera kami buatkan untuk pesanan{{#orderId}} {{orderId}}{{/orderId}} dan kirim di sini. Kabari juga kalau perlu atas nama perusahaan.',
  },
  price_negotiation: {
    friendly: 'Terima kasih sudah tertarik kak! Harganya sudah pas banget, tapi kalau ambil banyak boleh kami cek dulu. Kira-kira butuh berapa pcs?',
    formal: 'Terima kasih atas pesan Anda. Harga kami sudah ditetapkan seoptimal mungkin. Untuk pembelian dalam jumlah besar, mohon informasikan jumlah yang dibutuhkan dan kami akan memeriksa kemungkinan harga yang lebih baik.',
    apologetic: 'Mohon maaf ya kak, untuk satuan harganya belum bisa kurang. Kalau ambil beberapa, kabari jumlahnya, nanti kami cek apa yang bisa kami bantu.',
  },
  promotion_inquiry: {
    friendly: 'Halo kak! Voucher biasanya ada syaratnya: produk tertentu, minimal belanja, dan masa berlaku. Kalau sudah sesuai tapi tetap tidak bisa dipakai waktu checkout, kirim kodenya ke kami ya, kami bantu cek.',
    formal: 'Terima kasih atas pesan Anda. Kode promo hanya berlaku untuk produk tertentu dalam masa berlakunya, dan sebagian mensyaratkan minimal pembelian. Apabila kode Anda memenuhi syarat namun tetap tidak dapat digunakan, mohon kirimkan kodenya untuk kami periksa.',
    apologetic: 'Mohon maaf vouchernya tidak bisa dipakai ya kak. Kirim kode dan produk yang mau dibeli, kami langsung cek penyebabnya.',
  },
  payment_issue: {
    formal: 'Terima kasih atas pesan Anda. Metode pembayaran yang tersedia untuk pesanan Anda, termasuk cicilan atau COD apabila tersedia, ditampilkan saat checkout. Apabila pembayaran gagal atau tertagih dua kali, mohon informasikan tanggalnya dan kami akan memeriksanya bersama platform.',
    apologetic: 'Mohon maaf atas kendala pembayarannya ya kak. Pembayaran diproses oleh platform, jadi kami tidak bisa melihat data kartu kakak; kalau tertagih dua kali, biasanya tagihan ganda otomatis kembali dalam beberapa hari. Kabari tanggal tagihannya, kami bantu pantau.',
    friendly: 'Halo kak! Semua metode pembayaran yang tersedia, termasuk COD atau cicilan kalau ada, bisa dilihat waktu checkout ya. Kalau ada kendala pembayaran, kabari kami, nanti kami bantu.',
  },
  customs_duties: {
    friendly: 'Pertanyaan bagus kak! Bea masuk dan pajak impor tergantung aturan negara tujuan dan nilai pesanan. Kalau tidak termasuk saat checkout, biasanya dibayar waktu paket diterima. Kalau paketnya tertahan di bea cukai, kabari kami ya, kami bantu dokumennya.',
    formal: 'Terima kasih atas pesan Anda. Bea masuk dan pajak impor ditetapkan oleh bea cukai negara tujuan berdasarkan nilai barang. Apabila tidak termasuk saat pembayaran, biasanya dibayarkan oleh penerima saat paket diterima. Jika paket tertahan, kami dapat menyediakan dokumen yang diperlukan.',
    apologetic: 'Mohon maaf atas kendala di bea cukai ya kak. Kami bantu supaya paketnya bisa segera keluar: kabari dokumen apa yang diminta, nanti faktur atau dokumen lainnya langsung kami kirim.',
  },
  positive_feedback: {
    friendly: 'Terima kasih banyak kak{{#buyerName}} {{buyerName}}{{/buyerName}}! Senang sekali kakak suka. Semoga awet dan bermanfaat ya!',
    formal: 'Terima kasih banyak atas apresiasi Bapak/Ibu. Kami senang mengetahui Anda puas dengan pembelian Anda.',
  },
  greeting_other: {
    friendly: 'Halo kak{{#buyerName}} {{buyerName}}{{/buyerName}}! Ada yang bisa kami bantu? Kalau soal pesanan, boleh dikirim nomor pesanannya ya.',
    formal: 'Selamat siang Bapak/Ibu, terima kasih telah menghubungi kami. Ada yang dapat kami bantu? Apabila terkait pesanan, mohon sertakan nomor pesanannya.',
  },
});
