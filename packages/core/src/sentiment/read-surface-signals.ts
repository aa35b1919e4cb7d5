/** What the surface of a message shows, whatever its language: emoji, emoticons, shouting, punctuation. */
export interface SurfaceSignals {
  readonly positiveEmoji: number;
  readonly negativeEmoji: number;
  readonly angryEmoji: number;
  /** Most cased letters are capitals (at least 8 letters). */
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
  return {
    positiveEmoji: count(text, POSITIVE) + count(text, POSITIVE_EMOTICON),
    negativeEmoji: count(text, NEGATIVE) + count(text, NEGATIVE_EMOTICON),
    angryEmoji: count(text, ANGRY),
    shouting: letters >= 8 && upper / letters > 0.7,
    repeatedPunctuation: Math.max(0, ...(text.match(PUNCTUATION_RUN) ?? []).map((run) => [...run].length)),
  };
}
