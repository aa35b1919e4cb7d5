/**
 * The cache key of a text: NFKC, lower-cased, whitespace collapsed and trimmed, so trivially different copies of
 * a message (case, spacing, full-width forms) share one remote call.
 * @example cacheKey('  Where IS my  order? ') // 'where is my order?'
 */
export function cacheKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
