import { foldText } from '../text/fold.js';
import { BREAK_FLAG, CHAR_FLAGS, QUESTION_FLAG, SENTENCE_END_FLAG } from './char-flags.js';
import { normalizeNfkc } from './normalize-nfkc.js';

/** How the words of a language are read. */
export interface WordTokenOptions {
  /** Split French-style elisions (`n'ai` → `ne ai`, `l'article` → `l' article`). */
  readonly elision: boolean;
  /** Read ä, ö, ü as ae, oe, ue. */
  readonly umlauts: boolean;
}

/** A clause break (punctuation, a line break) lies between word i-1 and word i. */
export const BREAK_BEFORE = 1;
/** The sentence holding word i ends with a question mark. */
export const IN_QUESTION = 2;

/** The word may have a letter written three times in a row (`sooo`): it holds a repeated code unit or an astral one. */
export const MAY_BE_ELONGATED = 4;

/** The words of a text (folded) and its clause and question structure. */
export interface WordTokens {
  readonly words: readonly string[];
  /** Per word: {@link BREAK_BEFORE}, {@link IN_QUESTION} and {@link MAY_BE_ELONGATED} bits. */
  readonly flags: readonly number[];
}

const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const APOSTROPHE = 0x27;
const ELISION = /^(n|l|d|j|m|t|s|c|qu|jusqu|lorsqu|puisqu)'(.+)$/;
const UMLAUTS = /[äöüÄÖÜ]/;

/**
 * The text as the word scanners read it: NFKC, one apostrophe, umlauts spelled out if asked, folded (lower case,
 * no Latin diacritics).
 * @example prepareWordText('N’achetez PAS', { elision: true, umlauts: false }) // "n'achetez pas"
 */
export function prepareWordText(text: string, options: WordTokenOptions): string {
  const normalized = normalizeNfkc(text).replace(APOSTROPHES, "'");
  return foldText(options.umlauts && UMLAUTS.test(normalized) ? normalized.replace(/[äÄ]/g, 'ae').replace(/[öÖ]/g, 'oe').replace(/[üÜ]/g, 'ue') : normalized);
}

/** Whether a BMP code unit is a letter or a number: 0 not yet known, 1 no, 2 yes (filled on first sight). */
const WORD_UNITS = new Uint8Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Letters and numbers outside the BMP (two code units), by code point. */
const astralWordChars = new Map<number, boolean>();

/** How many code units the letter or number at `index` takes (1, or 2 outside the BMP), 0 for anything else. */
function wordCharLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) ? 1 : 0;
  if (code < 0xd800 || code > 0xdbff) {
    // Lone low surrogates and NaN past the end are not word characters.
    if (code >= 0xdc00 && code <= 0xdfff) return 0;
    let known = WORD_UNITS[code];
    if (known === undefined) return 0;
    if (known === 0) WORD_UNITS[code] = known = WORD_CHAR.test(String.fromCharCode(code)) ? 2 : 1;
    return known === 2 ? 1 : 0;
  }
  const low = text.charCodeAt(index + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
  const point = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  let known = astralWordChars.get(point);
  if (known === undefined) astralWordChars.set(point, (known = WORD_CHAR.test(String.fromCodePoint(point))));
  return known ? 2 : 0;
}

/** The end of the word starting at `start`: letters and numbers, joined by single apostrophes (`don't`). */
function wordEnd(text: string, start: number): number {
  let index = start;
  for (;;) {
    for (let step = wordCharLength(text, index); step > 0; step = wordCharLength(text, index)) index += step;
    if (text.charCodeAt(index) !== APOSTROPHE || wordCharLength(text, index + 1) === 0) return index;
    index++;
  }
}

/** Whether a word has a code unit three times in a row or an astral character (which a letter repeat may hide in). */
function mayBeElongated(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdfff) return true;
    if (index >= 2 && code === word.charCodeAt(index - 1) && code === word.charCodeAt(index - 2)) return true;
  }
  return false;
}

/** Adds a word with its flags. */
function pushWord(tokens: { words: string[]; flags: number[] }, word: string, flags: number): void {
  tokens.words.push(word);
  tokens.flags.push(mayBeElongated(word) ? flags | MAY_BE_ELONGATED : flags);
}

function tokenize(text: string, options: WordTokenOptions): WordTokens {
  const folded = prepareWordText(text, options);
  const tokens = { words: [] as string[], flags: [] as number[] };
  const { words, flags } = tokens;
  // What the characters since the last word hold: a clause break, and the first sentence end (0 none, 1 a full stop
  // or the like, 2 a question mark), which tells whether the sentence of the word before it asks.
  const ends: number[] = [];
  let gapBreak = false;
  let gapEnd = 0;
  for (let index = 0; index < folded.length;) {
    if (wordCharLength(folded, index) === 0) {
      const charFlags = CHAR_FLAGS[folded.charCodeAt(index)]!;
      if ((charFlags & BREAK_FLAG) !== 0) gapBreak = true;
      if (gapEnd === 0 && (charFlags & SENTENCE_END_FLAG) !== 0) gapEnd = (charFlags & QUESTION_FLAG) !== 0 ? 2 : 1;
      index++;
      continue;
    }
    if (words.length > 0) ends.push(gapEnd);
    const first = gapBreak && words.length > 0 ? BREAK_BEFORE : 0;
    gapBreak = false;
    gapEnd = 0;
    const start = index;
    const end = wordEnd(folded, start);
    const word = folded.slice(start, end);
    index = end;
    const elided = options.elision && word.includes("'") ? ELISION.exec(word) : null;
    if (elided) {
      const head = elided[1]!;
      pushWord(tokens, head === 'n' ? 'ne' : `${head}'`, first);
      pushWord(tokens, elided[2]!, 0);
      ends.push(0);
    } else pushWord(tokens, word, first);
  }
  if (words.length > 0) ends.push(gapEnd);
  // Walk back from the end: the first sentence end after a word decides whether its sentence asks.
  let asking = false;
  for (let index = words.length - 1; index >= 0; index--) {
    if (ends[index] !== 0) asking = ends[index] === 2;
    if (asking) flags[index]! |= IN_QUESTION;
  }
  return tokens;
}

/** The last text read by each tokenizer variant: the sentiment and urgency lexicons of a language share it. */
const last = new Map<string, { text: string; tokens: WordTokens }>();

/**
 * Reads the words of a text once for every lexicon of a language (sentiment, urgency, the English fallback):
 * the last text per option set is remembered.
 * @example readWordTokens("C'est pas terrible", { elision: true, umlauts: false }).words // ['c'', 'est', 'pas', 'terrible']
 */
export function readWordTokens(text: string, options: WordTokenOptions): WordTokens {
  const key = options.elision ? (options.umlauts ? 'eu' : 'e') : options.umlauts ? 'u' : '';
  const cached = last.get(key);
  if (cached?.text === text) return cached.tokens;
  const tokens = tokenize(text, options);
  last.set(key, { text, tokens });
  return tokens;
}
