import { BREAK_FLAG, CHAR_FLAGS, QUESTION_FLAG, SENTENCE_END_FLAG, SPACE_BREAK_FLAG } from './char-flags.js';
import { createPrefixTrie } from './prefix-trie.js';
import { createHashFilter, hashCodeUnits } from './hash-filter.js';
import { BREAK_BEFORE, IN_QUESTION, MAY_BE_ELONGATED, readWordTokens, type WordTokenOptions, type WordTokens } from './read-word-tokens.js';
import type { PolarityTerms, SentimentLexicon } from './sentiment-lexicon.js';

/** What a matched lexicon entry does; an entry listed in several lists has several roles. */
export interface TermRoles {
  /** Signed polarity weight, 0 when the entry has none. */
  weight: number;
  complaint: boolean;
  anger: boolean;
  negator: boolean;
  postNegator: boolean;
  intensifier: boolean;
  postIntensifier: boolean;
  downtoner: boolean;
  contrast: boolean;
  neutral: boolean;
  urgent: boolean;
  deadline: boolean;
  followUp: boolean;
  /** A phrase that carries its own negation ("pas normal", "不好用"): an outer negator does not flip it again. */
  selfNegated: boolean;
}

/** One lexicon entry found in a text. `start`/`end` count tokens (spaced scripts) or characters (ja, zh, th). */
export interface MatchedTerm {
  readonly term: string;
  readonly roles: Readonly<TermRoles>;
  readonly start: number;
  readonly end: number;
}

/** The entries found in one text, in order, and where its clauses break. */
export interface LexiconScan {
  readonly matches: readonly MatchedTerm[];
  /** Whether a clause break (punctuation, a line break; a space in Thai) lies between two positions. */
  hasBreak(from: number, to: number): boolean;
  /** Whether the sentence holding a position ends with a question mark. */
  inQuestion(position: number): boolean;
}

/** A lexicon ready to scan text of its language. */
export interface CompiledLexicon {
  scan(text: string): LexiconScan;
}

/** How a language is written. */
export interface CompileOptions {
  /** Words separated by spaces (en, es, pt, fr, de, id) rather than substrings (ja, zh, th). */
  readonly segmented: boolean;
  /** Split French-style elisions (`n'ai` → `ne ai`, `l'article` → `l' article`). @default false */
  readonly elision?: boolean;
  /** A space is a clause break (Thai writes spaces between phrases, not words). @default false */
  readonly spaceBreaks?: boolean;
  /** Read ä, ö, ü as ae, oe, ue (German: keeps `schön` apart from `schon`). @default false */
  readonly umlauts?: boolean;
  /** Read Latin-script words the lexicon does not know with this lexicon (English inside other languages). */
  readonly fallback?: CompiledLexicon;
}

const STRENGTH: Readonly<Record<keyof PolarityTerms, number>> = { strong: 3, moderate: 2, weak: 1 };
const emptyRoles = (): TermRoles => ({
  weight: 0, complaint: false, anger: false, negator: false, postNegator: false, intensifier: false, postIntensifier: false,
  downtoner: false, contrast: false, neutral: false, urgent: false, deadline: false, followUp: false, selfNegated: false,
});
type FlagRole = Exclude<keyof TermRoles, 'weight' | 'selfNegated'>;
const FLAG_LISTS: readonly (readonly [keyof SentimentLexicon, FlagRole])[] = [
  ['complaintWhenNegated', 'complaint'], ['anger', 'anger'], ['negators', 'negator'], ['postNegators', 'postNegator'],
  ['intensifiers', 'intensifier'], ['postIntensifiers', 'postIntensifier'], ['downtoners', 'downtoner'], ['contrast', 'contrast'],
  ['neutral', 'neutral'], ['urgent', 'urgent'], ['deadline', 'deadline'], ['followUp', 'followUp'],
];

/** Every entry of a lexicon with its merged roles, keyed by the normalized entry. */
function collectEntries(lexicon: SentimentLexicon, normalize: (entry: string) => string, separator: string | undefined): Map<string, TermRoles> {
  const entries = new Map<string, TermRoles>();
  const rolesOf = (raw: string): TermRoles | undefined => {
    const entry = normalize(raw);
    if (entry === '' || entry === '*') return undefined;
    let roles = entries.get(entry);
    if (!roles) entries.set(entry, (roles = emptyRoles()));
    return roles;
  };
  for (const [direction, sign] of [['negative', -1], ['positive', 1]] as const) {
    const terms = lexicon[direction];
    if (!terms) continue;
    for (const strength of ['weak', 'moderate', 'strong'] as const) {
      for (const raw of terms[strength] ?? []) {
        const roles = rolesOf(raw);
        if (roles) roles.weight = sign * STRENGTH[strength];
      }
    }
  }
  for (const [list, role] of FLAG_LISTS) {
    const words = lexicon[list];
    if (!Array.isArray(words)) continue;
    for (const raw of words as readonly string[]) {
      const roles = rolesOf(raw);
      if (!roles) continue;
      roles[role] = true;
      // An anger word with no polarity of its own counts as strongly negative.
      if (role === 'anger' && roles.weight === 0) roles.weight = -3;
    }
  }
  const negators = [...entries].filter(([, roles]) => roles.negator).map(([entry]) => entry);
  for (const [entry, roles] of entries) {
    if (roles.negator || (roles.weight === 0 && !roles.complaint)) continue;
    roles.selfNegated = negators.some((negator) => entry.startsWith(separator === undefined ? negator : `${negator}${separator}`) && entry !== negator);
  }
  return entries;
}

const ELONGATION = /(\p{L})\1{2,}/gu;
const HAS_ELONGATION = /(\p{L})\1{2,}/u;
const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const MIN_STEM = 3;

/** A lexicon entry as found: its term (the normalized entry) and roles. */
interface Entry {
  readonly term: string;
  readonly roles: TermRoles;
}

/** A phrase entry: its words, a word ending in `*` matching any word that starts with it. */
interface Phrase extends Entry {
  readonly words: readonly string[];
  readonly prefix: readonly boolean[];
}

/** What a word of the text can start: phrases (longest first) and the single-word entry. */
interface WordEntries {
  phrases: Phrase[] | undefined;
  word: Entry | undefined;
}

/** What a word of the text can start: phrases (longest first), and the single-word entry it reads as. */
interface WordLookup {
  readonly phrases: readonly Phrase[] | undefined;
  readonly single: Entry | undefined;
}

const NOTHING: WordLookup = { phrases: undefined, single: undefined };

/** A scan's matches with its clause breaks and questions, by position (a word, or a character in ja, zh, th). */
class PositionedScan implements LexiconScan {
  /** @param flags Per position: {@link BREAK_BEFORE} (a break between the position before and this one) and {@link IN_QUESTION}. */
  constructor(readonly matches: readonly MatchedTerm[], private readonly flags: ArrayLike<number>) {}

  hasBreak(from: number, to: number): boolean {
    const { flags } = this;
    const last = Math.min(to, flags.length - 1);
    for (let position = Math.max(0, from); position <= last; position++) if ((flags[position]! & BREAK_BEFORE) !== 0) return true;
    return false;
  }

  inQuestion(position: number): boolean {
    return position >= 0 && position < this.flags.length && (this.flags[position]! & IN_QUESTION) !== 0;
  }
}

/**
 * Compiles a lexicon into a scanner: longest phrase first, then the word, its de-elongated form (`sooo` → `so`),
 * then the longest `stem*` entry (spaced scripts); longest substring first (ja, zh, th). The scanner remembers
 * its last text, so the sentiment and urgency stages reading one message scan it once.
 * @example compileLexicon({ negative: { strong: ['scam'] } }, { segmented: true }).scan('a total scam').matches
 */
export function compileLexicon(lexicon: SentimentLexicon, options: CompileOptions): CompiledLexicon {
  const scan = options.segmented ? compileSegmented(lexicon, options) : compileUnsegmented(lexicon, options);
  let lastText: string | undefined;
  let lastScan: LexiconScan | undefined;
  return {
    scan(text) {
      if (text !== lastText || !lastScan) {
        lastScan = scan(text);
        lastText = text;
      }
      return lastScan;
    },
  };
}

function compileSegmented(lexicon: SentimentLexicon, options: CompileOptions): (text: string) => LexiconScan {
  const tokenOptions: WordTokenOptions = { elision: options.elision ?? false, umlauts: options.umlauts ?? false };
  // Entries go through the tokenizer the text goes through (`see-through` → `see through`, `n'achetez` → `ne achetez`).
  const entries = collectEntries(lexicon, (entry) => {
    const trimmed = entry.trim();
    const wildcard = trimmed.endsWith('*');
    const words = readWordTokens(wildcard ? trimmed.slice(0, -1) : trimmed, tokenOptions).words.join(' ');
    return words === '' ? '' : `${words}${wildcard ? '*' : ''}`;
  }, ' ');
  const byWord = new Map<string, WordEntries>();
  const entriesOf = (word: string): WordEntries => {
    let found = byWord.get(word);
    if (!found) byWord.set(word, (found = { phrases: undefined, word: undefined }));
    return found;
  };
  const stems: [string, Entry][] = [];
  for (const [entry, roles] of entries) {
    const parts = entry.split(' ');
    if (parts.length > 1) {
      const words = parts.map((part) => (part.endsWith('*') ? part.slice(0, -1) : part));
      ((entriesOf(parts[0]!).phrases ??= [])).push({ term: entry, roles, words, prefix: parts.map((part) => part.endsWith('*')) });
    } else if (entry.endsWith('*')) {
      if (entry.length > MIN_STEM) stems.push([entry.slice(0, -1), { term: entry, roles }]);
    } else entriesOf(entry).word = { term: entry, roles };
  }
  for (const found of byWord.values()) found.phrases?.sort((a, b) => b.words.length - a.words.length);
  const stemTrie = createPrefixTrie(stems);

  // Words and `stem*` prefixes of the lexicon: most words of a text are neither, and two bit tests tell.
  const filter = createHashFilter();
  for (const word of byWord.keys()) filter.add(hashCodeUnits(word, 0, word.length));
  for (const [stem] of stems) filter.add(hashCodeUnits(stem, 0, MIN_STEM));

  /** What word `index` starts: phrases, and the single-word entry it reads as (itself, de-elongated, its longest stem). */
  const lookup = (tokens: WordTokens, index: number): WordLookup => {
    const flags = tokens.flags[index]!;
    const word = tokens.words[index]!;
    const mayMatch = filter.has(hashCodeUnits(word, 0, word.length)) || (word.length >= MIN_STEM && filter.has(hashCodeUnits(word, 0, MIN_STEM)));
    if (!mayMatch && (flags & MAY_BE_ELONGATED) === 0) return NOTHING;
    const own = byWord.get(word);
    let single = own?.word;
    if (!single && (flags & MAY_BE_ELONGATED) !== 0 && HAS_ELONGATION.test(word)) {
      for (const collapsed of [word.replace(ELONGATION, '$1$1'), word.replace(ELONGATION, '$1')]) {
        single = byWord.get(collapsed)?.word;
        if (single) break;
      }
    }
    single ??= stemTrie.longest(word, 0);
    return own?.phrases === undefined && single === undefined ? NOTHING : { phrases: own?.phrases, single };
  };

  /** The longest entry starting at word `index`. */
  const matchAt = (tokens: WordTokens, index: number): MatchedTerm | undefined => {
    const { words } = tokens;
    const { phrases, single } = lookup(tokens, index);
    if (phrases) {
      for (const phrase of phrases) {
        const length = phrase.words.length;
        if (index + length > words.length) continue;
        let matched = true;
        for (let offset = 1; offset < length && matched; offset++) {
          const word = words[index + offset]!;
          matched = phrase.prefix[offset] ? word.startsWith(phrase.words[offset]!) : word === phrase.words[offset];
        }
        // The first word was looked up as is: a first word ending in `*` never matches, as no word holds a `*`.
        if (matched && !phrase.prefix[0]) return { term: phrase.term, roles: phrase.roles, start: index, end: index + length };
      }
    }
    return single ? { term: single.term, roles: single.roles, start: index, end: index + 1 } : undefined;
  };

  return (text) => {
    const tokens = readWordTokens(text, tokenOptions);
    const { words, flags } = tokens;
    const matches: MatchedTerm[] = [];
    const fallbackMatches = options.fallback ? options.fallback.scan(text).matches : [];
    let fallbackIndex = 0;
    for (let index = 0; index < words.length;) {
      const found = matchAt(tokens, index);
      if (found) {
        matches.push(found);
        index = found.end;
        continue;
      }
      // English read over the same words (same tokenizer, same indices): polarity and anger words only.
      while (fallbackIndex < fallbackMatches.length && fallbackMatches[fallbackIndex]!.start < index) fallbackIndex++;
      const borrowed = fallbackMatches[fallbackIndex];
      if (borrowed && borrowed.start === index && (borrowed.roles.weight !== 0 || borrowed.roles.anger)) {
        matches.push(borrowed);
        index = borrowed.end;
        continue;
      }
      index++;
    }
    return new PositionedScan(matches, flags);
  };
}

const LATIN_RUN = /[a-z0-9'](?:[a-z0-9' ]*[a-z0-9'])?/y;
const isLatinLower = (code: number): boolean => code >= 97 && code <= 122;

function compileUnsegmented(lexicon: SentimentLexicon, options: CompileOptions): (text: string) => LexiconScan {
  const entries = collectEntries(lexicon, (entry) => entry.normalize('NFKC').toLowerCase().trim(), undefined);
  const trie = createPrefixTrie<Entry>([...entries].map(([entry, roles]) => [entry, { term: entry, roles }]));
  /** Code units some entry starts with, one bit each (8 KB): most positions start none, and one bit test tells. */
  const starts = new Uint32Array(0x10000 >>> 5);
  for (const entry of entries.keys()) starts[entry.charCodeAt(0) >>> 5]! |= 1 << (entry.charCodeAt(0) & 31);
  const breakFlag = options.spaceBreaks ? SPACE_BREAK_FLAG : BREAK_FLAG;
  const { fallback } = options;

  /** Latin words inside the text, read with the fallback lexicon; positions are characters of the text. */
  const readLatinRun = (run: string, offset: number, matches: MatchedTerm[]): void => {
    const found = fallback!.scan(run).matches;
    if (found.length === 0) return;
    const tokens = [...run.matchAll(TOKEN)].map((token) => ({ start: token.index, end: token.index + token[0].length }));
    for (const match of found) {
      const start = offset + (tokens[match.start]?.start ?? 0);
      const end = offset + (tokens[match.end - 1]?.end ?? run.length);
      matches.push({ term: match.term, roles: match.roles, start, end });
    }
  };

  return (raw) => {
    const text = raw.toLowerCase();
    const length = text.length;
    const flags = new Uint8Array(length + 1);
    const matches: MatchedTerm[] = [];
    for (let position = 0; position < length;) {
      const code = text.charCodeAt(position);
      if ((CHAR_FLAGS[code]! & breakFlag) !== 0) {
        flags[position] = BREAK_BEFORE;
        position++;
        continue;
      }
      const found = (starts[code >>> 5]! & (1 << (code & 31))) !== 0 ? trie.longest(text, position) : undefined;
      if (!found && fallback && isLatinLower(code) && (position === 0 || !isLatinLower(text.charCodeAt(position - 1)))) {
        LATIN_RUN.lastIndex = position;
        const run = LATIN_RUN.exec(text);
        if (run) {
          readLatinRun(run[0], position, matches);
          position += run[0].length;
          continue;
        }
      }
      if (found) {
        matches.push({ term: found.term, roles: found.roles, start: position, end: position + found.term.length });
        position += found.term.length;
      } else position++;
    }
    let asking = false;
    for (let position = length - 1; position >= 0; position--) {
      const charFlags = CHAR_FLAGS[text.charCodeAt(position)]!;
      if ((charFlags & SENTENCE_END_FLAG) !== 0) asking = (charFlags & QUESTION_FLAG) !== 0;
      if (asking) flags[position]! |= IN_QUESTION;
    }
    return new PositionedScan(matches, flags);
  };
}
