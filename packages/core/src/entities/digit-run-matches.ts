/**
 * The matches of `sticky` (a pattern with the `y` flag) in `scan`, for a pattern whose matches can only start
 * where a run of ASCII digits starts (it begins with a digit and its look-behind refuses a digit before it).
 * Gives what `scan.matchAll` of the same pattern with `g` would, in the same order, but tries the pattern
 * only at the starts of digit runs instead of at every offset.
 * @example digitRunMatches('el 15 de marzo', /(?<!\d)(\d{1,2}) de (marzo)/y) // [['15 de marzo', '15', 'marzo']]
 */
export function digitRunMatches(scan: string, sticky: RegExp): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let previousDigit = false;
  for (let index = 0; index < scan.length; index++) {
    const code = scan.charCodeAt(index);
    const digit = code >= 48 && code <= 57;
    if (digit && !previousDigit) {
      sticky.lastIndex = index;
      const match = sticky.exec(scan);
      if (match && match[0].length > 0) {
        matches.push(match);
        // Matches do not overlap: the search goes on where this one ends.
        index += match[0].length - 1;
        previousDigit = isAsciiDigit(scan.charCodeAt(index));
        continue;
      }
    }
    previousDigit = digit;
  }
  return matches;
}

const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;
