import { foldText } from '../../text/fold.js';
import type { PolarityTerms, SentimentLexicon } from '../sentiment-lexicon.js';

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

const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const BREAK = /[.,;:!?…。、，．！？；：\n()（）「」『』【】"“”«»]/u;
const SENTENCE_END = /[.!?…。！？\n]/u;
const QUESTION = /[?？]/u;
const ELISION = /^(n|l|d|j|m|t|s|c|qu|jusqu|lorsqu|puisqu)'(.+)$/;
const ELONGATION = /(\p{L})\1{2,}/gu;
const HAS_ELONGATION = /(\p{L})\1{2,}/u;
const MIN_STEM = 3;

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Compiles a lexicon into a scanner: longest phrase first, then the word, its de-elongated form (`sooo` → `so`),
 * then the longest `stem*` entry (spaced scripts); longest substring first (ja, zh, th).
 * @example compileLexicon({ negative: { strong: ['scam'] } }, { segmented: true }).scan('a total scam').matches
 */
export function compileLexicon(lexicon: SentimentLexicon, options: CompileOptions): CompiledLexicon {
  return options.segmented ? compileSegmented(lexicon, options) : compileUnsegmented(lexicon, options);
}

function compileSegmented(lexicon: SentimentLexicon, options: CompileOptions): CompiledLexicon {
  const prepare = (text: string): string => {
    const normalized = text.normalize('NFKC').replace(APOSTROPHES, "'");
    return foldText(options.umlauts ? normalized.replace(/[äÄ]/g, 'ae').replace(/[öÖ]/g, 'oe').replace(/[üÜ]/g, 'ue') : normalized);
  };
  const tokenize = (text: string): Token[] => {
    const folded = prepare(text);
    const tokens: Token[] = [];
    for (const match of folded.matchAll(TOKEN)) {
      const start = match.index;
      const word = match[0];
      const elided = options.elision ? ELISION.exec(word) : null;
      if (elided) {
        tokens.push({ text: elided[1] === 'n' ? 'ne' : `${elided[1]!}'`, start, end: start + elided[1]!.length + 1 });
        tokens.push({ text: elided[2]!, start: start + elided[1]!.length + 1, end: start + word.length });
      } else tokens.push({ text: word, start, end: start + word.length });
    }
    return tokens;
  };
  // Entries go through the tokenizer the text goes through (`see-through` → `see through`, `n'achetez` → `ne achetez`).
  const entries = collectEntries(lexicon, (entry) => {
    const trimmed = entry.trim();
    const wildcard = trimmed.endsWith('*');
    const words = tokenize(wildcard ? trimmed.slice(0, -1) : trimmed).map((token) => token.text).join(' ');
    return words === '' ? '' : `${words}${wildcard ? '*' : ''}`;
  }, ' ');
  const words = new Map<string, TermRoles>();
  const stems = new Map<string, TermRoles>();
  /** Phrases by their first word, longest first; a word of a phrase may end in `*`. */
  const phrases = new Map<string, { words: readonly string[]; entry: string; roles: TermRoles }[]>();
  for (const [entry, roles] of entries) {
    const parts = entry.split(' ');
    if (parts.length > 1) {
      const first = parts[0]!;
      const list = phrases.get(first) ?? [];
      list.push({ words: parts, entry, roles });
      phrases.set(first, list);
    } else if (entry.endsWith('*')) {
      if (entry.length > MIN_STEM) stems.set(entry.slice(0, -1), roles);
    } else words.set(entry, roles);
  }
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  const wordMatches = (pattern: string, word: string): boolean =>
    pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : pattern === word;

  const lookupWord = (word: string): { entry: string; roles: TermRoles } | undefined => {
    const exact = words.get(word);
    if (exact) return { entry: word, roles: exact };
    if (HAS_ELONGATION.test(word)) {
      for (const collapsed of [word.replace(ELONGATION, '$1$1'), word.replace(ELONGATION, '$1')]) {
        const roles = words.get(collapsed);
        if (roles) return { entry: collapsed, roles };
      }
    }
    for (let length = word.length; length >= MIN_STEM; length--) {
      const stem = word.slice(0, length);
      const roles = stems.get(stem);
      if (roles) return { entry: `${stem}*`, roles };
    }
    return undefined;
  };

  /** The longest entry starting at token `index`: its roles and how many tokens it spans. */
  const matchAt = (tokens: readonly Token[], index: number): { entry: string; roles: TermRoles; length: number } | undefined => {
    const first = tokens[index]!.text;
    for (const phrase of phrases.get(first) ?? []) {
      if (index + phrase.words.length > tokens.length) continue;
      if (phrase.words.every((part, offset) => wordMatches(part, tokens[index + offset]!.text))) {
        return { entry: phrase.entry, roles: phrase.roles, length: phrase.words.length };
      }
    }
    const single = lookupWord(first);
    return single ? { ...single, length: 1 } : undefined;
  };

  return {
    scan(text: string): LexiconScan {
      const tokens = tokenize(text);
      const folded = prepare(text);
      // breaks[i]: a clause break lies between token i-1 and token i.
      const breaks = new Uint8Array(tokens.length + 1);
      for (let index = 1; index < tokens.length; index++) {
        if (BREAK.test(folded.slice(tokens[index - 1]!.end, tokens[index]!.start))) breaks[index] = 1;
      }
      const matches: MatchedTerm[] = [];
      const fallbackMatches = options.fallback ? options.fallback.scan(text).matches : [];
      let fallbackIndex = 0;
      for (let index = 0; index < tokens.length;) {
        const found = matchAt(tokens, index);
        if (found) {
          matches.push({ term: found.entry, roles: found.roles, start: index, end: index + found.length });
          index += found.length;
          continue;
        }
        // English read over the same tokens (same tokenizer, same indices): polarity and anger words only.
        while (fallbackIndex < fallbackMatches.length && fallbackMatches[fallbackIndex]!.start < index) fallbackIndex++;
        const borrowed = fallbackMatches[fallbackIndex];
        if (borrowed && borrowed.start === index && (borrowed.roles.weight !== 0 || borrowed.roles.anger)) {
          matches.push(borrowed);
          index = borrowed.end;
          continue;
        }
        index++;
      }
      // questions[i]: the sentence holding token i ends with a question mark.
      const questions = new Uint8Array(tokens.length);
      let asking = false;
      for (let index = tokens.length - 1; index >= 0; index--) {
        const end = sentenceEnd(folded, tokens[index]!.end, tokens[index + 1]?.start ?? folded.length);
        if (end !== undefined) asking = QUESTION.test(end);
        questions[index] = asking ? 1 : 0;
      }
      return { matches, hasBreak: (from, to) => hasBreak(breaks, from, to), inQuestion: (position) => questions[position] === 1 };
    },
  };
}

/** The first sentence-ending character in `text` between two offsets. */
function sentenceEnd(text: string, from: number, to: number): string | undefined {
  for (let position = from; position < to; position++) if (SENTENCE_END.test(text[position]!)) return text[position];
  return undefined;
}

function hasBreak(breaks: Uint8Array, from: number, to: number): boolean {
  for (let position = Math.max(0, from); position <= Math.min(to, breaks.length - 1); position++) if (breaks[position] === 1) return true;
  return false;
}

const LATIN_RUN = /[a-z0-9'](?:[a-z0-9' ]*[a-z0-9'])?/y;
const LATIN_START = /[a-z]/;

function compileUnsegmented(lexicon: SentimentLexicon, options: CompileOptions): CompiledLexicon {
  const entries = collectEntries(lexicon, (entry) => entry.normalize('NFKC').toLowerCase().trim(), undefined);
  /** Entries by first character, longest first. */
  const byFirst = new Map<string, { entry: string; roles: TermRoles }[]>();
  for (const [entry, roles] of entries) {
    const first = entry[0]!;
    const list = byFirst.get(first) ?? [];
    list.push({ entry, roles });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.entry.length - a.entry.length);
  const breakChar = options.spaceBreaks ? /[\s.,;:!?…。、，．！？；：()（）「」『』【】"“”]/u : BREAK;

  return {
    scan(raw: string): LexiconScan {
      const text = raw.toLowerCase();
      const breaks = new Uint8Array(text.length + 1);
      const matches: MatchedTerm[] = [];
      for (let position = 0; position < text.length;) {
        const char = text[position]!;
        if (breakChar.test(char)) {
          breaks[position] = 1;
          position++;
          continue;
        }
        const candidates = byFirst.get(char);
        const found = candidates?.find(({ entry }) => text.startsWith(entry, position));
        if (!found && options.fallback && LATIN_START.test(char) && (position === 0 || !LATIN_START.test(text[position - 1]!))) {
          LATIN_RUN.lastIndex = position;
          const run = LATIN_RUN.exec(text);
          if (run) {
            const fallback = options.fallback.scan(run[0]);
            const tokenStarts = [...run[0].matchAll(TOKEN)].map((token) => ({ start: token.index, end: token.index + token[0].length }));
            for (const match of fallback.matches) {
              const start = position + (tokenStarts[match.start]?.start ?? 0);
              const end = position + (tokenStarts[match.end - 1]?.end ?? run[0].length);
              matches.push({ term: match.term, roles: match.roles, start, end });
            }
            position += run[0].length;
            continue;
          }
        }
        if (found) {
          matches.push({ term: found.entry, roles: found.roles, start: position, end: position + found.entry.length });
          position += found.entry.length;
        } else position++;
      }
      const questions = new Uint8Array(text.length + 1);
      let asking = false;
      for (let position = text.length - 1; position >= 0; position--) {
        const char = text[position]!;
        if (SENTENCE_END.test(char)) asking = QUESTION.test(char);
        questions[position] = asking ? 1 : 0;
      }
      return { matches, hasBreak: (from, to) => hasBreak(breaks, from, to), inQuestion: (position) => questions[position] === 1 };
    },
  };
}
