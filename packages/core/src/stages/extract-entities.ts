import { findPhoneNumbersInText, isSupportedCountry, type CountryCode } from 'libphonenumber-js/min';
import type { LanguageCode } from '../languages.js';
import type { Entity } from '../schemas/entity.js';

/** Options of {@link extractEntities}. */
export interface ExtractEntitiesOptions {
  /** Used to read national phone numbers (`55 1234 5678` in Mexico). */
  readonly language?: LanguageCode;
  /** A marketplace site or country (ISO 3166 alpha-2) to read national phone numbers; wins over language. */
  readonly country?: string;
  /** Entity types that count as personal data. @default ['email', 'phone', 'card_number'] */
  readonly piiTypes?: readonly string[];
}

const DEFAULT_PII_TYPES = ['email', 'phone', 'card_number'] as const;
const LANGUAGE_COUNTRY: Readonly<Record<string, CountryCode>> = {
  en: 'US', es: 'MX', pt: 'BR', fr: 'FR', de: 'DE', ja: 'JP', zh: 'CN', id: 'ID', th: 'TH',
};

interface Pattern {
  readonly type: string;
  readonly regex: RegExp;
  /** A cheap test that must pass for the pattern to be tried at all. */
  readonly needs: (text: string) => boolean;
  readonly attributes?: Readonly<Record<string, string>>;
  /** Rejects matches that only look right (check digits, dates). */
  readonly accept?: (match: string) => boolean;
  readonly value?: (match: string) => string;
}

const digitsOnly = (text: string): string => text.replace(/\D/g, '');
const hasDigit = (text: string): boolean => /\d/.test(text);

/** UPU S10 check digit (international postal items: Correios, Japan Post, China Post, La Poste…). */
function isValidS10(code: string): boolean {
  const digits = code.slice(2, 10);
  const check = Number(code[10]);
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += Number(digits[index]) * (weights[index] ?? 0);
  let expected = 11 - (sum % 11);
  if (expected === 10) expected = 0;
  else if (expected === 11) expected = 5;
  return expected === check;
}

/** The Luhn checksum that payment card numbers carry. */
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index--) {
    let digit = digits.charCodeAt(index) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

const URL_PATTERN: Pattern = { type: 'url', needs: (text) => text.includes('.'), regex: /\b(?:https?:\/\/|www\.)[^\s<>"'）)]+|\b(?:bit\.ly|t\.co|tinyurl\.com|wa\.me|t\.me)\/[^\s<>"']+/gi };

// Order in this list is priority: an earlier pattern claims its span first.
const PATTERNS: readonly Pattern[] = [
  { type: 'email', needs: (text) => text.includes('@'), regex: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, value: (match) => match.toLowerCase() },
  { type: 'order_number', needs: hasDigit, regex: /(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])/g, attributes: { marketplace: 'amazon' } },
  { type: 'tracking_number', needs: hasDigit, regex: /\b1Z[0-9A-Z]{16}\b/g, attributes: { carrier: 'ups' }, value: (match) => match.toUpperCase() },
  { type: 'tracking_number', needs: hasDigit, regex: /\bSF\d{12,13}\b/gi, attributes: { carrier: 'sf-express' }, value: (match) => match.toUpperCase() },
  {
    type: 'tracking_number', needs: hasDigit, regex: /\b[A-Z]{2}\d{9}[A-Z]{2}\b/g, attributes: { carrier: 'postal-s10' },
    accept: isValidS10,
  },
  { type: 'tracking_number', needs: hasDigit, regex: /\b(?:9[1-5]\d{20}|420\d{5}9[1-5]\d{20})\b/g, attributes: { carrier: 'usps' } },
  { type: 'order_number', needs: hasDigit, regex: /(?<!\d)2000\d{12}(?!\d)/g, attributes: { marketplace: 'mercadolibre' } },
  { type: 'order_number', needs: hasDigit, regex: /(?<!\d)\d{18}(?!\d)/g, attributes: { marketplace: 'tiktok' } },
  {
    type: 'order_number', needs: hasDigit, regex: /\b\d{6}[A-Z0-9]{8}\b/g, attributes: { marketplace: 'shopee' },
    // Shopee order SNs start with the order date (YYMMDD) and carry letters.
    accept: (match) => /[A-Z]/.test(match.slice(6)) && Number(match.slice(2, 4)) >= 1 && Number(match.slice(2, 4)) <= 12 && Number(match.slice(4, 6)) >= 1 && Number(match.slice(4, 6)) <= 31,
  },
  {
    type: 'money', needs: hasDigit,
    regex: /(?:US\$|MX\$|R\$|C\$|A\$|HK\$|NT\$|S\$|\$|€|£|¥|￥|฿|₱|Rp\.?)\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|円|元|块|บาท|(?:USD|EUR|MXN|BRL|JPY|CNY|RMB|IDR|THB|GBP|pesos?|reais|euros?|d[oó]lares|dollars?|baht|rupiah|yuan)\b)/giu,
  },
];

/**
 * The entity stage: finds order numbers (Amazon, TikTok Shop, Mercado Libre, Shopee), tracking numbers (UPS,
 * USPS, SF Express, UPU S10 postal codes with their check digit), e-mails, phone numbers (libphonenumber-js,
 * national formats from the language or country), Luhn-valid card numbers, URLs and money amounts.
 * Spans never overlap; earlier, more specific types win.
 * @example extractEntities('Order 112-4839201-5512873?')[0]?.attributes // { marketplace: 'amazon' }
 */
export function extractEntities(text: string, options: ExtractEntitiesOptions = {}): Entity[] {
  const piiTypes = new Set<string>(options.piiTypes ?? DEFAULT_PII_TYPES);
  const found: Entity[] = [];
  const overlaps = (start: number, end: number): boolean => found.some((entity) => start < entity.end && end > entity.start);
  const add = (entity: Omit<Entity, 'pii'>): void => {
    if (!overlaps(entity.start, entity.end)) found.push({ ...entity, pii: piiTypes.has(entity.type) });
  };

  // Order is priority: order and tracking numbers, then phones (also inside wa.me links), then URLs, cards, money.
  for (const pattern of PATTERNS) {
    if (pattern.type === 'money') {
      if (hasDigit(text)) addPhones(text, options, add);
      addPattern(URL_PATTERN);
      if (hasDigit(text)) addCards(text, add);
    }
    addPattern(pattern);
  }
  return found.sort((a, b) => a.start - b.start);

  function addPattern(pattern: Pattern): void {
    if (!pattern.needs(text)) return;
    pattern.regex.lastIndex = 0;
    for (const match of text.matchAll(pattern.regex)) {
      const raw = match[0].replace(/[.,;:!?]+$/, '');
      if (pattern.accept && !pattern.accept(raw)) continue;
      const entity: Omit<Entity, 'pii'> = {
        type: pattern.type,
        text: raw,
        start: match.index,
        end: match.index + raw.length,
        value: pattern.value ? pattern.value(raw) : raw,
        ...(pattern.attributes ? { attributes: pattern.attributes } : {}),
      };
      add(entity);
    }
  }
}

/** The country whose national phone formats apply: a supported `country`, else the language's, else the US. */
function phoneCountry(options: ExtractEntitiesOptions): CountryCode {
  const given = options.country?.toUpperCase();
  const candidate = given === 'UK' ? 'GB' : given;
  if (candidate && isSupportedCountry(candidate)) return candidate;
  return LANGUAGE_COUNTRY[options.language ?? 'und'] ?? 'US';
}

function addPhones(text: string, options: ExtractEntitiesOptions, add: (entity: Omit<Entity, 'pii'>) => void): void {
  if (!/\d{3}/.test(text.replace(/[\s().-]/g, ''))) return;
  for (const phone of findPhoneNumbersInText(text, { defaultCountry: phoneCountry(options) })) {
    add({
      type: 'phone',
      text: text.slice(phone.startsAt, phone.endsAt),
      start: phone.startsAt,
      end: phone.endsAt,
      value: phone.number.number,
      ...(phone.number.country ? { attributes: { country: phone.number.country } } : {}),
    });
  }
}

/**
 * Payment cards: maximal runs of digit groups (linear scan), then, within a run, the longest window of whole
 * groups holding 13–19 digits that passes Luhn. A card next to an expiry date or a CVV ("4111 1111 1111 1111
 * 12/25") is still found.
 */
function addCards(text: string, add: (entity: Omit<Entity, 'pii'>) => void): void {
  for (const run of text.matchAll(/\d+(?:[ -]\d+)*/g)) {
    const groups: { start: number; end: number }[] = [];
    for (const group of run[0].matchAll(/\d+/g)) groups.push({ start: run.index + group.index, end: run.index + group.index + group[0].length });
    let first = 0;
    while (first < groups.length) {
      let found = -1;
      let digits = '';
      for (let last = first; last < groups.length; last++) {
        digits += text.slice(groups[last]!.start, groups[last]!.end);
        if (digits.length > 19) break;
        if (digits.length >= 13 && isLuhnValid(digits)) found = last;
      }
      if (found === -1) {
        first++;
        continue;
      }
      const start = groups[first]!.start;
      const end = groups[found]!.end;
      add({ type: 'card_number', text: text.slice(start, end), start, end, value: digitsOnly(text.slice(start, end)) });
      first = found + 1;
    }
  }
}
