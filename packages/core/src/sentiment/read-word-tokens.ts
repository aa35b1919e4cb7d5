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

/** The words of a text (folded), where they are in the folded text, and its clause and question structure. */
export interface WordTokens {
  readonly words: readonly string[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** `breaks[i]` is 1 when a clause break lies between word i-1 and word i (length: words + 1). */
  readonly breaks: Uint8Array;
  /** `questions[i]` is 1 when the sentence holding word i ends with a question mark. */
  readonly questions: Uint8Array;
}

const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
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

function tokenize(text: string, options: WordTokenOptions): WordTokens {
  const folded = prepareWordText(text, options);
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (word: string, start: number, end: number): void => {
    words.push(word);
    starts.push(start);
    ends.push(end);
  };
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(folded); match !== null; match = TOKEN.exec(folded)) {
    const start = match.index;
    const word = match[0];
    const elided = options.elision && word.includes("'") ? ELISION.exec(word) : null;
    if (elided) {
      const head = elided[1]!;
      push(head === 'n' ? 'ne' : `${head}'`, start, start + head.length + 1);
      push(elided[2]!, start + head.length + 1, start + word.length);
    } else push(word, start, start + word.length);
  }
  const count = words.length;
  const breaks = new Uint8Array(count + 1);
  for (let index = 1; index < count; index++) {
    for (let position = ends[index - 1]!; position < starts[index]!; position++) {
      if ((CHAR_FLAGS[folded.charCodeAt(position)]! & BREAK_FLAG) !== 0) {
        breaks[index] = 1;
        break;
      }
    }
  }
  // Walk back from the end: the first sentence end after a word decides whether its sentence asks.
  const questions = new Uint8Array(count);
  let asking = false;
  for (let index = count - 1; index >= 0; index--) {
    const to = index + 1 < count ? starts[index + 1]! : folded.length;
    for (let position = ends[index]!; position < to; position++) {
      const flags = CHAR_FLAGS[folded.charCodeAt(position)]!;
      if ((flags & SENTENCE_END_FLAG) !== 0) {
        asking = (flags & QUESTION_FLAG) !== 0;
        break;
      }
    }
    questions[index] = asking ? 1 : 0;
  }
  return { words, starts, ends, breaks, questions };
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
