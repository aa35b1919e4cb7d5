import { foldText, type Evidence } from '@lianxing/core';
import type { IntentLexicon } from './keyword-lexicon.js';
import { MIN_TYPO_LENGTH, maxEdits, stemMatches, typoDistance } from './typo-tolerance.js';

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
  /** Each word pattern's stem (without the `*`), or undefined for a whole word. */
  readonly stems: readonly (string | undefined)[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
// French and Italian elisions: "l'adresse", "d'annuler", "qu'il" also match as "adresse", "annuler", "il".
const ELISION = /^(?:[cdjlmnst]|qu)'(.+)$/;

function parseEntry(entry: string | readonly [string, number]): { phrase: string; weight: number } | undefined {
  const [phrase, weight] = typeof entry === 'string' ? [entry, 1] : entry;
  if (typeof phrase !== 'string' || phrase.trim() === '' || !(weight > 0)) return undefined;
  return { phrase, weight: Math.min(3, weight) };
}

/** A lexicon entry whose first word a token matched: the entry, and whether that first word matched by a typo. */
interface Candidate {
  readonly entry: PhraseEntry;
  readonly fuzzy: boolean;
}

/** The words of a folded text with their offsets, as parallel arrays. */
interface Tokens {
  readonly words: string[];
  readonly starts: number[];
  readonly ends: number[];
}

// Every word index tokenizes the same way, and a message is matched by several of them (its language's and the
// English one; all of them for an unknown language): the last folded text's tokens are kept.
let lastFolded: string | undefined;
const lastTokens: Tokens = { words: [], starts: [], ends: [] };

/** Splits folded text into words, undoing elisions; offsets are against the folded text. */
function tokenize(folded: string): Tokens {
  if (folded === lastFolded) return lastTokens;
  const { words, starts, ends } = lastTokens;
  words.length = 0;
  starts.length = 0;
  ends.length = 0;
  lastFolded = undefined;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(folded); match !== null; match = WORD.exec(folded)) {
    let word = match[0];
    const end = match.index + word.length;
    if (word.length > 1 && (word.includes("'") || word.includes('’'))) {
      word = word.replace(/’/g, "'");
      const elided = ELISION.exec(word);
      if (elided) {
        words.push(elided[1]!);
        starts.push(match.index + word.length - elided[1]!.length);
        ends.push(end);
        continue;
      }
    }
    words.push(word);
    starts.push(match.index);
    ends.push(end);
  }
  lastFolded = folded;
  return lastTokens;
}

const NO_CANDIDATES: readonly Candidate[] = [];

/** Longest per-word candidate list kept in a word index's cache before it starts over. */
const CACHE_LIMIT = 20_000;

/**
 * Compiles a word-based lexicon (Latin script): exact words through a map, stems by prefix, typos by
 * Levenshtein distance (fastest-levenshtein) against words of similar length and the same first letter.
 * What a text word can start (its exact, stem and typo candidates) depends on the word alone and is cached.
 */
export function createWordIndex(lexicon: IntentLexicon): KeywordIndex {
  const byFirstWord = new Map<string, PhraseEntry[]>();
  const stems: PhraseEntry[] = [];
  /** Lexicon first words (5+ letters) by first character, then by length. */
  const fuzzyBuckets = new Map<string, string[][]>();
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
      const entry: PhraseEntry = { intent, weight: parsed.weight, term: parsed.phrase, words, stems: words.map((word) => (word.endsWith('*') ? word.slice(0, -1) : undefined)) };
      entries++;
      const first = words[0]!;
      if (first.endsWith('*')) stems.push(entry);
      else {
        const list2 = byFirstWord.get(first) ?? [];
        list2.push(entry);
        byFirstWord.set(first, list2);
        if (maxEdits(first.length) > 0) {
          const byLength = fuzzyBuckets.get(first[0]!) ?? [];
          const bucket = (byLength[first.length] ??= []);
          if (!bucket.includes(first)) bucket.push(first);
          fuzzyBuckets.set(first[0]!, byLength);
        }
      }
    }
  }
  // Stems by first character, in lexicon order; an empty stem (a bare `*`) starts every word.
  const emptyStems = stems.filter((entry) => entry.stems[0] === '');
  const stemsByFirst = new Map<number, PhraseEntry[]>();
  for (const entry of stems) {
    const first = entry.stems[0]!.charCodeAt(0);
    if (!Number.isNaN(first) && !stemsByFirst.has(first)) stemsByFirst.set(first, stems.filter((other) => other.stems[0] === '' || other.stems[0]!.charCodeAt(0) === first));
  }
  const stemsStartingLike = (word: string): readonly PhraseEntry[] => (stems.length === 0 ? stems : stemsByFirst.get(word.charCodeAt(0)) ?? emptyStems);

  /** Whether a later word of a phrase matches by a typo (the exact and stem cases are checked first). */
  const wordMatchesFuzzily = (pattern: string, stem: string | undefined, word: string): boolean => {
    if (stem !== undefined) return stemMatches(stem, word);
    const edits = maxEdits(pattern.length);
    return edits > 0 && Math.abs(pattern.length - word.length) <= edits && pattern[0] === word[0] && typoDistance(pattern, word) <= edits;
  };

  /** Lexicon first-words within the edit budget of `word`, other than `word` itself. */
  const searchFuzzy = (word: string): string[] => {
    const edits = maxEdits(word.length);
    const byLength = edits === 0 ? undefined : fuzzyBuckets.get(word[0]!);
    if (byLength === undefined) return [];
    const found: string[] = [];
    for (let length = word.length - edits; length <= word.length + edits; length++) {
      for (const candidate of byLength[length] ?? []) {
        if (candidate !== word && typoDistance(candidate, word) <= Math.min(edits, maxEdits(candidate.length))) found.push(candidate);
      }
    }
    return found;
  };

  /** The entries whose first word `word` matches, in the order they are tried: exact, stems, typos. */
  const findCandidates = (word: string, allowFuzzy: boolean): readonly Candidate[] => {
    const found: Candidate[] = [];
    const exact = byFirstWord.get(word);
    if (exact) for (const entry of exact) found.push({ entry, fuzzy: false });
    for (const entry of stemsStartingLike(word)) {
      const stem = entry.stems[0]!;
      if (word.startsWith(stem)) found.push({ entry, fuzzy: false });
      else if (allowFuzzy && stemMatches(stem, word)) found.push({ entry, fuzzy: true });
    }
    if (!exact && allowFuzzy) {
      for (const candidate of searchFuzzy(word)) {
        for (const entry of byFirstWord.get(candidate)!) found.push({ entry, fuzzy: true });
      }
    }
    return found.length === 0 ? NO_CANDIDATES : found;
  };

  // The first UTF-16 unit of every word that can have a candidate: a lexicon first word's (exact or typo'd; a
  // typo keeps the first letter) or a stem's. Other words (numbers, other scripts) are ruled out without a lookup.
  const startsCandidates = new Uint8Array(65_536);
  if (emptyStems.length > 0) startsCandidates.fill(1);
  for (const first of byFirstWord.keys()) startsCandidates[first.charCodeAt(0)] = 1;
  for (const first of stemsByFirst.keys()) startsCandidates[first] = 1;

  // Typos need 5+ letters (shorter words, and every word when typos are off, have only exact and stem candidates,
  // found directly). Buyers' words repeat (Zipf): the candidates of longer words are remembered, in a bounded cache.
  const cache = new Map<string, readonly Candidate[]>();
  const typoCandidatesOf = (word: string): readonly Candidate[] => {
    let found = cache.get(word);
    if (found === undefined) {
      found = findCandidates(word, true);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, found);
    }
    return found;
  };

  return {
    entries,
    match(text, options = {}) {
      const allowFuzzy = options.fuzzy ?? true;
      // Folding keeps the length for nearly all text; offsets are reported against the folded text otherwise.
      const { words: tokens, starts, ends } = tokenize(foldText(text));
      let best: Map<PhraseEntry, KeywordHit> | undefined;
      /** Counts an entry whose first word matched at `position`: an exact occurrence wins over a typo'd one wherever they stand. */
      const consider = (entry: PhraseEntry, position: number, firstFuzzy: boolean): void => {
        const previous = best?.get(entry);
        if (previous && !previous.fuzzy) return;
        const { words, stems: wordStems } = entry;
        const last = position + words.length - 1;
        if (last >= tokens.length) return;
        let fuzzy = firstFuzzy;
        for (let offset = 1; offset < words.length; offset++) {
          const pattern = words[offset]!;
          const word = tokens[position + offset]!;
          const stem = wordStems[offset];
          if (pattern === word || (stem !== undefined && word.startsWith(stem))) continue;
          if (!allowFuzzy || !wordMatchesFuzzily(pattern, stem, word)) return;
          fuzzy = true;
        }
        if (previous && fuzzy) return;
        best ??= new Map();
        best.set(entry, { intent: entry.intent, weight: entry.weight, term: entry.term, start: starts[position]!, end: ends[last]!, fuzzy });
      };
      for (let position = 0; position < tokens.length; position++) {
        const word = tokens[position]!;
        if (startsCandidates[word.charCodeAt(0)] === 0) continue;
        if (allowFuzzy && word.length >= MIN_TYPO_LENGTH) {
          const candidates = typoCandidatesOf(word);
          for (let index = 0; index < candidates.length; index++) consider(candidates[index]!.entry, position, candidates[index]!.fuzzy);
          continue;
        }
        // Exact and stem candidates only, in the order findCandidates gives them.
        const exact = byFirstWord.get(word);
        if (exact) for (const entry of exact) consider(entry, position, false);
        for (const entry of stemsStartingLike(word)) if (word.startsWith(entry.stems[0]!)) consider(entry, position, false);
      }
      return best === undefined ? [] : [...best.values()];
    },
  };
}

// The Chinese, Japanese and Thai indexes all see the same text for an unknown language: the last one is kept.
let lastRaw: string | undefined;
let lastNormalized = '';

/** NFKC and lower case, as the substring entries are stored. */
function normalizeForSubstrings(text: string): string {
  if (text !== lastRaw) {
    lastNormalized = text.normalize('NFKC').toLowerCase();
    lastRaw = text;
  }
  return lastNormalized;
}

/**
 * Compiles a substring lexicon (Chinese, Japanese, Thai: no spaces between words) into a trie of its entries'
 * characters, walked from each text position, so a position costs as many steps as the longest entry starting
 * there. Longer matches win over the shorter entries they contain.
 */
export function createSubstringIndex(lexicon: IntentLexicon): KeywordIndex {
  /** Trie edges: `node * 65536 + UTF-16 code unit` → child node; node 0 is the root. */
  const edges = new Map<number, number>();
  /** The entries ending at each node, in lexicon order (every entry of a node has the same term). */
  const terminals: (Entry[] | undefined)[] = [undefined];
  let entries = 0;
  for (const [intent, list] of Object.entries(lexicon)) {
    for (const raw of list) {
      const parsed = parseEntry(raw);
      if (!parsed) continue;
      const term = parsed.phrase.normalize('NFKC').toLowerCase().trim();
      if (term === '') continue;
      let node = 0;
      for (let index = 0; index < term.length; index++) {
        const key = node * 65_536 + term.charCodeAt(index);
        let child = edges.get(key);
        if (child === undefined) {
          child = terminals.length;
          terminals.push(undefined);
          edges.set(key, child);
        }
        node = child;
      }
      (terminals[node] ??= []).push({ intent, weight: parsed.weight, term });
      entries++;
    }
  }
  const ends: number[] = [];
  return {
    entries,
    match(text) {
      // Entries are NFKC-normalized, so the text must be too: NFKC splits Thai ำ into two characters.
      const lower = normalizeForSubstrings(text);
      let hits: KeywordHit[] | undefined;
      let seen: Set<Entry> | undefined;
      // The longest match covering the text so far: a shorter entry strictly inside it is part of it, not extra
      // evidence. Entries of the same span (the same term under another intent) are not "inside" and count.
      let coveredFrom = -1;
      let coveredUntil = 0;
      for (let position = 0; position < lower.length; position++) {
        // The ends of the entries starting here, shortest first; they are taken longest first.
        ends.length = 0;
        let node = 0;
        for (let index = position; index < lower.length; index++) {
          const child = edges.get(node * 65_536 + lower.charCodeAt(index));
          if (child === undefined) break;
          node = child;
          if (terminals[node] !== undefined) ends.push(index + 1, node);
        }
        for (let at = ends.length - 2; at >= 0; at -= 2) {
          const end = ends[at]!;
          for (const entry of terminals[ends[at + 1]!]!) {
            const inside = end <= coveredUntil && !(position === coveredFrom && end === coveredUntil);
            if (!inside && end > coveredUntil) {
              coveredFrom = position;
              coveredUntil = end;
            }
            if (inside || seen?.has(entry)) continue;
            (seen ??= new Set()).add(entry);
            (hits ??= []).push({ intent: entry.intent, weight: entry.weight, term: entry.term, start: position, end, fuzzy: false });
          }
        }
      }
      return hits ?? [];
    },
  };
}

/** The evidence record of a hit, for explanations (`~` marks a typo match). */
export function toEvidence(hit: KeywordHit): Evidence {
  return { term: hit.fuzzy ? `${hit.term}~` : hit.term, start: hit.start, end: hit.end, weight: hit.weight };
}
