/** A stretch of digits, possibly written in groups (`4111 1111 1111 1111`, `112-4839201-5512873`). */
export interface NumberWindow {
  readonly start: number;
  readonly end: number;
  /** The digits alone. */
  readonly digits: string;
  /** The stretch as written (folded): digits, single spaces and hyphens. */
  readonly written: string;
  /** A Latin letter or `_` touches the stretch (`ABC123`), which makes it part of a code rather than a number. */
  readonly glued: boolean;
}

// Groups of digits joined by one space or hyphen; a run ends at anything else.
const DIGIT_RUN = /\d+(?:[ -]\d+)*/g;
const TOKEN = /\d+(?:-\d+)*/g;
const LETTER_LIKE = /[A-Za-z_]/;
/** At most this many space-separated tokens are joined into one number. */
const MAX_TOKENS = 9;

/** A digit run cut into its space-separated tokens. */
interface DigitRun {
  readonly tokens: readonly { readonly start: number; readonly end: number; readonly digits: string }[];
  /** A Latin letter or `_` touches the run's start or end. */
  readonly gluedBefore: boolean;
  readonly gluedAfter: boolean;
}

let lastScan: string | undefined;
let lastRuns: readonly DigitRun[] = [];

/** The digit runs of a text, cut once: several recognizers walk the same text's windows in turn. */
function digitRunsOf(scan: string): readonly DigitRun[] {
  if (scan === lastScan) return lastRuns;
  const runs: DigitRun[] = [];
  DIGIT_RUN.lastIndex = 0;
  for (const run of scan.matchAll(DIGIT_RUN)) {
    const runStart = run.index;
    const runEnd = runStart + run[0].length;
    const tokens: { start: number; end: number; digits: string }[] = [];
    TOKEN.lastIndex = 0;
    for (const token of run[0].matchAll(TOKEN)) {
      tokens.push({ start: runStart + token.index, end: runStart + token.index + token[0].length, digits: token[0].replace(/-/g, '') });
    }
    runs.push({ tokens, gluedBefore: LETTER_LIKE.test(scan.charAt(runStart - 1)), gluedAfter: LETTER_LIKE.test(scan.charAt(runEnd)) });
  }
  lastScan = scan;
  lastRuns = runs;
  return runs;
}

/**
 * Calls `visit` for every window of consecutive space-separated tokens of each digit run (hyphenated groups stay
 * whole), holding `minDigits` to `maxDigits` digits and {@link MAX_TOKENS} tokens. Work is linear in the text length:
 * each token starts at most nine windows and a run longer than `maxDigits` is skipped token by token. `startsAt`,
 * when given, says which token starts are worth any window at all.
 * @example forEachNumberWindow('card 4111 1111 1111 1111', 13, 19, (window) => console.log(window.digits))
 */
export function forEachNumberWindow(scan: string, minDigits: number, maxDigits: number, visit: (window: NumberWindow) => void, startsAt?: (start: number) => boolean): void {
  for (const { tokens, gluedBefore, gluedAfter } of digitRunsOf(scan)) {
    for (let first = 0; first < tokens.length; first++) {
      if (startsAt && !startsAt(tokens[first]!.start)) continue;
      let digits = '';
      for (let last = first; last < tokens.length && last - first < MAX_TOKENS; last++) {
        digits += tokens[last]!.digits;
        if (digits.length > maxDigits) break;
        if (digits.length < minDigits) continue;
        const start = tokens[first]!.start;
        const end = tokens[last]!.end;
        visit({
          start, end, digits, written: scan.slice(start, end),
          glued: (first === 0 && gluedBefore) || (last === tokens.length - 1 && gluedAfter),
        });
      }
    }
  }
}
