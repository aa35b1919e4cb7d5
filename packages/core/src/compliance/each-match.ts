/**
 * Visits every match of a global regular expression in `text`, in order, exactly as `text.matchAll(pattern)` yields
 * them (empty matches included, the search then moving on by one character), without the copy of the expression
 * that `matchAll` makes on every call, which for the long phrase lists costs more than the search itself.
 * The expression's `lastIndex` is used during the walk and is 0 again after it: `visit` must not use `pattern`.
 * @throws TypeError when `pattern` is not global, as `matchAll` does
 * @example eachMatch(/\d+/g, 'a1b22', (match) => console.log(match.index, match[0])) // 1 '1', then 3 '22'
 */
export function eachMatch(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  if (!pattern.global) throw new TypeError('[core] eachMatch() needs a global regular expression (flag `g`).');
  const unicode = /[uv]/.test(pattern.flags);
  pattern.lastIndex = 0;
  try {
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (match[0].length === 0) pattern.lastIndex = advance(text, pattern.lastIndex, unicode);
      visit(match);
    }
  } finally {
    pattern.lastIndex = 0;
  }
}

/** The next index after `index`: past a whole surrogate pair in unicode mode, as `matchAll` steps. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return index + 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
