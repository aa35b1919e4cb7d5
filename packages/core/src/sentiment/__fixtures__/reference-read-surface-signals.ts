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

const ANGRY = /😡|🤬|😠|💢|😤|🖕|👿/gu;
const NEGATIVE = /😢|😭|😞|😔|😟|😕|🙁|☹|😩|😫|😣|😖|💔|👎|🙄|😒|🤢|🤮|💩|😑|😿|😥|😓|🤡/gu;
const POSITIVE = /😊|😍|🥰|❤|💕|💖|💗|💓|💞|💯|👍|👌|🙌|👏|🤩|😀|😁|😃|😄|😆|☺|🥳|✨|🎉|💪|😘|🤗|😻|⭐|🌟|🙏|💝|🤍|💙|💚|💛|💜|🧡|😇|🫶|🆗/gu;
const POSITIVE_EMOTICON = /(?:^|\s)(?:[:;=]-?[)D\]]|\^_?\^|<3)(?=\s|$)/g;
const NEGATIVE_EMOTICON = /(?:&gt;|>)?[:=]'?-?[([]|(?<![a-z\d])[:=]-?[/\\](?![/\\\w])|\bT_+T\b|;_;|-_-|-\.-|\bD:/gi;
const PUNCTUATION_RUN = /[!?！？]{2,}/gu;
const CASED = /\p{Lu}|\p{Ll}/u;
/** Words written in a cased script (Latin, Greek, Cyrillic…). */
const CASED_WORD = /[\p{Lu}\p{Ll}]+/gu;
const UPPER = /\p{Lu}/u;

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/** Cased letters and how many are upper case, without building arrays (ASCII fast path). */
function countCase(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if (code >= 65 && code <= 90) {
        letters++;
        upper++;
      } else if (code >= 97 && code <= 122) letters++;
    } else if (code < 0xd800 || code > 0xdfff) {
      const char = text[index]!;
      if (CASED.test(char)) {
        letters++;
        if (UPPER.test(char)) upper++;
      }
    }
  }
  return { letters, upper };
}

/**
 * Reads the language-independent signals of a message.
 * @example readSurfaceSignals('WHERE IS MY ORDER?? 😡').shouting // true
 */
export function readSurfaceSignals(text: string): SurfaceSignals {
  const { letters, upper } = countCase(text);
  const words = text.match(CASED_WORD) ?? [];
  const shoutedWords = words.filter((word) => word.length >= 2 && word === word.toUpperCase()).length;
  return {
    positiveEmoji: count(text, POSITIVE) + count(text, POSITIVE_EMOTICON),
    negativeEmoji: count(text, NEGATIVE) + count(text, NEGATIVE_EMOTICON),
    angryEmoji: count(text, ANGRY),
    // Mostly capitals, or a shouted sentence inside a calmer message ("¡¡YA ES LA TERCERA VEZ!! quiero mi dinero").
    shouting: letters >= 8 && (upper / letters > 0.7 || (shoutedWords >= 4 && shoutedWords / words.length >= 0.5)),
    repeatedPunctuation: Math.max(0, ...(text.match(PUNCTUATION_RUN) ?? []).map((run) => [...run].length)),
  };
}
