import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES, type SupportedLanguage } from '../languages.js';
import { compileLexicon, type CompiledLexicon, type LexiconScan } from './compile-lexicon.js';
import { compileLexicon as compileReference } from './__fixtures__/reference-compile-lexicon.js';
import { readSurfaceSignals as readReference } from './__fixtures__/reference-read-surface-signals.js';
import { readSurfaceSignals } from './read-surface-signals.js';
import type { PolarityTerms, SentimentLexicon } from './sentiment-lexicon.js';
import { SENTIMENT_LEXICONS } from './sentiment-lexicons.js';

// The compiled scanners (word map, tries, character tables, remembered words and scans) must read every text as the
// straightforward scanners they replaced do (kept in __fixtures__): same matches, clause breaks and questions.

const UNSEGMENTED = new Set<SupportedLanguage>(['ja', 'zh', 'th']);
const optionsOf = (language: SupportedLanguage) => ({
  segmented: !UNSEGMENTED.has(language), elision: language === 'fr', spaceBreaks: language === 'th', umlauts: language === 'de',
});
const termsOf = (terms: PolarityTerms | undefined): string[] => [...(terms?.strong ?? []), ...(terms?.moderate ?? []), ...(terms?.weak ?? [])];
const entriesOf = (lexicon: SentimentLexicon): string[] => [
  ...termsOf(lexicon.negative), ...termsOf(lexicon.positive),
  ...(['complaintWhenNegated', 'neutral', 'anger', 'negators', 'postNegators', 'intensifiers', 'postIntensifiers', 'downtoners', 'contrast', 'urgent', 'deadline', 'followUp'] as const)
    .flatMap((list) => [...(lexicon[list] ?? [])]),
];
/** The urgency part, compiled apart as the registry does. */
const urgencyOf = ({ urgent, deadline, followUp, negators, postNegators }: SentimentLexicon): SentimentLexicon => ({
  ...(urgent ? { urgent } : {}), ...(deadline ? { deadline } : {}), ...(followUp ? { followUp } : {}), ...(negators ? { negators } : {}), ...(postNegators ? { postNegators } : {}),
});

interface Pair {
  readonly compiled: CompiledLexicon;
  readonly reference: { scan(text: string): LexiconScan };
}

function pairFor(language: SupportedLanguage, lexicon: SentimentLexicon): Pair {
  const english = { compiled: compileLexicon(SENTIMENT_LEXICONS.en, optionsOf('en')), reference: compileReference(SENTIMENT_LEXICONS.en, optionsOf('en')) };
  const fallback = language === 'id' || UNSEGMENTED.has(language);
  return {
    compiled: compileLexicon(lexicon, { ...optionsOf(language), ...(fallback ? { fallback: english.compiled } : {}) }),
    reference: compileReference(lexicon, { ...optionsOf(language), ...(fallback ? { fallback: english.reference } : {}) }),
  };
}

/** Everything a scan says about a text: matches, and the breaks and questions at every position around them. */
function reading(scan: LexiconScan, length: number): unknown {
  const positions = Array.from({ length: length + 3 }, (_, index) => index - 1);
  return {
    matches: scan.matches.map(({ term, roles, start, end }) => ({ term, roles: { ...roles }, start, end })),
    breaks: positions.flatMap((from) => positions.filter((to) => to >= from && to - from <= 6).map((to) => scan.hasBreak(from, to))),
    questions: positions.map((position) => scan.inQuestion(position)),
  };
}

const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '? ', '! ', '!! ', '?? ', '\n', '。', '、', '？', '！', '，', ' (', ') ', '"', '…', '-', "'", '’', ' : ', '\t'];
const NOISE = ['😡', '👍', '🙄', 'ABC', 'Straße', 'l’article', "don't", 'sooo', 'goooood', '123', 'x', 'ÉTÉ', 'ﬁne', '𝒜𝒜𝒜', '\ud800', 'İ', 'café', 'naïve'];
const ENGLISH = entriesOf(SENTIMENT_LEXICONS.en).slice(0, 400);

/** Texts made of a language's entries (as written, upper-cased, elongated, without spaces), English words and noise. */
function textsFor(language: SupportedLanguage): fc.Arbitrary<string> {
  const entries = entriesOf(SENTIMENT_LEXICONS[language]).map((entry) => entry.replace(/\*$/, ''));
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...entries) },
    { weight: 1, arbitrary: fc.constantFrom(...entries).map((entry) => entry.toUpperCase()) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...entries), fc.constantFrom('s', 'ing', 'ed', 'mente', 'ado', 'en', '了', 'ค่ะ')).map(([entry, tail]) => `${entry}${tail}`) },
    { weight: 1, arbitrary: fc.constantFrom(...entries).map((entry) => entry.replace(/(\p{L})$/u, '$1$1$1')) },
    { weight: 1, arbitrary: fc.constantFrom(...ENGLISH) },
    { weight: 1, arbitrary: fc.constantFrom(...NOISE) },
    { weight: 1, arbitrary: fc.string({ maxLength: 3, unit: 'grapheme' }) },
  );
  const separator = UNSEGMENTED.has(language) ? fc.oneof(fc.constant(''), fc.constantFrom(...SEPARATORS)) : fc.constantFrom(...SEPARATORS);
  return fc.array(fc.tuple(piece, separator), { maxLength: 12 }).map((parts) => parts.map(([text, between]) => `${text}${between}`).join(''));
}

describe('compiled lexicon scanners', () => {
  it.each(SUPPORTED_LANGUAGES)('%s: read generated texts as the straightforward scanner does', (language) => {
    const sentiment = pairFor(language, SENTIMENT_LEXICONS[language]);
    const urgency = pairFor(language, urgencyOf(SENTIMENT_LEXICONS[language]));
    fc.assert(
      fc.property(textsFor(language), (text) => {
        for (const { compiled, reference } of [sentiment, urgency]) {
          const length = Math.max(text.length, compiled.scan(text).matches.at(-1)?.end ?? 0);
          expect(reading(compiled.scan(text), length)).toEqual(reading(reference.scan(text), length));
        }
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['sooo goooood, not bad at all!!', 'en'], ['NOT HAPPY. Third time?', 'en'], ["N'achetez pas, c'est pas normal", 'fr'], ['schön, schoen, schon', 'de'],
    ['Barangnya nice banget tapi agak lambat', 'id'], ['音箱很好 but so disappointed', 'zh'], ['สวัสดีค่ะ ของดี มาก', 'th'], ['最悪、もう買わない？', 'ja'],
    ['', 'en'], ['   ', 'ja'], ['𝒜𝒜𝒜 ﬁne İyi', 'es'],
  ] as const)('reads %j (%s) as before, twice in a row', (text, language) => {
    const { compiled, reference } = pairFor(language, SENTIMENT_LEXICONS[language]);
    const expected = reading(reference.scan(text), text.length);
    expect(reading(compiled.scan(text), text.length)).toEqual(expected);
    expect(reading(compiled.scan(text), text.length)).toEqual(expected);
  });

  it('reads as before after the word numbering starts over', () => {
    const { compiled, reference } = pairFor('en', SENTIMENT_LEXICONS.en);
    const text = 'not good, sooo disappointed. would not recommend?';
    const expected = reading(reference.scan(text), text.length);
    expect(reading(compiled.scan(text), text.length)).toEqual(expected);
    // 120,000 distinct made-up words, more than the numbering holds, then the same text again.
    for (let batch = 0; batch < 120; batch++) {
      compiled.scan(Array.from({ length: 1000 }, (_, index) => `w${batch}x${index}`).join(' '));
      expect(reading(compiled.scan(text), text.length)).toEqual(expected);
    }
  });
});

describe('readSurfaceSignals', () => {
  const pieces = ['😡', '🤬', '😢', '☹', '❤', '❤️', '👍', '⭐', ':)', ':-(', ':/', ';_;', '-_-', '-.-', 'T_T', 'D:', '^^', '<3', '&gt;:(', ':D', '=]',
    '!!', '???', '！？', '!', 'WHERE', 'IS', 'MY', 'ORDER', 'ÉTÉ', 'Straße', 'STRASSE', 'ß', '𝐀𝐁', '𐐨𐐀', 'Ǆ', 'ǅ', 'İ', 'ﬁ', 'a', 'Ab', '\ud83d', '\ude00'];
  const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(' ', '', '\n', '-', '.'), fc.string({ maxLength: 4, unit: 'grapheme' }), fc.string({ maxLength: 4, unit: 'binary' })), { maxLength: 20 })
    .map((parts) => parts.join(''));

  it('reads generated texts as the regular-expression version does', () => {
    fc.assert(fc.property(text, (value) => {
      expect(readSurfaceSignals(value)).toEqual(readReference(value));
    }), { numRuns: 2000 });
  });
});
