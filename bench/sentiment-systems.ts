import { createRequire } from 'node:module';
import { analyzeSentiment, isSupportedLanguage } from '@lianxing/core';
import type { SentimentRow } from './sentiment-data.js';

const require = createRequire(import.meta.url);

/** A sentiment system: a real-valued score per message (lower is more negative) and its own negative decision. */
export interface SentimentSystem {
  readonly name: string;
  /** Languages it has a lexicon for; others are reported as not supported. */
  supports(language: string): boolean;
  score(row: SentimentRow): Promise<{ score: number; negative: boolean }>;
}

/** Lianxing's `analyzeSentiment`, as shipped (default lexicons and thresholds). */
export function lianxingSentiment(): SentimentSystem {
  return {
    name: 'Lianxing',
    supports: isSupportedLanguage,
    async score(row) {
      const language = isSupportedLanguage(row.lang) ? row.lang : 'und';
      const result = analyzeSentiment(row.text, language);
      return { score: result.score, negative: result.label === 'negative' };
    },
  };
}

interface NlpjsSentiment { score: number; vote: string; type?: string }

/** NLP.js (node-nlp) `SentimentAnalyzer.getSentiment(text, locale)`: its per-language lexicons and its `vote`. */
export function nlpjsSentiment(): SentimentSystem {
  const { SentimentAnalyzer } = require('node-nlp') as { SentimentAnalyzer: new () => { getSentiment(text: string, locale: string): Promise<NlpjsSentiment> } };
  const analyzer = new SentimentAnalyzer();
  // Checked by asking each locale once: ja and zh come back without a lexicon type (no sentiment data).
  const supported = new Set(['en', 'es', 'pt', 'fr', 'de', 'id', 'th']);
  return {
    name: 'NLP.js',
    supports: (language) => supported.has(language),
    async score(row) {
      const result = await analyzer.getSentiment(row.text, row.lang);
      return { score: result.score, negative: result.vote === 'negative' };
    },
  };
}

interface NaturalAnalyzer { getSentiment(words: string[]): number }
interface NaturalModule {
  SentimentAnalyzer: new (language: string, stemmer: unknown, vocabulary: string) => NaturalAnalyzer;
  PorterStemmer: unknown; PorterStemmerEs: unknown; PorterStemmerPt: unknown; PorterStemmerFr: unknown; PorterStemmerDe: unknown;
}

/** The vocabularies natural ships per language (its README's table). */
export const NATURAL_VOCABULARIES: Readonly<Record<string, readonly string[]>> = {
  en: ['afinn', 'senticon', 'pattern'], es: ['afinn', 'senticon'], pt: ['afinn'], fr: ['pattern'], de: ['pattern'],
};
const NATURAL_LANGUAGE: Readonly<Record<string, string>> = { en: 'English', es: 'Spanish', pt: 'Portuguese', fr: 'French', de: 'German' };
const WORDS = /[\p{L}\p{N}']+/gu;

/**
 * natural's `SentimentAnalyzer(language, stemmer, vocabulary)` with the language's Porter stemmer, the words of
 * the text as tokens, negative when the score is below 0. `vocabularies` picks one vocabulary per language.
 */
export function naturalSentiment(vocabularies: Readonly<Record<string, string>>): SentimentSystem {
  const natural = require('natural') as NaturalModule;
  const stemmers: Readonly<Record<string, unknown>> = {
    en: natural.PorterStemmer, es: natural.PorterStemmerEs, pt: natural.PorterStemmerPt, fr: natural.PorterStemmerFr, de: natural.PorterStemmerDe,
  };
  const analyzers = new Map<string, NaturalAnalyzer>();
  for (const [language, vocabulary] of Object.entries(vocabularies)) {
    analyzers.set(language, new natural.SentimentAnalyzer(NATURAL_LANGUAGE[language]!, stemmers[language], vocabulary));
  }
  return {
    name: 'natural',
    supports: (language) => analyzers.has(language),
    async score(row) {
      const words = row.text.match(WORDS) ?? [];
      const score = words.length === 0 ? 0 : analyzers.get(row.lang)!.getSentiment(words);
      return { score, negative: score < 0 };
    },
  };
}
