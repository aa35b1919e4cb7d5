import type { LanguageCode } from '../languages.js';
import { inferChineseScript } from './infer-chinese-script.js';
import { normalizeLocale } from './locale-chain.js';

/** Mercado Libre site ids and their countries. */
const MERCADO_LIBRE_SITES: Readonly<Record<string, string>> = {
  MLA: 'AR', MLB: 'BR', MLM: 'MX', MLC: 'CL', MCO: 'CO', MPE: 'PE', MLU: 'UY', MEC: 'EC', MLV: 'VE', MBO: 'BO',
  MPY: 'PY', MCR: 'CR', MPA: 'PA', MRD: 'DO', MGT: 'GT', MHN: 'HN', MNI: 'NI', MSV: 'SV', MCU: 'CU',
};

/** Generic top-level domains whose marketplace site is in the United States (`amazon.com`). */
const US_DOMAINS: ReadonlySet<string> = new Set(['com']);

/**
 * The country of a marketplace site: a Mercado Libre site id (`MLM` → `MX`), a storefront domain
 * (`amazon.com.mx` → `MX`, `shopee.co.th` → `TH`, `amazon.com` → `US`) or a bare ISO 3166 code (`BR`).
 * @example regionOfSite('amazon.co.jp') // 'JP'
 */
export function regionOfSite(site: string | undefined): string | undefined {
  if (!site) return undefined;
  const trimmed = site.trim();
  const mercadoLibre = MERCADO_LIBRE_SITES[trimmed.toUpperCase()];
  if (mercadoLibre) return mercadoLibre;
  if (/^[a-z]{2}$/i.test(trimmed)) return trimmed.toUpperCase();
  const host = trimmed.toLowerCase().replace(/^[a-z]+:\/\//, '').split(/[/:?#]/)[0] ?? '';
  const labels = host.split('.').filter(Boolean);
  const last = labels.at(-1);
  if (labels.length < 2 || last === undefined) return undefined;
  if (/^[a-z]{2}$/.test(last)) return last === 'uk' ? 'GB' : last.toUpperCase();
  return US_DOMAINS.has(last) ? 'US' : undefined;
}

/** What the buyer's locale is inferred from. */
export interface BuyerLocaleInput {
  /** The locale the marketplace or caller gives (BCP 47); wins when valid. */
  readonly locale?: string | undefined;
  /** The language the message is written in. */
  readonly language: LanguageCode;
  /** The marketplace site (`MLM`, `amazon.com.mx`, `BR`). */
  readonly site?: string | undefined;
  /** The buyer's message: tells Traditional from Simplified Chinese when nothing else does. */
  readonly text?: string | undefined;
}

/**
 * The best locale for choosing templates: the given locale if valid; else the message's language with the site's
 * country (`es` on `MLM` → `es-MX`); for Chinese, the script the message is written in (`zh-Hant` for
 * `請問可以開發票嗎`). Returns `undefined` when there is nothing beyond the language.
 * @example resolveBuyerLocale({ language: 'pt', site: 'MLB' }) // 'pt-BR'
 */
export function resolveBuyerLocale(input: BuyerLocaleInput): string | undefined {
  const given = input.locale === undefined ? undefined : normalizeLocale(input.locale);
  if (given) return given;
  if (input.language === 'und') return undefined;
  const region = regionOfSite(input.site);
  const script = input.language === 'zh' && input.text ? inferChineseScript(input.text) : undefined;
  const tag = [input.language, script === 'Hant' ? 'Hant' : undefined, region].filter(Boolean).join('-');
  return tag === input.language ? undefined : normalizeLocale(tag);
}
