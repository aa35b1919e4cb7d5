import type { SupportedLanguage } from '../languages.js';

/** Polarity words of one language. Latin-script entries are accent-folded words; others are substrings. */
export interface SentimentLexicon {
  readonly negative: readonly string[];
  readonly positive: readonly string[];
  /** Words that flip the polarity of what follows within a few words (Latin) or is attached (CJK/Thai). */
  readonly negators: readonly string[];
  readonly intensifiers: readonly string[];
  /** Words that signal urgency or a deadline. */
  readonly urgent: readonly string[];
}

/**
 * The starter sentiment lexicon (our own wording). Kept small and high-precision; the full per-language
 * lexicons with slang land with the sentiment work.
 */
const WRITTEN_LEXICONS: Readonly<Record<SupportedLanguage, SentimentLexicon>> = {
  en: {
    negative: ['bad', 'terrible', 'awful', 'horrible', 'worst', 'broken', 'angry', 'disappointed', 'disappointing', 'useless', 'scam', 'fraud', 'ridiculous', 'unacceptable', 'damaged', 'never', 'joke', 'pathetic', 'furious', 'upset', 'annoyed', 'sucks', 'garbage', 'trash', 'wtf', 'late', 'lost', 'fake', 'poor', 'hate'],
    positive: ['great', 'good', 'love', 'loved', 'excellent', 'perfect', 'amazing', 'awesome', 'thanks', 'thank', 'happy', 'fantastic', 'wonderful', 'nice', 'beautiful', 'recommend', 'fast', 'quick', 'appreciate', 'pleased', 'satisfied'],
    negators: ['not', 'no', "don't", 'dont', "didn't", 'didnt', "doesn't", 'doesnt', "isn't", 'isnt', "wasn't", 'wasnt', 'never', "won't", 'wont', "can't", 'cant'],
    intensifiers: ['very', 'so', 'really', 'extremely', 'totally', 'super'],
    urgent: ['urgent', 'urgently', 'asap', 'immediately', 'today', 'tonight', 'now', 'emergency', 'deadline', 'tomorrow'],
  },
  es: {
    negative: ['malo', 'mala', 'pesimo', 'pesima', 'horrible', 'terrible', 'roto', 'rota', 'enojado', 'enojada', 'molesto', 'molesta', 'decepcionado', 'decepcionada', 'estafa', 'fraude', 'inaceptable', 'danado', 'danada', 'nunca', 'basura', 'porqueria', 'verguenza', 'harto', 'harta', 'falso', 'mames', 'peor', 'tarde'],
    positive: ['bueno', 'buena', 'excelente', 'perfecto', 'perfecta', 'encanta', 'encanto', 'gracias', 'feliz', 'genial', 'chido', 'chida', 'padre', 'increible', 'hermoso', 'hermosa', 'recomiendo', 'rapido', 'satisfecho', 'satisfecha', 'bonito'],
    negators: ['no', 'nunca', 'ni', 'jamas', 'tampoco', 'sin'],
    intensifiers: ['muy', 'super', 'demasiado', 'bien', 'totalmente', 're'],
    urgent: ['urgente', 'hoy', 'ya', 'inmediato', 'inmediatamente', 'pronto', 'manana', 'emergencia', 'rapido'],
  },
  pt: {
    negative: ['ruim', 'pessimo', 'pessima', 'horrivel', 'terrivel', 'quebrado', 'quebrada', 'bravo', 'irritado', 'irritada', 'decepcionado', 'decepcionada', 'golpe', 'fraude', 'inaceitavel', 'danificado', 'danificada', 'nunca', 'lixo', 'vergonha', 'absurdo', 'falso', 'pior', 'atrasado', 'enganado', 'raiva'],
    positive: ['bom', 'boa', 'otimo', 'otima', 'excelente', 'perfeito', 'perfeita', 'amei', 'adorei', 'obrigado', 'obrigada', 'feliz', 'lindo', 'linda', 'maravilhoso', 'recomendo', 'rapido', 'satisfeito', 'satisfeita', 'top', 'show'],
    negators: ['nao', 'nunca', 'nem', 'jamais', 'sem'],
    intensifiers: ['muito', 'super', 'demais', 'bem', 'totalmente', 'mto'],
    urgent: ['urgente', 'hoje', 'agora', 'imediatamente', 'rapido', 'amanha', 'emergencia', 'logo'],
  },
  fr: {
    negative: ['mauvais', 'mauvaise', 'nul', 'nulle', 'horrible', 'terrible', 'casse', 'cassee', 'enerve', 'enervee', 'decu', 'decue', 'arnaque', 'escroquerie', 'inacceptable', 'abime', 'abimee', 'jamais', 'honteux', 'honte', 'scandaleux', 'faux', 'pire', 'retard', 'colere', 'furieux', 'furieuse'],
    positive: ['bon', 'bonne', 'excellent', 'excellente', 'parfait', 'parfaite', 'adore', 'merci', 'content', 'contente', 'genial', 'super', 'magnifique', 'recommande', 'rapide', 'satisfait', 'satisfaite', 'top', 'ravi', 'ravie'],
    negators: ['pas', 'jamais', 'ne', 'ni', 'aucun', 'aucune', 'sans'],
    intensifiers: ['tres', 'trop', 'vraiment', 'totalement', 'super', 'hyper'],
    urgent: ['urgent', 'urgence', 'aujourd\'hui', 'immediatement', 'vite', 'demain', 'rapidement'],
  },
  de: {
    negative: ['schlecht', 'schrecklich', 'furchtbar', 'katastrophe', 'kaputt', 'defekt', 'wutend', 'sauer', 'enttauscht', 'betrug', 'abzocke', 'inakzeptabel', 'beschadigt', 'nie', 'niemals', 'mull', 'frechheit', 'unverschamt', 'falsch', 'schlimmste', 'verspatet', 'argerlich'],
    positive: ['gut', 'super', 'toll', 'perfekt', 'ausgezeichnet', 'danke', 'zufrieden', 'glucklich', 'klasse', 'prima', 'wunderbar', 'empfehlen', 'schnell', 'schon', 'liebe', 'top', 'spitze'],
    negators: ['nicht', 'kein', 'keine', 'keinen', 'nie', 'niemals', 'ohne'],
    intensifiers: ['sehr', 'total', 'echt', 'extrem', 'wirklich', 'voll'],
    urgent: ['dringend', 'sofort', 'heute', 'eilig', 'umgehend', 'morgen', 'schnellstmoglich'],
  },
  ja: {
    negative: ['最悪', 'ひどい', '酷い', '壊れ', '故障', '不良', '怒', '残念', 'がっかり', '詐欺', '不満', 'ありえない', '遅い', '届かない', '困って', '困り', '腹立', '不快', 'ふざけ'],
    positive: ['ありがとう', '嬉しい', 'うれしい', '最高', '素晴らしい', '満足', '良かった', 'よかった', '気に入', '助かり', '素敵', 'かわいい', '早い', '丁寧'],
    negators: ['ない', 'ません', 'ず'],
    intensifiers: ['とても', '本当に', 'すごく', '非常に', 'めちゃ'],
    urgent: ['至急', '急ぎ', '今日', 'すぐ', '早急', '大至急', '明日まで', '本日'],
  },
  zh: {
    negative: ['差', '烂', '爛', '坏', '壞', '破', '生气', '生氣', '失望', '骗', '騙', '垃圾', '投诉', '投訴', '太慢', '不满', '不滿', '气死', '氣死', '无语', '無語', '过分', '過分', '恶心', '噁心'],
    positive: ['谢谢', '謝謝', '好评', '好評', '满意', '滿意', '喜欢', '喜歡', '很好', '不错', '不錯', '棒', '赞', '讚', '完美', '超快', '开心', '開心', '感谢', '感謝'],
    negators: ['不', '没', '沒', '别', '別', '未'],
    intensifiers: ['很', '非常', '太', '超', '特别', '特別', '真的'],
    urgent: ['急', '紧急', '緊急', '马上', '馬上', '今天', '尽快', '盡快', '立刻', '赶紧', '趕緊'],
  },
  id: {
    negative: ['jelek', 'buruk', 'parah', 'rusak', 'kecewa', 'marah', 'kesal', 'penipu', 'penipuan', 'tipu', 'bohong', 'lambat', 'lama', 'hancur', 'cacat', 'payah', 'sampah', 'anjir', 'zonk', 'nyesel'],
    positive: ['bagus', 'mantap', 'mantab', 'keren', 'suka', 'puas', 'makasih', 'terimakasih', 'senang', 'cepat', 'rekomended', 'recommended', 'oke', 'sip', 'top', 'cakep', 'cantik', 'amanah'],
    negators: ['tidak', 'gak', 'ga', 'nggak', 'enggak', 'tak', 'bukan', 'belum', 'blm', 'gk'],
    intensifiers: ['sangat', 'banget', 'bgt', 'sekali', 'amat', 'terlalu'],
    urgent: ['segera', 'urgent', 'cepat', 'buruan', 'sekarang', 'darurat', 'besok'],
  },
  th: {
    negative: ['แย่', 'เสีย', 'พัง', 'โกรธ', 'ผิดหวัง', 'โกง', 'หลอก', 'ห่วย', 'ช้า', 'ไม่พอใจ', 'เซ็ง', 'รำคาญ', 'ขยะ', 'แตก'],
    positive: ['ดีมาก', 'ขอบคุณ', 'ชอบ', 'ประทับใจ', 'สวย', 'เร็ว', 'พอใจ', 'ดีเยี่ยม', 'เยี่ยม', 'น่ารัก', 'ปัง', 'คุ้ม'],
    negators: ['ไม่', 'ยังไม่', 'ไม่ได้'],
    intensifiers: ['มาก', 'สุด', 'จริงๆ', 'เกิน'],
    urgent: ['ด่วน', 'วันนี้', 'ทันที', 'เร็วๆ', 'รีบ', 'พรุ่งนี้'],
  },
};

/**
 * Every entry in NFKC, like the text the pipeline hands the stages (NFKC splits Thai ำ into two characters), so
 * stages compare entries with text as they are.
 */
export const SENTIMENT_LEXICONS: Readonly<Record<SupportedLanguage, SentimentLexicon>> = Object.fromEntries(
  Object.entries(WRITTEN_LEXICONS).map(([language, lexicon]) => {
    const nfkc = (words: readonly string[]): string[] => words.map((word) => word.normalize('NFKC'));
    const normalized: SentimentLexicon = {
      negative: nfkc(lexicon.negative), positive: nfkc(lexicon.positive), negators: nfkc(lexicon.negators),
      intensifiers: nfkc(lexicon.intensifiers), urgent: nfkc(lexicon.urgent),
    };
    return [language, normalized];
  }),
) as Record<SupportedLanguage, SentimentLexicon>;
