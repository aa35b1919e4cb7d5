import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../languages.js';
import type { SentimentLexicon } from './sentiment-lexicon.js';
import { SENTIMENT_LEXICONS } from './sentiment-lexicons.js';

const UNSEGMENTED = new Set(['ja', 'zh', 'th']);
const allEntries = (lexicon: SentimentLexicon): string[] => [
  ...Object.values(lexicon.negative ?? {}).flat(), ...Object.values(lexicon.positive ?? {}).flat(),
  ...(['complaintWhenNegated', 'neutral', 'anger', 'negators', 'postNegators', 'intensifiers', 'postIntensifiers', 'downtoners', 'contrast', 'urgent', 'deadline', 'followUp'] as const)
    .flatMap((list) => [...(lexicon[list] ?? [])]),
];

describe('SENTIMENT_LEXICONS', () => {
  it.each(SUPPORTED_LANGUAGES)('%s has every kind of entry the stages rely on', (language) => {
    const lexicon = SENTIMENT_LEXICONS[language];
    const count = (terms: SentimentLexicon['negative']): number => Object.values(terms ?? {}).flat().length;
    expect(count(lexicon.negative)).toBeGreaterThanOrEqual(100);
    expect(count(lexicon.positive)).toBeGreaterThanOrEqual(80);
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
    const polarity = [...Object.values(lexicon.negative ?? {}).flat(), ...Object.values(lexicon.positive ?? {}).flat()];
    for (const entry of polarity) if (!UNSEGMENTED.has(language)) expect(entry.replace('*', '').length, entry).toBeGreaterThan(1);
  });
});
