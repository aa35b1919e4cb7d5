import { distance } from 'fastest-levenshtein';

// How far a buyer's word may stray from a lexicon word and still count (a typo match), for the keyword index.

/** The shortest word that tolerates a typo. */
export const MIN_TYPO_LENGTH = 5;

/** Words of 5+ letters tolerate one edit, 8+ two. */
export function maxEdits(length: number): number {
  return length >= 8 ? 2 : length >= MIN_TYPO_LENGTH ? 1 : 0;
}

/** Edit distance counting a swap of two adjacent letters as one edit (buyers type "fatcura" for "factura"). */
export function typoDistance(a: string, b: string): number {
  const plain = distance(a, b);
  if (plain !== 2 || a.length !== b.length) return plain;
  let first = -1;
  for (let index = 0; index < a.length; index++) {
    if (a[index] === b[index]) continue;
    if (first === -1) first = index;
    else return index === first + 1 && a[first] === b[index] && a[index] === b[first] ? 1 : plain;
  }
  return plain;
}

/** Whether `word` starts with `stem`, allowing one typo in stems of 8+ letters (shorter stems are too loose: "content*" would match "contenait"). */
export function stemMatches(stem: string, word: string): boolean {
  if (word.startsWith(stem)) return true;
  if (stem.length < 8 || word.length < stem.length - 1 || word[0] !== stem[0]) return false;
  for (let length = stem.length - 1; length <= stem.length + 1; length++) {
    if (word.length >= length && typoDistance(stem, word.slice(0, length)) <= 1) return true;
  }
  return false;
}
