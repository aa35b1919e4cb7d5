/** What the surface of a message shows, whatever its language: emoji, emoticons, shouting, punctuation. */
export interface SurfaceSignals {
  readonly positiveEmoji: number;
  readonly negativeEmoji: number;
  readonly angryEmoji: number;
  /** Most cased letters are capitals, or at least half the words (4 or more) are (at least 8 letters). */
  readonly shouting: boolean;
  /** The longest run of `!`/`?` (full-width too) when it is 2 or more, else 0. */
  readonly repeatedPunctuation: number;
}

const ANGRY_EMOJI = ['😡', '🤬', '😠', '💢', '😤', '🖕', '👿'];
const NEGATIVE_EMOJI = ['😢', '😭', '😞', '😔', '😟', '😕', '🙁', '☹', '😩', '😫', '😣', '😖', '💔', '👎', '🙄', '😒', '🤢', '🤮', '💩', '😑', '😿', '😥', '😓', '🤡'];
const POSITIVE_EMOJI = [
  '😊', '😍', '🥰', '❤', '💕', '💖', '💗', '💓', '💞', '💯', '👍', '👌', '🙌', '👏', '🤩', '😀', '😁', '😃', '😄', '😆', '☺', '🥳', '✨', '🎉', '💪',
  '😘', '🤗', '😻', '⭐', '🌟', '🙏', '💝', '🤍', '💙', '💚', '💛', '💜', '🧡', '😇', '🫶', '🆗',
];
const anyOf = (emoji: readonly string[]): RegExp => new RegExp(emoji.join('|'), 'gu');
const ANGRY = anyOf(ANGRY_EMOJI);
const NEGATIVE = anyOf(NEGATIVE_EMOJI);
const POSITIVE = anyOf(POSITIVE_EMOJI);
const POSITIVE_EMOTICON = /(?:^|\s)(?:[:;=]-?[)D\]]|\^_?\^|<3)(?=\s|$)/g;
const NEGATIVE_EMOTICON = /(?:&gt;|>)?[:=]'?-?[([]|(?<![a-z\d])[:=]-?[/\\](?![/\\\w])|\bT_+T\b|;_;|-_-|-\.-|\bD:/gi;
const CASED = /^[\p{Lu}\p{Ll}]$/u;
const UPPER = /^\p{Lu}$/u;

/** First code units of the emoji above: a text without any has none of them. */
const EMOJI_STARTS: ReadonlySet<number> = new Set([...ANGRY_EMOJI, ...NEGATIVE_EMOJI, ...POSITIVE_EMOJI].map((emoji) => emoji.charCodeAt(0)));

// ASCII characters the emoticon patterns need: a positive emoticon holds one of `:;=^<`; a negative one holds one of
// `:=_` or the sequence `-.`.
const POSITIVE_MARK = 1;
const NEGATIVE_MARK = 2;
const ASCII_MARKS = new Uint8Array(128);
for (const char of ':;=^<') ASCII_MARKS[char.charCodeAt(0)]! |= POSITIVE_MARK;
for (const char of ':=_') ASCII_MARKS[char.charCodeAt(0)]! |= NEGATIVE_MARK;
const HYPHEN = 0x2d;
const DOT = 0x2e;

/** Letter case by character: 0 not yet known, 1 uncased, 2 lower case, 3 upper case (BMP: filled on first sight). */
const NO_CASE = 1;
const LOWER = 2;
const UPPER_CASE = 3;
const BMP_CASE = new Uint8Array(0x10000);
for (let code = 0; code < 0x80; code++) BMP_CASE[code] = code >= 65 && code <= 90 ? UPPER_CASE : code >= 97 && code <= 122 ? LOWER : NO_CASE;
const astralCase = new Map<number, number>();

const caseOf = (char: string): number => (CASED.test(char) ? (UPPER.test(char) ? UPPER_CASE : LOWER) : NO_CASE);

function bmpCase(code: number): number {
  let known = BMP_CASE[code]!;
  if (known === 0) BMP_CASE[code] = known = caseOf(String.fromCharCode(code));
  return known;
}

/** Whether a cased word is all capitals (`word === word.toUpperCase()`), without upper-casing ASCII words. */
function isShouted(text: string, start: number, end: number, ascii: boolean, asciiLower: boolean): boolean {
  if (ascii) return !asciiLower;
  const word = text.slice(start, end);
  return word === word.toUpperCase();
}

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/**
 * Reads the language-independent signals of a message in one pass over its characters; the emoji and emoticon
 * patterns run only on texts that hold a character they need.
 * @example readSurfaceSignals('WHERE IS MY ORDER?? 😡').shouting // true
 */
export function readSurfaceSignals(text: string): SurfaceSignals {
  // Cased letters (BMP only) and capitals among them.
  let letters = 0;
  let upper = 0;
  // Words: runs of cased letters (astral ones too), and how many are all capitals (2 code units or more).
  let words = 0;
  let shoutedWords = 0;
  let wordStart = -1;
  let wordAscii = true;
  let wordAsciiLower = false;
  let run = 0;
  let longestRun = 0;
  let marks = 0;
  let emoji = false;
  const endWord = (end: number): void => {
    words++;
    if (end - wordStart >= 2 && isShouted(text, wordStart, end, wordAscii, wordAsciiLower)) shoutedWords++;
    wordStart = -1;
  };
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // `!`, `?`, `！`, `？`
    if (code === 0x21 || code === 0x3f || code === 0xff01 || code === 0xff1f) {
      run++;
      if (run > longestRun) longestRun = run;
    } else run = 0;
    if (code < 0x80) marks |= ASCII_MARKS[code]! | (code === HYPHEN && text.charCodeAt(index + 1) === DOT ? NEGATIVE_MARK : 0);
    else if (EMOJI_STARTS.has(code)) emoji = true;
    let letterCase: number;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && text.charCodeAt(index + 1) >= 0xdc00 && text.charCodeAt(index + 1) <= 0xdfff) {
      const point = text.codePointAt(index)!;
      let known = astralCase.get(point);
      if (known === undefined) astralCase.set(point, (known = caseOf(String.fromCodePoint(point))));
      letterCase = known;
      width = 2;
    } else if (code >= 0xd800 && code <= 0xdfff) letterCase = NO_CASE;
    else {
      letterCase = bmpCase(code);
      if (letterCase !== NO_CASE) {
        letters++;
        if (letterCase === UPPER_CASE) upper++;
      }
    }
    if (letterCase === NO_CASE) {
      if (wordStart >= 0) endWord(index);
    } else {
      if (wordStart < 0) {
        wordStart = index;
        wordAscii = true;
        wordAsciiLower = false;
      }
      if (code >= 0x80) wordAscii = false;
      else if (letterCase === LOWER) wordAsciiLower = true;
    }
    // The low surrogate of a pair is read with its high one.
    if (width === 2) index++;
  }
  if (wordStart >= 0) endWord(text.length);
  return {
    positiveEmoji: (emoji ? count(text, POSITIVE) : 0) + ((marks & POSITIVE_MARK) !== 0 ? count(text, POSITIVE_EMOTICON) : 0),
    negativeEmoji: (emoji ? count(text, NEGATIVE) : 0) + ((marks & NEGATIVE_MARK) !== 0 ? count(text, NEGATIVE_EMOTICON) : 0),
    angryEmoji: emoji ? count(text, ANGRY) : 0,
    // Mostly capitals, or a shouted sentence inside a calmer message ("¡¡YA ES LA TERCERA VEZ!! quiero mi dinero").
    shouting: letters >= 8 && (upper / letters > 0.7 || (shoutedWords >= 4 && shoutedWords / words >= 0.5)),
    repeatedPunctuation: longestRun >= 2 ? longestRun : 0,
  };
}
