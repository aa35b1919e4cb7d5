import { francAll } from 'franc';
import { toSupportedLanguage, type LanguageCode, type SupportedLanguage } from '../languages.js';
import { foldText } from '../text/fold.js';
import { countScripts } from '../text/scripts.js';

/** How the language was decided. */
export type LanguageSource = 'caller' | 'script' | 'statistical' | 'cue-words' | 'none';

/** The detected language, with a confidence in [0, 1]. */
export interface LanguageDetection {
  readonly code: LanguageCode;
  readonly confidence: number;
  readonly source: LanguageSource;
}

/** Options of {@link detectLanguage}. */
export interface DetectLanguageOptions {
  /** A language the caller already knows (BCP 47 accepted); it wins when supported. */
  readonly hint?: string | undefined;
  /** Below this confidence the answer is `und`. @default 0.5 */
  readonly minConfidence?: number;
}

const FRANC_CODES: Readonly<Record<string, SupportedLanguage>> = {
  eng: 'en', spa: 'es', por: 'pt', fra: 'fr', deu: 'de', ind: 'id',
};
const FRANC_ONLY = Object.keys(FRANC_CODES);

// Frequent function words and buyer words, accent-folded, chosen to tell the Latin-script languages apart (words
// shared by several languages, such as "a", "no" or "e", are left out): they settle texts too short for trigram
// statistics and correct franc where a few foreign words (brands, URLs, English shop terms) mislead it.
const CUE_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'my', 'is', 'where', 'i', 'you', 'your', 'our', 'we', 'not', 'and', 'please', 'pls', 'thanks', 'thank', 'order', 'when', 'what', 'hello', 'hi', 'refund', 'item', 'this', 'it', 'was', 'have', 'has', 'can', 'received', 'package', 'parcel', 'still', 'yet', 'why', 'how', 'with', 'of', 'to', 'for', 'did', 'does', "don't", 'dont', "i'm", 'im', 'wrong', 'broken', 'on', 'be', 'will', 'would', 'could', 'are', 'get', 'got', 'just', 'any', 'been', 'want', 'need', 'shipping', 'arrived', 'which', 'there', 'they', 'me', 'from', 'an', 'at', 'if', 'or', 'do', 'so', 'yes', 'return', 'size', 'color', 'colour', 'by', 'than', 'sale', 'sales', 'store', 'guarantee', 'guarantees', 'visit', 'agency', 'free', 'customer', 'service', 'money'],
  es: ['el', 'los', 'las', 'mi', 'mis', 'que', 'por', 'es', 'donde', 'pedido', 'gracias', 'hola', 'quiero', 'factura', 'cuando', 'llega', 'llego', 'todavia', 'aun', 'esta', 'con', 'para', 'una', 'del', 'pero', 'ya', 'tengo', 'paquete', 'favor', 'buenas', 'buenos', 'dias', 'reembolso', 'devolver', 'hay', 'nada', 'porque', 'muy', 'puedo', 'pueden', 'envio', 'compra', 'compre', 'usted', 'ustedes', 'tienen', 'hacer', 'cuanto', 'cual', 'como', 'tambien', 'pero', 'y', 'lo', 'le', 'me', 'su', 'sus', 'al', 'este', 'esto', 'eso', 'son', 'estoy', 'llegado', 'llegó', 'recibi', 'producto', 'talla', 'necesito', 'quisiera', 'ahora', 'hoy', 'mañana', 'manana', 'semana', 'dinero', 'cancelar', 'cambiar', 'vendedor', 'mande', 'oiga', 'wey', 'guey', 'chido', 'pues', 'entonces', 'sigue', 'sin', 'nunca'],
  pt: ['os', 'meu', 'minha', 'nao', 'onde', 'pedido', 'obrigado', 'obrigada', 'ola', 'oi', 'cade', 'vc', 'voce', 'vcs', 'quero', 'chegou', 'ainda', 'com', 'uma', 'um', 'do', 'da', 'mas', 'ja', 'tenho', 'encomenda', 'produto', 'reembolso', 'nota', 'fiscal', 'pq', 'ta', 'bom', 'dia', 'muito', 'esta', 'isso', 'esse', 'essa', 'nao', 'sim', 'posso', 'podem', 'envio', 'compra', 'comprei', 'recebi', 'tamanho', 'preciso', 'gostaria', 'agora', 'hoje', 'amanha', 'semana', 'dinheiro', 'cancelar', 'trocar', 'vendedor', 'entrega', 'rastreio', 'frete', 'pra', 'pro', 'no', 'na', 'nos', 'nas', 'ao', 'aos', 'foi', 'fiz', 'tudo', 'nada', 'quando', 'porque', 'tambem', 'loja', 'voces', 'blz', 'mto', 'muita', 'sou', 'estou', 'estava', 'veio', 'vai', 'vou'],
  fr: ['le', 'les', 'mon', 'ma', 'mes', 'est', 'ou', 'pas', 'je', 'commande', 'merci', 'bonjour', 'colis', 'svp', 'quand', 'toujours', 'avec', 'pour', 'une', 'du', 'des', 'mais', 'deja', "j'ai", 'recu', 'remboursement', 'facture', 'vous', 'il', 'ne', "c'est", 'bonsoir', 'slt', 'stp', 'tres', 'pourquoi', 'livraison', 'produit', 'et', 'au', 'aux', 'ce', 'cette', 'sur', 'dans', 'avez', 'avoir', 'etre', 'suis', 'fait', 'faire', 'peux', 'pouvez', 'veux', 'voudrais', 'aimerais', 'besoin', 'taille', 'argent', 'annuler', 'changer', 'vendeur', 'rien', 'jamais', 'encore', 'aujourd', "aujourd'hui", 'demain', 'semaine', 'moi', 'nous', 'qui', 'que', 'quoi', 'comment', 'combien', 'ca', 'cest', 'jai', 'jsp', 'pk', 'bjr', 'mdr', 'oui', 'non', 'retour', 'article', 'qu', 'en', 'reçu'],
  de: ['der', 'die', 'das', 'ist', 'nicht', 'ich', 'mein', 'meine', 'wo', 'bestellung', 'danke', 'hallo', 'paket', 'wann', 'noch', 'mit', 'fur', 'und', 'eine', 'ein', 'aber', 'schon', 'habe', 'sendung', 'rechnung', 'bitte', 'sie', 'es', 'kann', 'warum', 'guten', 'tag', 'erstattung', 'zuruck', 'leider', 'kein', 'keine', 'artikel', 'lieferung', 'wie', 'den', 'dem', 'des', 'zu', 'auf', 'von', 'bei', 'nach', 'ist', 'sind', 'war', 'wurde', 'hat', 'haben', 'mochte', 'moechte', 'konnen', 'koennen', 'brauche', 'grosse', 'geld', 'stornieren', 'andern', 'verkaufer', 'nichts', 'nie', 'immer', 'heute', 'morgen', 'woche', 'mir', 'mich', 'uns', 'ihr', 'ihre', 'was', 'wer', 'welche', 'auch', 'ja', 'nein', 'gibt', 'gerne', 'vielen', 'dank', 'mfg', 'lg', 'servus', 'gruss', 'grusse'],
  id: ['saya', 'tidak', 'gak', 'ga', 'yang', 'ini', 'itu', 'kak', 'pesanan', 'barang', 'terima', 'kasih', 'sudah', 'udah', 'belum', 'blm', 'kapan', 'dikirim', 'sampai', 'dengan', 'untuk', 'dan', 'tapi', 'mau', 'bisa', 'min', 'gan', 'paket', 'resi', 'rusak', 'kok', 'dong', 'ya', 'apa', 'ada', 'tolong', 'mohon', 'aku', 'sis', 'nggak', 'gimana', 'bagaimana', 'kenapa', 'berapa', 'dari', 'ke', 'di', 'sama', 'juga', 'lagi', 'aja', 'saja', 'nya', 'kami', 'kita', 'mereka', 'kamu', 'anda', 'bapak', 'ibu', 'uang', 'bayar', 'pembayaran', 'batal', 'ganti', 'tukar', 'ukuran', 'warna', 'toko', 'penjual', 'hari', 'besok', 'minggu', 'sekarang', 'masih', 'banget', 'bgt', 'sih', 'deh', 'nih', 'tuh', 'makasih', 'mantap', 'kakak', 'udh', 'brg', 'yg', 'dgn', 'krn', 'karena'],
};
const CUE_INDEX: ReadonlyMap<string, readonly SupportedLanguage[]> = (() => {
  const index = new Map<string, SupportedLanguage[]>();
  for (const [language, words] of Object.entries(CUE_WORDS)) {
    for (const word of words) {
      const list = index.get(word) ?? [];
      list.push(language as SupportedLanguage);
      index.set(word, list);
    }
  }
  return index;
})();

const WORD = /[\p{L}']+/gu;
const UND: LanguageDetection = { code: 'und', confidence: 0, source: 'none' };
// What trigram statistics should not see: URLs, e-mail addresses, @mentions, placeholders, digits.
// Written to run in linear time: an e-mail is [^\s@]+@[^\s@]+\.[^\s@]+ (no backtracking across "@" runs).
const NOISE = /\b(?:https?:\/\/|www\.)\S+|[^\s@]+@[^\s@]+\.[^\s@]+|@\w+|\[[A-Z_]+_\d+\]|[\d_]+/gu;

function cueScores(text: string): Map<SupportedLanguage, number> {
  const scores = new Map<SupportedLanguage, number>();
  for (const match of foldText(text).matchAll(WORD)) {
    const languages = CUE_INDEX.get(match[0]);
    if (!languages) continue;
    for (const language of languages) scores.set(language, (scores.get(language) ?? 0) + 1 / languages.length);
  }
  return scores;
}

/**
 * The language stage: a caller-given language wins; then script rules (kana → ja, Thai → th, Han → zh,
 * which also settle very short CJK/Thai text); then trigram statistics (franc, restricted to the supported
 * Latin-script languages) blended with cue words for short text. Answers `und` when unsure.
 * @example detectLanguage('barang rusak kak').code // 'id'
 */
export function detectLanguage(text: string, options: DetectLanguageOptions = {}): LanguageDetection {
  const hinted = toSupportedLanguage(options.hint);
  if (hinted) return { code: hinted, confidence: 1, source: 'caller' };
  const minConfidence = options.minConfidence ?? 0.5;

  const counts = countScripts(text);
  const cjk = counts.han + counts.kana;
  const letters = counts.latin + cjk + counts.thai + counts.hangul + counts.otherLetters;
  if (letters === 0) return UND;

  // Script rules: kana is Japanese only; Thai letters are Thai; Han without kana is Chinese.
  if (counts.thai >= 2 && counts.thai >= counts.latin * 0.5) return { code: 'th', confidence: 0.99, source: 'script' };
  if (counts.kana >= 1 && counts.kana + counts.han >= counts.latin * 0.5) {
    return { code: 'ja', confidence: counts.kana >= 2 ? 0.99 : 0.9, source: 'script' };
  }
  if (counts.han >= 1 && counts.han >= counts.latin * 0.5) {
    return { code: 'zh', confidence: counts.han >= 4 ? 0.95 : 0.8, source: 'script' };
  }
  if (counts.latin < 2 || counts.latin < (counts.hangul + counts.otherLetters)) return UND;

  const cleaned = text.replace(NOISE, ' ');
  const cues = cueScores(cleaned);
  const words = cleaned.match(WORD)?.length ?? 0;
  // Each language's score: franc's relative trigram score (best = 1) plus the share of words that are its cue
  // words, weighted up for short texts where trigrams say little.
  const scores = new Map<SupportedLanguage, number>();
  const latinLetters = cleaned.match(/\p{Script=Latin}/gu)?.length ?? 0;
  let statistical = false;
  if (latinLetters >= 10) {
    for (const [code, score] of francAll(cleaned.slice(0, 2000), { only: FRANC_ONLY, minLength: 3 })) {
      const language = FRANC_CODES[code];
      if (language) scores.set(language, score);
    }
    statistical = scores.size > 0;
  }
  const cueWeight = latinLetters >= 40 ? 1 : 2;
  for (const [language, count] of cues) scores.set(language, (scores.get(language) ?? 0) + (cueWeight * count) / Math.max(1, words));
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] <= 0) return UND;
  const margin = best[1] - (second?.[1] ?? 0);
  const evidence = statistical ? Math.min(1, latinLetters / 60) : Math.min(1, (cues.get(best[0]) ?? 0) / 2);
  const confidence = Math.min(0.99, 0.4 + margin * 0.8 + evidence * 0.3);
  if (confidence < minConfidence) return UND;
  const cueBest = [...cues.entries()].sort((a, b) => b[1] - a[1])[0];
  return { code: best[0], confidence, source: statistical && !(cueBest && cueBest[0] === best[0] && latinLetters < 40) ? 'statistical' : 'cue-words' };
  return UND;
}
