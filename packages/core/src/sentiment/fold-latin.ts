import { foldText } from '../text/fold.js';

/** Code units below this are Basic Latin, Latin-1 and Latin Extended-A/B, whose folds do not depend on their neighbours. */
const LATIN_END = 0x250;
let folds: readonly string[] | undefined;

/** `foldText` of every code unit below {@link LATIN_END}, computed on first use. */
function latinFolds(): readonly string[] {
  folds ??= Array.from({ length: LATIN_END }, (_, code) => foldText(String.fromCharCode(code)));
  return folds;
}

/**
 * `foldText(text)`, without Unicode normalization for text written in Latin letters only: each accented letter is
 * replaced by its precomputed fold (`É` → `e`, `ß` → `ss`) and the rest is lower-cased. Other text goes to
 * `foldText`.
 * @example foldLatin('¿Dónde está mi PEDIDO?') // '¿donde esta mi pedido?'
 */
export function foldLatin(text: string): string {
  let accented = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= LATIN_END) return foldText(text);
    if (code >= 0x80) accented = true;
  }
  if (!accented) return text.toLowerCase();
  const table = latinFolds();
  let folded = '';
  let runStart = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) continue;
    folded += text.slice(runStart, index).toLowerCase() + table[code]!;
    runStart = index + 1;
  }
  return folded + text.slice(runStart).toLowerCase();
}
