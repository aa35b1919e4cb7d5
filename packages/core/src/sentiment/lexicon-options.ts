import { z } from 'zod';
import { SUPPORTED_LANGUAGES, type SupportedLanguage } from '../languages.js';
import { extendLexicon } from './extend-lexicon.js';
import { builtinLexiconRegistry, createLexiconRegistry, type LexiconRegistry } from './lexicon-registry.js';
import type { SentimentLexicon } from './sentiment-lexicon.js';
import { SENTIMENT_LEXICONS } from './sentiment-lexicons.js';

/** Lexicon options shared by {@link createSentimentAnalyzer} and {@link createUrgencyAssessor}. */
export interface LexiconOptions {
  /** Entries added to the built-in lexicons per language (your products' slang, your market's insults, deadline words). */
  readonly lexicons?: Partial<Record<SupportedLanguage, SentimentLexicon>>;
  /** Start from empty lexicons instead of the built-in ones. @default true */
  readonly builtinLexicons?: boolean;
}

const words = z.array(z.string());
const termsSchema = z.strictObject({ strong: words.optional(), moderate: words.optional(), weak: words.optional() });
const lexiconSchema = z.strictObject({
  negative: termsSchema.optional(), positive: termsSchema.optional(), complaintWhenNegated: words.optional(), neutral: words.optional(),
  anger: words.optional(), negators: words.optional(), postNegators: words.optional(), intensifiers: words.optional(),
  postIntensifiers: words.optional(), downtoners: words.optional(), contrast: words.optional(), urgent: words.optional(),
  deadline: words.optional(), followUp: words.optional(),
});

/** The zod shape of {@link LexiconOptions} (internal: factories parse their options once). */
export const lexiconOptionsShape = {
  lexicons: z.strictObject({
    en: lexiconSchema.optional(), es: lexiconSchema.optional(), pt: lexiconSchema.optional(), fr: lexiconSchema.optional(), de: lexiconSchema.optional(),
    ja: lexiconSchema.optional(), zh: lexiconSchema.optional(), id: lexiconSchema.optional(), th: lexiconSchema.optional(),
  }).optional(),
  builtinLexicons: z.boolean().optional(),
};

/**
 * The registry for validated lexicon options: the shared built-in one when nothing changes, else the built-in
 * lexicons (or empty ones) extended with yours.
 * @example registryFor({ lexicons: { es: { urgent: ['ándale'] } } }).urgency('es')
 */
export function registryFor(options: LexiconOptions): LexiconRegistry {
  if (options.lexicons === undefined && options.builtinLexicons !== false) return builtinLexiconRegistry();
  // Object.fromEntries loses the key type; every supported language is present by construction.
  const lexicons = Object.fromEntries(SUPPORTED_LANGUAGES.map((language) => {
    const base = options.builtinLexicons === false ? {} : SENTIMENT_LEXICONS[language];
    const extra = options.lexicons?.[language];
    return [language, extra ? extendLexicon(base, extra) : base];
  })) as Record<SupportedLanguage, SentimentLexicon>;
  return createLexiconRegistry(lexicons);
}
