import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../languages.js';
import type { PolarityTerms, SentimentLexicon } from './sentiment-lexicon.js';
import { SENTIMENT_LEXICONS } from './sentiment-lexicons.js';

const UNSEGMENTED = new Set(['ja', 'zh', 'th']);
const termsOf = (terms: PolarityTerms | undefined): string[] => [...(terms?.strong ?? []), ...(terms?.moderate ?? []), ...(terms?.weak ?? [])];
const allEntries = (lexicon: SentimentLexicon): string[] => [
  ...termsOf(lexicon.negative), ...termsOf(lexicon.positive),
  ...(['complaintWhenNegated', 'neutral', 'anger', 'negators', 'postNegators', 'intensifiers', 'postIntensifiers', 'downtoners', 'contrast', 'urgent', 'deadline', 'followUp'] as const)
    .flatMap((list) => [...(lexicon[list] ?? [])]),
];

describe('SENTIMENT_LEXICONS', () => {
  it.each(SUPPORTED_LANGUAGES)('%s has every kind of entry the stages rely on', (language) => {
    const lexicon = SENTIMENT_LEXICONS[language];
    expect(termsOf(lexicon.negative).length).toBeGreaterThanOrEqual(100);
    expect(termsOf(lexicon.positive).length).toBeGreaterThanOrEqual(80);
    for (const list of ['negators', 'intensifiers', 'contrast', 'anger', 'complaintWhenNegated', 'urgent', 'deadline', 'followUp'] as const) {
      expect(lexicon[list]?.length ?? 0, list).toBeGreaterThan(0);
    }
  });

  it.each(SUPPORTED_LANGUAGES)('%s entries are matchable: no stray punctuation, no one-letter polarity words', (language) => {
    const lexicon = SENTIMENT_LEXICONS[language];
    for (const entry of allEntries(lexicon)) {
      expect(entry.trim(), entry).toBe(entry);
      expect(entry.length, entry).toBeGreaterThan(0);
      if (!UNSEGMENTED.has(language)) expect(entry, `${language}: ${entry}`).toMatch(/^[\p{L}\p{N}' -]+\*?$/u);
    }
    const polarity = [...termsOf(lexicon.negative), ...termsOf(lexicon.positive)];
    for (const entry of polarity) if (!UNSEGMENTED.has(language)) expect(entry.replace('*', '').length, entry).toBeGreaterThan(1);
  });
});
