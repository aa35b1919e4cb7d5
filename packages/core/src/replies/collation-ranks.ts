/**
 * Ranks strings in `localeCompare` order, equal ones sharing a rank: comparing two ranks gives the sign
 * `a.localeCompare(b)` gives, without asking the collator again on every comparison of a sort.
 * @example collationRanks(['b', 'a', 'B']).get('a') // 0
 */
export function collationRanks(values: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(values)].sort((a, b) => a.localeCompare(b));
  const ranks = new Map<string, number>();
  let rank = 0;
  sorted.forEach((value, index) => {
    if (index > 0 && sorted[index - 1]!.localeCompare(value) !== 0) rank = index;
    ranks.set(value, rank);
  });
  return ranks;
}
