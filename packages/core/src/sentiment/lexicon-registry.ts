import type { LanguageCode, SupportedLanguage } from '../languages.js';
import { compileLexicon, type CompiledLexicon, type CompileOptions } from './compile-lexicon.js';
import type { SentimentLexicon } from './sentiment-lexicon.js';
import { SENTIMENT_LEXICONS } from './sentiment-lexicons.js';

/** Compiled lexicons by language, built on first use. */
export interface LexiconRegistry {
  /** The sentiment lexicon of a language (polarity, anger, negation, intensity), or undefined for `und`. */
  sentiment(language: LanguageCode): CompiledLexicon | undefined;
  /** The urgency lexicon of a language (urgent, deadline and follow-up words, with the negators), or undefined. */
  urgency(language: LanguageCode): CompiledLexicon | undefined;
}

const UNSEGMENTED: ReadonlySet<SupportedLanguage> = new Set(['ja', 'zh', 'th']);
/** Languages whose buyers mix in English words often enough that unknown Latin words are read as English. */
const ENGLISH_FALLBACK: ReadonlySet<SupportedLanguage> = new Set(['id', 'ja', 'zh', 'th']);

/** The urgency lists are compiled apart, so an urgency phrase never swallows a negator sentiment needs. */
function splitLexicon(lexicon: SentimentLexicon): { sentiment: SentimentLexicon; urgency: SentimentLexicon } {
  const { urgent, deadline, followUp, ...sentiment } = lexicon;
  const urgency: SentimentLexicon = {
    ...(urgent ? { urgent } : {}), ...(deadline ? { deadline } : {}), ...(followUp ? { followUp } : {}),
    ...(lexicon.negators ? { negators: lexicon.negators } : {}), ...(lexicon.postNegators ? { postNegators: lexicon.postNegators } : {}),
  };
  return { sentiment, urgency };
}

/**
 * Builds a registry over per-language lexicons: spaced or substring matching by language, French elisions,
 * German umlauts, Thai spaces as clause breaks, and English as the fallback for Latin-script words in id, ja,
 * zh and th.
 * @example createLexiconRegistry(SENTIMENT_LEXICONS).sentiment('es')?.scan('no funciona').matches
 */
export function createLexiconRegistry(lexicons: Readonly<Record<SupportedLanguage, SentimentLexicon>>): LexiconRegistry {
  const compiled = { sentiment: new Map<SupportedLanguage, CompiledLexicon>(), urgency: new Map<SupportedLanguage, CompiledLexicon>() };
  const optionsFor = (language: SupportedLanguage): CompileOptions => ({
    segmented: !UNSEGMENTED.has(language), elision: language === 'fr', spaceBreaks: language === 'th', umlauts: language === 'de',
  });
  const get = (language: LanguageCode, part: 'sentiment' | 'urgency'): CompiledLexicon | undefined => {
    if (language === 'und') return undefined;
    let lexicon = compiled[part].get(language);
    if (!lexicon) {
      const fallback = ENGLISH_FALLBACK.has(language) ? get('en', part) : undefined;
      lexicon = compileLexicon(splitLexicon(lexicons[language])[part], { ...optionsFor(language), ...(fallback ? { fallback } : {}) });
      compiled[part].set(language, lexicon);
    }
    return lexicon;
  };
  // A stage asks for the same language message after message: remember the last answer per part.
  let sentimentLanguage: LanguageCode | undefined;
  let sentimentLexicon: CompiledLexicon | undefined;
  let urgencyLanguage: LanguageCode | undefined;
  let urgencyLexicon: CompiledLexicon | undefined;
  return {
    sentiment(language) {
      if (language !== sentimentLanguage) {
        sentimentLexicon = get(language, 'sentiment');
        sentimentLanguage = language;
      }
      return sentimentLexicon;
    },
    urgency(language) {
      if (language !== urgencyLanguage) {
        urgencyLexicon = get(language, 'urgency');
        urgencyLanguage = language;
      }
      return urgencyLexicon;
    },
  };
}

let builtin: LexiconRegistry | undefined;

/**
 * The registry over {@link SENTIMENT_LEXICONS}, shared by the default sentiment and urgency stages.
 * @example builtinLexiconRegistry().urgency('ja')?.scan('至急お願いします').matches[0]?.term // '至急'
 */
export function builtinLexiconRegistry(): LexiconRegistry {
  builtin ??= createLexiconRegistry(SENTIMENT_LEXICONS);
  return builtin;
}
