import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';
import type { LanguageCode } from '../languages.js';

/** Mercado Libre site ids. */
const MERCADO_LIBRE_SITES: Readonly<Record<string, CountryCode>> = {
  MLA: 'AR', MLB: 'BR', MLM: 'MX', MLC: 'CL', MCO: 'CO', MLU: 'UY', MPE: 'PE', MLV: 'VE', MEC: 'EC', MBO: 'BO', MPY: 'PY', MCR: 'CR', MPA: 'PA', MRD: 'DO', MGT: 'GT',
};
/** The country a buyer writing in a language most likely writes from, for national phone formats. */
const LANGUAGE_COUNTRY: Readonly<Record<string, CountryCode>> = {
  en: 'US', es: 'MX', pt: 'BR', fr: 'FR', de: 'DE', ja: 'JP', zh: 'CN', id: 'ID', th: 'TH',
};
const DOMAIN_SUFFIXES: Readonly<Record<string, CountryCode>> = { com: 'US', uk: 'GB', jp: 'JP', cn: 'CN' };

/**
 * The country whose national formats apply to a message: a marketplace site (`MLB`, `amazon.com.mx`,
 * `shopee.co.id`, `UK`, `th`) when it names one, else the language's usual market, else none.
 * @example siteCountry('MLM', 'es') // 'MX'
 */
export function siteCountry(site: string | undefined, language: LanguageCode | undefined): CountryCode | undefined {
  const trimmed = site?.trim();
  if (trimmed) {
    const upper = trimmed.toUpperCase();
    const mercadoLibre = MERCADO_LIBRE_SITES[upper];
    if (mercadoLibre) return mercadoLibre;
    const code = upper === 'UK' ? 'GB' : upper;
    if (/^[A-Z]{2}$/.test(code)) return isSupportedCountry(code) ? code : undefined;
    const suffix = upper.split('.').pop()?.toLowerCase() ?? '';
    const byDomain = DOMAIN_SUFFIXES[suffix];
    if (byDomain) return byDomain;
    const fromSuffix = suffix.toUpperCase();
    if (fromSuffix.length === 2 && isSupportedCountry(fromSuffix)) return fromSuffix;
  }
  return language ? LANGUAGE_COUNTRY[language] : undefined;
}
