import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '@lianxing/core';
import { createSubstringIndex, createWordIndex, type KeywordHit } from './keyword-index.js';
import type { IntentLexicon, LexiconEntry } from './keyword-lexicon.js';
import { maxEdits, stemMatches, typoDistance } from './typo-tolerance.js';

// The straightforward matchers the compiled indexes must agree with, hit for hit and in the same order: every
// entry is tried at every position, with no index, bucket, trie or cache.

const ELIDED = /^(?:[cdjlmnst]|qu)'(.+)$/;
const unelide = (word: string): string => ELIDED.exec(word)?.[1] ?? word;

function parsedEntries(lexicon: IntentLexicon): { intent: string; weight: number; term: string }[] {
  return Object.entries(lexicon).flatMap(([intent, list]) => list.flatMap((entry) => {
    const [term, weight] = typeof entry === 'string' ? [entry, 1] : entry;
    return term.trim() === '' || !(weight > 0) ? [] : [{ intent, weight: Math.min(3, weight), term }];
  }));
}

function referenceWordMatch(lexicon: IntentLexicon, text: string, fuzzy: boolean): KeywordHit[] {
  const entries = parsedEntries(lexicon)
    .map((entry) => ({ ...entry, words: [...foldText(entry.term).matchAll(/[\p{L}\p{N}'’*]+/gu)].map((match) => unelide(match[0].replace(/’/g, "'"))) }))
    .filter((entry) => entry.words.length > 0);
  type Entry = (typeof entries)[number];
  const tokens = [...foldText(text).matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)].map((match) => {
    const word = match[0].replace(/’/g, "'");
    const bare = unelide(word);
    return { word: bare, start: match.index + word.length - bare.length, end: match.index + word.length };
  });
  const isStem = (pattern: string): boolean => pattern.endsWith('*');
  const wordMatches = (pattern: string, word: string): boolean => {
    if (isStem(pattern)) return stemMatches(pattern.slice(0, -1), word);
    const edits = maxEdits(pattern.length);
    return pattern === word || (edits > 0 && Math.abs(pattern.length - word.length) <= edits && pattern[0] === word[0] && typoDistance(pattern, word) <= edits);
  };
  const best = new Map<Entry, KeywordHit>();
  tokens.forEach(({ word }, position) => {
    const tries: [Entry, boolean][] = [];
    const exact = entries.filter((entry) => !isStem(entry.words[0]!) && entry.words[0] === word);
    for (const entry of exact) tries.push([entry, false]);
    for (const entry of entries.filter((candidate) => isStem(candidate.words[0]!))) {
      const stem = entry.words[0]!.slice(0, -1);
      if (word.startsWith(stem)) tries.push([entry, false]);
      else if (fuzzy && stemMatches(stem, word)) tries.push([entry, true]);
    }
    const edits = maxEdits(word.length);
    if (exact.length === 0 && fuzzy && edits > 0) {
      // Typo'd first words: by length, then in lexicon order.
      const firstWords = [...new Set(entries.map((entry) => entry.words[0]!).filter((first) => !isStem(first)))];
      const near = firstWords
        .filter((first) => first !== word && maxEdits(first.length) > 0 && first[0] === word[0] && Math.abs(first.length - word.length) <= edits && typoDistance(first, word) <= Math.min(edits, maxEdits(first.length)))
        .sort((a, b) => a.length - b.length);
      for (const first of near) for (const entry of entries) if (entry.words[0] === first) tries.push([entry, true]);
    }
    for (const [entry, firstFuzzy] of tries) {
      const previous = best.get(entry);
      if ((previous && !previous.fuzzy) || position + entry.words.length > tokens.length) continue;
      let typo = firstFuzzy;
      let matched = true;
      for (let offset = 1; offset < entry.words.length && matched; offset++) {
        const pattern = entry.words[offset]!;
        const next = tokens[position + offset]!.word;
        if (pattern === next || (isStem(pattern) && next.startsWith(pattern.slice(0, -1)))) continue;
        matched = fuzzy && wordMatches(pattern, next);
        typo = true;
      }
      if (!matched || (previous && typo)) continue;
      best.set(entry, { intent: entry.intent, weight: entry.weight, term: entry.term, start: tokens[position]!.start, end: tokens[position + entry.words.length - 1]!.end, fuzzy: typo });
    }
  });
  return [...best.values()];
}

function referenceSubstringMatch(lexicon: IntentLexicon, text: string): KeywordHit[] {
  const entries = parsedEntries(lexicon).map((entry) => ({ ...entry, term: entry.term.normalize('NFKC').toLowerCase().trim() })).filter((entry) => entry.term !== '');
  const lower = text.normalize('NFKC').toLowerCase();
  const hits: KeywordHit[] = [];
  const seen = new Set<(typeof entries)[number]>();
  let coveredFrom = -1;
  let coveredUntil = 0;
  for (let position = 0; position < lower.length; position++) {
    const starting = entries.filter((entry) => lower.startsWith(entry.term, position)).sort((a, b) => b.term.length - a.term.length);
    for (const entry of starting) {
      const end = position + entry.term.length;
      const inside = end <= coveredUntil && !(position === coveredFrom && end === coveredUntil);
      if (!inside && end > coveredUntil) {
        coveredFrom = position;
        coveredUntil = end;
      }
      if (inside || seen.has(entry)) continue;
      seen.add(entry);
      hits.push({ intent: entry.intent, weight: entry.weight, term: entry.term, start: position, end, fuzzy: false });
    }
  }
  return hits;
}

const LATIN_WORDS = [
  'refund', 'refnd', 'rfund', 'money', 'back', 'where', 'is', 'my', 'order', 'tracking', 'trackign', 'broken', 'brokn', 'unbrokenness',
  "l'adresse", 'adresse', 'adrese', "d'annuler", 'annuler', "qu'il", 'qu’il', 'il', 'reembolso', 'rembolso', 'reembolsar', 'reembolsó',
  'devolução', 'devolucao', 'DEVOLUCAO', 'factura', 'fatcura', 'reclamação', 'reclamacoes', 'reclamacao', 'garantie', 'garanty', 'content',
  'contenait', 'straße', 'strasse', 'über', '123', '4x', 'x', 'a',
];
const SEPARATORS = [' ', ', ', '. ', '! ', '? ', '\n', ' - '];
const INTENTS = ['refund_request', 'order_tracking', 'address_change', 'product_defect'];

const weightOf = fc.constantFrom<number | undefined>(undefined, 0.5, 1, 2, 3, 4);
const withWeight = (phrase: string, weight: number | undefined): LexiconEntry => (weight === undefined ? phrase : [phrase, weight]);
/** A word pattern: a vocabulary word, or a stem (a prefix of one, with `*`). */
const latinPattern = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...LATIN_WORDS) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...LATIN_WORDS), fc.nat()).map(([word, cut]) => `${word.slice(0, 1 + (cut % word.length))}*`) },
);
const latinLexicon = fc.dictionary(
  fc.constantFrom(...INTENTS),
  fc.array(fc.tuple(fc.array(latinPattern, { minLength: 1, maxLength: 3 }), weightOf).map(([words, weight]) => withWeight(words.join(' '), weight)), { minLength: 1, maxLength: 8 }),
  { minKeys: 1, maxKeys: 4 },
);
const latinText = fc.array(fc.tuple(fc.constantFrom(...LATIN_WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 14 }).map((parts) => parts.flat().join(''));

const UNSEGMENTED = ['返品', '返品したい', '届かない', '届いていない', 'まだ', 'です', '发票', '發票', '请开', 'ยังไม่ได้รับ', 'ได้รับ', 'ใบกำกับภาษี', 'ภาษี', 'ค่ะ', 'ｘ', 'X', '1'];
const unsegmentedPattern = fc.tuple(fc.constantFrom(...UNSEGMENTED), fc.nat(), fc.nat()).map(([word, from, length]) => word.slice(from % word.length, (from % word.length) + 1 + (length % word.length)));
const unsegmentedLexicon = fc.dictionary(
  fc.constantFrom(...INTENTS),
  fc.array(fc.tuple(unsegmentedPattern, weightOf).map(([phrase, weight]) => withWeight(phrase, weight)), { minLength: 1, maxLength: 8 }),
  { minKeys: 1, maxKeys: 4 },
);
const unsegmentedText = fc.array(fc.constantFrom(...UNSEGMENTED, ' ', '、'), { maxLength: 12 }).map((parts) => parts.join(''));

describe('word index', () => {
  it('agrees with the straightforward matcher, with and without typos, whatever was matched before', () => {
    fc.assert(fc.property(latinLexicon, latinLexicon, latinText, latinText, (lexicon, other, text, before) => {
      const index = createWordIndex(lexicon);
      const otherIndex = createWordIndex(other);
      for (const fuzzy of [true, false]) {
        const expected = referenceWordMatch(lexicon, text, fuzzy);
        expect(index.match(text, { fuzzy })).toEqual(expected);
        // The token and candidate caches must not carry anything from one text, index or mode to the next.
        otherIndex.match(text, { fuzzy: !fuzzy });
        index.match(before, { fuzzy: !fuzzy });
        expect(index.match(text, { fuzzy })).toEqual(expected);
      }
    }), { numRuns: 400 });
  });

  it('finds exact words, stems, typos, phrases and elisions, in order', () => {
    const index = createWordIndex({
      refund_request: [['refund', 2], ['money back', 2], ['reembols*', 2]],
      address_change: ['adresse', ['changer l’adresse', 3]],
      product_defect: ['does not work', 'broken'],
    });
    const terms = (text: string): string[] => index.match(text).map((hit) => `${hit.term}${hit.fuzzy ? '~' : ''}@${hit.start}`);
    expect(terms('I want my money back, refund please')).toEqual(['money back@10', 'refund@22']);
    expect(terms('refnd')).toEqual(['refund~@0']);
    expect(terms('me pueden reembolsar')).toEqual(['reembols*@10']);
    expect(terms("je veux changer l'adresse")).toEqual(['changer l’adresse@8', 'adresse@18']);
    expect(terms('unbrokenness 4x 123')).toEqual([]);
    expect(index.match('refnd', { fuzzy: false })).toEqual([]);
  });
});

describe('substring index', () => {
  it('agrees with the straightforward matcher', () => {
    fc.assert(fc.property(unsegmentedLexicon, unsegmentedLexicon, unsegmentedText, (lexicon, other, text) => {
      const expected = referenceSubstringMatch(lexicon, text);
      expect(createSubstringIndex(lexicon).match(text)).toEqual(expected);
      createSubstringIndex(other).match(`${text}x`);
      expect(createSubstringIndex(lexicon).match(text)).toEqual(expected);
    }), { numRuns: 400 });
  });

  it('takes the longest entry at a position and skips the shorter ones inside it', () => {
    const index = createSubstringIndex({ order_tracking: ['届かない', ['届いていない', 2], '届い'], invoice_request: ['届いていない'] });
    expect(index.match('まだ届いていないです').map((hit) => `${hit.intent}:${hit.term}@${hit.start}`)).toEqual(['order_tracking:届いていない@2', 'invoice_request:届いていない@2']);
  });
});
