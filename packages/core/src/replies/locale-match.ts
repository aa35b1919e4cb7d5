/** How a locale serves a buyer, from the fallback chain. */
export interface LocaleMatch {
  /** In [0, 1]: 1 for the buyer's own locale, less for each step back, 0.3 for a sibling variant, 0.1 for English. */
  readonly score: number;
  /** `locale:exact:es-MX`, `locale:fallback:es`, `locale:sibling:es-ES` or `locale:english-fallback`. */
  readonly reason: string;
}

/** How specific a tag is: with a region (0), with a script (1), the bare language (2). */
function levelOf(tag: string): number {
  const parts = tag.split('-');
  if (parts.some((part, index) => index > 0 && (/^[A-Z]{2}$/.test(part) || /^\d{3}$/.test(part)))) return 0;
  return parts.length > 1 ? 1 : 2;
}

/**
 * Places a text's locale on the buyer's fallback chain: an entry of the chain in the buyer's language scores by how
 * far it steps back from the buyer's own locale; a regional variant of that language outside the chain (`es-ES` for
 * an `es-MX` buyer) comes next, as better than another language; then the language of the buyer's locale when they
 * wrote in another; English, the last resort, comes last. Returns `undefined`
 * for a locale that serves neither.
 * @param locale a normalized tag (see `normalizeLocale`)
 * @param chain the buyer's chain (see `localeChain`)
 * @param language the language the buyer writes
 * @example matchLocale('es', ['es-MX', 'es', 'en'], 'es') // { score: 0.6, reason: 'locale:fallback:es' }
 */
export function matchLocale(locale: string, chain: readonly string[], language: string): LocaleMatch | undefined {
  const position = chain.indexOf(locale);
  if (locale.split('-')[0] === language) {
    if (position === -1) return { score: 0.3, reason: `locale:sibling:${locale}` };
    const first = chain.find((tag) => tag.split('-')[0] === language) ?? locale;
    const score = Math.max(0.4, 1 - 0.2 * Math.max(0, levelOf(locale) - levelOf(first)));
    return { score, reason: position === 0 ? `locale:exact:${locale}` : `locale:fallback:${locale}` };
  }
  if (position === -1) return undefined;
  // Another language: English as the last resort, or the language of the buyer's locale when they wrote in another.
  return locale === 'en' ? { score: 0.1, reason: 'locale:english-fallback' } : { score: 0.2, reason: `locale:fallback:${locale}` };
}
