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

// Frequent function words and buyer words, accent-folded: decisive on texts too short for trigram statistics.
const CUE_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'my', 'is', 'where', 'i', 'you', 'not', 'and', 'please', 'thanks', 'thank', 'order', 'when', 'what', 'hello', 'hi', 'refund', 'item', 'this', 'it', 'was', 'have', 'can', 'received', 'package', 'parcel', 'still', 'yet', 'why', 'how', 'with', 'of', 'to', 'for', 'did', 'does', 'dont', "don't", 'pls', 'wrong', 'broken'],
  es: ['el', 'la', 'los', 'las', 'mi', 'mis', 'que', 'por', 'es', 'donde', 'pedido', 'gracias', 'hola', 'quiero', 'factura', 'cuando', 'llega', 'llego', 'todavia', 'aun', 'esta', 'con', 'para', 'una', 'un', 'del', 'pero', 'ya', 'tengo', 'paquete', 'favor', 'buenas', 'buenos', 'dias', 'reembolso', 'devolver', 'hay', 'nada', 'porque', 'muy'],
  pt: ['o', 'os', 'as', 'meu', 'minha', 'nao', 'e', 'onde', 'pedido', 'obrigado', 'obrigada', 'ola', 'oi', 'cade', 'vc', 'voce', 'quero', 'chegou', 'ainda', 'com', 'para', 'uma', 'um', 'do', 'da', 'mas', 'ja', 'tenho', 'encomenda', 'produto', 'reembolso', 'nota', 'fiscal', 'pq', 'tá', 'ta', 'bom', 'dia', 'muito', 'esta'],
  fr: ['le', 'la', 'les', 'mon', 'ma', 'mes', 'est', 'ou', 'pas', 'je', 'commande', 'merci', 'bonjour', 'colis', 'svp', 'quand', 'toujours', 'avec', 'pour', 'une', 'un', 'du', 'des', 'mais', 'deja', 'j\'ai', 'recu', 'remboursement', 'facture', 'vous', 'il', 'ne', 'c\'est', 'bonsoir', 'slt', 'stp', 'tres', 'pourquoi', 'livraison', 'produit'],
  de: ['der', 'die', 'das', 'ist', 'nicht', 'ich', 'mein', 'meine', 'wo', 'bestellung', 'danke', 'hallo', 'paket', 'wann', 'noch', 'mit', 'fur', 'und', 'eine', 'ein', 'aber', 'schon', 'habe', 'sendung', 'rechnung', 'bitte', 'sie', 'es', 'kann', 'warum', 'guten', 'tag', 'erstattung', 'zuruck', 'leider', 'kein', 'keine', 'artikel', 'lieferung', 'wie'],
  id: ['saya', 'tidak', 'gak', 'ga', 'yang', 'ini', 'itu', 'kak', 'pesanan', 'barang', 'terima', 'kasih', 'sudah', 'udah', 'belum', 'blm', 'kapan', 'dikirim', 'sampai', 'dengan', 'untuk', 'dan', 'tapi', 'mau', 'bisa', 'min', 'gan', 'paket', 'resi', 'rusak', 'kok', 'dong', 'ya', 'apa', 'ada', 'tolong', 'mohon', 'aku', 'sis', 'nggak'],
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

  const cues = cueScores(text);
  const cueRanking = [...cues.entries()].sort((a, b) => b[1] - a[1]);
  const [cueBest, cueSecond] = cueRanking;
  const cueMargin = cueBest ? cueBest[1] - (cueSecond?.[1] ?? 0) : 0;

  if (counts.latin >= 10) {
    const ranked = francAll(text.slice(0, 2000), { only: FRANC_ONLY, minLength: 3 });
    const [first, second] = ranked;
    if (first && first[0] !== 'und') {
      const language = FRANC_CODES[first[0]];
      // francAll scores the best language 1 and the others relative to it: the gap is the evidence.
      const gap = 1 - (second?.[1] ?? 0);
      let confidence = Math.min(0.99, 0.5 + gap * 1.5 + Math.min(counts.latin, 200) / 1000);
      if (language && cueBest && cueBest[0] !== language && cueMargin >= 2 && gap < 0.15) {
        return { code: cueBest[0], confidence: Math.min(0.9, 0.55 + cueMargin * 0.1), source: 'cue-words' };
      }
      if (language && cueBest?.[0] === language) confidence = Math.min(0.99, confidence + 0.1);
      if (language && confidence >= minConfidence) return { code: language, confidence, source: 'statistical' };
    }
  }
  if (cueBest && cueMargin >= 1) {
    const confidence = Math.min(0.9, 0.45 + cueMargin * 0.15);
    if (confidence >= minConfidence) return { code: cueBest[0], confidence, source: 'cue-words' };
  }
  return UND;
}
