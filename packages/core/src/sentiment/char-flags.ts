/** A clause break: punctuation, brackets, quotes, a line break. */
export const BREAK_FLAG = 1;
/** A clause break in Thai, which writes spaces between phrases: the breaks above plus any white space. */
export const SPACE_BREAK_FLAG = 2;
/** A character that ends a sentence. */
export const SENTENCE_END_FLAG = 4;
/** A question mark (ASCII or full-width). */
export const QUESTION_FLAG = 8;

const BREAKS = '.,;:!?…。、，．！？；：\n()（）「」『』【】"“”«»';
const SPACE_BREAKS = '.,;:!?…。、，．！？；：()（）「」『』【】"“”';
/** What `\s` matches in a JavaScript regular expression. */
const WHITE_SPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const SENTENCE_ENDS = '.!?…。！？\n';
const QUESTIONS = '?？';

function buildFlags(): Uint8Array {
  const flags = new Uint8Array(0x10000);
  const mark = (chars: string, flag: number): void => {
    for (let index = 0; index < chars.length; index++) flags[chars.charCodeAt(index)]! |= flag;
  };
  mark(BREAKS, BREAK_FLAG);
  mark(SPACE_BREAKS, SPACE_BREAK_FLAG);
  mark(WHITE_SPACE, SPACE_BREAK_FLAG);
  mark(SENTENCE_ENDS, SENTENCE_END_FLAG);
  mark(QUESTIONS, QUESTION_FLAG);
  return flags;
}

/**
 * The punctuation classes the lexicon scanners test, one bit each, by UTF-16 code unit: one table look-up per
 * character instead of a regular expression test. Every class is made of BMP characters, so a code unit is enough.
 * @example (CHAR_FLAGS['？'.charCodeAt(0)]! & QUESTION_FLAG) !== 0 // true
 */
export const CHAR_FLAGS: Readonly<Uint8Array> = buildFlags();
