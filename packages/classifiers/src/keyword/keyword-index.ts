import { distance } from 'fastest-levenshtein';
import { foldText, type Evidence } from '@lianxing/core';
import type { IntentLexicon } from './keyword-lexicon.js';

/** A match of one lexicon entry in a text. */
export interface KeywordHit {
  readonly intent: string;
  readonly weight: number;
  readonly term: string;
  readonly start: number;
  readonly end: number;
  readonly fuzzy: boolean;
}

/** A compiled lexicon for one language. */
export interface KeywordIndex {
  readonly entries: number;
  /** Matches the lexicon in `text`; `fuzzy: false` turns typo tolerance off (exact words and stems only). */
  match(text: string, options?: { readonly fuzzy?: boolean }): KeywordHit[];
}

interface Entry {
  readonly intent: string;
  readonly weight: number;
  readonly term: string;
}

interface PhraseEntry extends Entry {
  /** Word patterns: a word, or a stem ending in `*`. */
  readonly words: readonly string[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
// French and Italian elisions: "l'adresse", "d'annuler", "qu'il" also match as "adresse", "annuler", "il".
const ELISION = /^(?:[cdjlmnst]|qu)'(.+)$/;

function parseEntry(entry: string | readonly [string, number]): { phrase: string; weight: number } | undefined {
  const [phrase, weight] = typeof entry === 'string' ? [entry, 1] : entry;
  if (typeof phrase !== 'string' || phrase.trim() === '' || !(weight > 0)) return undefined;
  return { phrase, weight: Math.min(3, weight) };
}

/** Words of 5+ letters tolerate one edit, 8+ two. */
function maxEdits(length: number): number {
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/** Edit distance counting a swap of two adjacent letters as one edit (buyers type "fatcura" for "factura"). */
function typoDistance(a: string, b: string): number {
  const plain = distance(a, b);
  if (plain !== 2 || a.length !== b.length) return plain;
  let first = -1;
  for (let index = 0; index < a.length; index++) {
    if (a[index] === b[index]) continue;
    if (first === -1) first = index;
    else return index === first + 1 && a[first] === b[index] && a[index] === b[first] ? 1 : plain;
  }
  return plain;
}

/** Whether `word` starts with `stem`, allowing one typo in stems of 8+ letters (shorter stems are too loose: "content*" would match "contenait"). */
function stemMatches(stem: string, word: string): boolean {
  if (word.startsWith(stem)) return true;
  if (stem.length < 8 || word.length < stem.length - 1 || word[0] !== stem[0]) return false;
  for (let length = stem.length - 1; length <= stem.length + 1; length++) {
    if (word.length >= length && typoDistance(stem, word.slice(0, length)) <= 1) return true;
  }
  return false;
}

/**
 * Compiles a word-based lexicon (Latin script): exact words through a map, stems by prefix, typos by
 * Levenshtein distance (fastest-levenshtein) against words of similar length and the same first letter.
 */
export function createWordIndex(lexicon: IntentLexicon): KeywordIndex {
  const byFirstWord = new Map<string, PhraseEntry[]>();
  const stems: PhraseEntry[] = [];
  const fuzzyBuckets = new Map<string, string[]>();
  let entries = 0;
  for (const [intent, list] of Object.entries(lexicon)) {
    for (const raw of list) {
      const parsed = parseEntry(raw);
      if (!parsed) continue;
      // Lexicon words go through the same elision step as the text ("l'adresse" is indexed as "adresse").
      const words = [...foldText(parsed.phrase).matchAll(/[\p{L}\p{N}'’*]+/gu)].map((match) => {
        const word = match[0].replace(/’/g, "'");
        return ELISION.exec(word)?.[1] ?? word;
      });
      if (words.length === 0) continue;
      const entry: PhraseEntry = { intent, weight: parsed.weight, term: parsed.phrase, words };
      entries++;
      const first = words[0]!;
      if (first.endsWith('*')) stems.push(entry);
      else {
        const list2 = byFirstWord.get(first) ?? [];
        list2.push(entry);
        byFirstWord.set(first, list2);
        if (maxEdits(first.length) > 0) {
          const key = `${first[0]}:${first.length}`;
          const bucket = fuzzyBuckets.get(key) ?? [];
          if (!bucket.includes(first)) bucket.push(first);
          fuzzyBuckets.set(key, bucket);
        }
      }
    }
  }

  const wordMatches = (pattern: string, word: string): boolean => {
    if (pattern.endsWith('*')) return stemMatches(pattern.slice(0, -1), word);
    if (pattern === word) return true;
    const edits = maxEdits(pattern.length);
    return edits > 0 && Math.abs(pattern.length - word.length) <= edits && pattern[0] === word[0] && typoDistance(pattern, word) <= edits;
  };

  // Buyers' words repeat (Zipf): remember each word's fuzzy candidates, in a bounded cache.
  const fuzzyCache = new Map<string, string[]>();
  const NO_CANDIDATES: string[] = [];
  /** Lexicon first-words within the edit budget of `word`. */
  const fuzzyCandidates = (word: string): string[] => {
    const edits = maxEdits(word.length);
    if (edits === 0) return NO_CANDIDATES;
    const cached = fuzzyCache.get(word);
    if (cached) return cached;
    const found = searchFuzzy(word, edits);
    if (fuzzyCache.size >= 20_000) fuzzyCache.clear();
    fuzzyCache.set(word, found.length === 0 ? NO_CANDIDATES : found);
    return found;
  };
  const searchFuzzy = (word: string, edits: number): string[] => {
    const found: string[] = [];
    for (let length = word.length - edits; length <= word.length + edits; length++) {
      for (const candidate of fuzzyBuckets.get(`${word[0]}:${length}`) ?? []) {
        if (candidate !== word && typoDistance(candidate, word) <= Math.min(edits, maxEdits(candidate.length))) found.push(candidate);
      }
    }
    return found;
  };

  return {
    entries,
    match(text, options = {}) {
      const allowFuzzy = options.fuzzy ?? true;
      const folded = foldText(text);
      const tokens: { word: string; start: number; end: number }[] = [];
      // Folding keeps the length for nearly all text; offsets are reported against the folded text otherwise.
      for (const match of folded.matchAll(WORD)) {
        const word = match[0].replace(/’/g, "'");
        const elided = ELISION.exec(word);
        if (elided) {
          const prefix = word.length - elided[1]!.length;
          tokens.push({ word: elided[1]!, start: match.index + prefix, end: match.index + word.length });
        } else tokens.push({ word, start: match.index, end: match.index + word.length });
      }
      const hits: KeywordHit[] = [];
      const best = new Map<PhraseEntry, KeywordHit>();
      /** Counts an entry once: an exact occurrence wins over a typo'd one wherever they stand. */
      const tryEntry = (entry: PhraseEntry, position: number, firstFuzzy: boolean): void => {
        const previous = best.get(entry);
        if (previous && !previous.fuzzy) return;
        const { words } = entry;
        if (position + words.length > tokens.length) return;
        let fuzzy = firstFuzzy;
        for (let offset = 1; offset < words.length; offset++) {
          const pattern = words[offset]!;
          const word = tokens[position + offset]!.word;
          if (pattern === word || (pattern.endsWith('*') && word.startsWith(pattern.slice(0, -1)))) continue;
          if (!allowFuzzy || !wordMatches(pattern, word)) return;
          fuzzy = true;
        }
        if (previous && fuzzy) return;
        best.set(entry, { intent: entry.intent, weight: entry.weight, term: entry.term, start: tokens[position]!.start, end: tokens[position + words.length - 1]!.end, fuzzy });
      };
      tokens.forEach((token, position) => {
        const exact = byFirstWord.get(token.word);
        if (exact) for (const entry of exact) tryEntry(entry, position, false);
        for (const entry of stems) {
          const stem = entry.words[0]!.slice(0, -1);
          if (token.word.startsWith(stem)) tryEntry(entry, position, false);
          else if (allowFuzzy && stemMatches(stem, token.word)) tryEntry(entry, position, true);
        }
        if (!exact && allowFuzzy) {
          for (const candidate of fuzzyCandidates(token.word)) {
            for (const entry of byFirstWord.get(candidate) ?? []) tryEntry(entry, position, true);
          }
        }
      });
      for (const hit of best.values()) hits.push(hit);
      return hits;
    },
  };
}

/**
 * Compiles a substring lexicon (Chinese, Japanese, Thai: no spaces between words), indexed by first character
 * so each text position checks only the entries that can start there. Longer matches win over the shorter
 * entries they contain.
 */
export function createSubstringIndex(lexicon: IntentLexicon): KeywordIndex {
  const byFirstChar = new Map<string, Entry[]>();
  let entries = 0;
  for (const [intent, list] of Object.entries(lexicon)) {
    for (const raw of list) {
      const parsed = parseEntry(raw);
      if (!parsed) continue;
      const term = parsed.phrase.normalize('NFKC').toLowerCase().trim();
      if (term === '') continue;
      const first = term[0]!;
      const bucket = byFirstChar.get(first) ?? [];
      bucket.push({ intent, weight: parsed.weight, term });
      byFirstChar.set(first, bucket);
      entries++;
    }
  }
  for (const bucket of byFirstChar.values()) bucket.sort((a, b) => b.term.length - a.term.length);
  return {
    entries,
    match(text) {
      // Entries are NFKC-normalized, so the text must be too: NFKC splits Thai ำ into two characters.
      const lower = text.normalize('NFKC').toLowerCase();
      const hits: KeywordHit[] = [];
      const seen = new Set<Entry>();
      // The longest match covering the text so far: a shorter entry strictly inside it is part of it, not extra
      // evidence. Entries of the same span (the same term under another intent) are not "inside" and count.
      let coveredFrom = -1;
      let coveredUntil = 0;
      for (let position = 0; position < lower.length; position++) {
        const bucket = byFirstChar.get(lower[position]!);
        if (!bucket) continue;
        for (const entry of bucket) {
          if (!lower.startsWith(entry.term, position)) continue;
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
    },
  };
}

/** Evidence records for explanations. */
export function toEvidence(hits: readonly KeywordHit[]): Evidence[] {
  return hits.map((hit) => ({ term: hit.fuzzy ? `${hit.term}~` : hit.term, start: hit.start, end: hit.end, weight: hit.weight }));
}
