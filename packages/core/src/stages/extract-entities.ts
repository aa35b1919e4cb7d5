import type { LanguageCode } from '../languages.js';
import type { Entity, EntityType } from '../schemas/entity.js';
import { calendarDateOf } from '../entities/calendar-date.js';
import { recognizeDates } from '../entities/dates.js';
import { recognizeEmailAddresses } from '../entities/email-addresses.js';
import type { EntityCandidate, Recognizer, RecognizerInput } from '../entities/entity-candidate.js';
import { recognizeMoneyAmounts } from '../entities/money-amounts.js';
import { recognizeNationalIds } from '../entities/national-ids.js';
import { recognizeOrderNumbers } from '../entities/order-numbers.js';
import { recognizePaymentCards } from '../entities/payment-cards.js';
import { recognizePhoneNumbers } from '../entities/phone-numbers.js';
import { DEFAULT_PII_TYPES } from '../entities/pii-policy.js';
import { recognizeProductIds } from '../entities/product-ids.js';
import { resolveOverlaps } from '../entities/resolve-overlaps.js';
import { countAsciiDigits, foldForScan } from '../entities/scan-text.js';
import { siteCountry } from '../entities/site-country.js';
import { recognizeStreetAddresses } from '../entities/street-addresses.js';
import { recognizeTrackingNumbers } from '../entities/tracking-numbers.js';
import { recognizeWebAddresses } from '../entities/web-addresses.js';

export { isLuhnValid } from '../entities/luhn.js';

/** Options of {@link extractEntities}. */
export interface ExtractEntitiesOptions {
  /** The message's language: national phone formats, D/M versus M/D, `¥`, words such as "real". */
  readonly language?: LanguageCode;
  /**
   * A marketplace site or country: `MLB`, `amazon.com.mx`, `shopee.co.th`, `US`, `UK`. Wins over the language
   * for national phone numbers, `$` and date order.
   */
  readonly country?: string;
  /** The marketplace (`amazon`, `tiktok`, `mercadolibre`, `shopee`…): its own order-number format gains confidence. */
  readonly marketplace?: string;
  /**
   * When the message was written (its `createdAt`/`sentAt`): relative dates ("tomorrow", "next Friday") count
   * from this day. An ISO string keeps the writer's own calendar day. @default now
   */
  readonly referenceDate?: Date | string | number;
  /** An IANA time zone that reads `referenceDate` (e.g. `America/Mexico_City`). @default the string's own offset, else UTC */
  readonly timeZone?: string;
  /** Entity types that count as personal data (their `pii` flag). @default DEFAULT_PII_TYPES */
  readonly piiTypes?: readonly EntityType[];
  /** Entity types to look for. @default all */
  readonly types?: readonly EntityType[];
}

/** Every recognizer with the entity types it yields. */
const RECOGNIZERS: readonly (readonly [Recognizer, readonly EntityType[]])[] = [
  [recognizeEmailAddresses, ['email']],
  [recognizeWebAddresses, ['url']],
  [recognizeOrderNumbers, ['order_number']],
  [recognizeTrackingNumbers, ['tracking_number']],
  [recognizeProductIds, ['asin', 'sku']],
  [recognizePaymentCards, ['card_number']],
  [recognizeNationalIds, ['national_id']],
  [recognizePhoneNumbers, ['phone']],
  [recognizeMoneyAmounts, ['money']],
  [recognizeDates, ['date']],
  [recognizeStreetAddresses, ['address']],
];

/**
 * The entity stage. Finds, with offsets into `text` and a normalized `value`:
 * - `order_number`: Amazon 3-7-7, TikTok Shop 18-digit, Mercado Libre order and pack ids, Shopee order SNs, and
 *   any number right after an order word in the nine languages (`pedido`, `注文番号`, `订单号`, `nomor pesanan`,
 *   `หมายเลขคำสั่งซื้อ`, `Bestellnummer`, `commande`…);
 * - `tracking_number` with `attributes.carrier`: UPS, USPS, FedEx, DHL, Japan Post, Yamato, Sagawa, SF Express,
 *   J&T, Estafeta, Correios and other UPU S10 posts, Flash, Kerry, Cainiao, YunExpress (check digits where
 *   the carrier defines them);
 * - `asin` and `sku`; `money` with its ISO currency; `date` as ISO `YYYY-MM-DD`, relative dates counted from
 *   `referenceDate`; `email`; `phone` (libphonenumber-js, E.164); `url`; `card_number` (Luhn); `national_id`
 *   (CPF, CNPJ, CURP, RFC); `address` (street addresses in the nine languages' shapes).
 *
 * Full-width digits and separators, Thai digits and spaces inside numbers are read; context words raise
 * confidence and settle look-alikes (a number after "tarjeta" is a card, after "pack" a Mercado Libre pack).
 * Each span gets one entity: the most confident reading wins (see `resolveOverlaps`). Work is linear in the
 * text length: every pattern is bounded, so adversarial input (a megabyte of digits) completes. Never throws on a
 * string.
 * @example
 * extractEntities('Pedido 112-4839201-5512873, llega mañana?', { language: 'es', referenceDate: '2026-03-02T10:00:00-06:00' })
 * // [{ type: 'order_number', value: '112-4839201-5512873', attributes: { marketplace: 'amazon' }, … },
 * //  { type: 'date', value: '2026-03-03', attributes: { kind: 'relative' }, … }]
 */
export function extractEntities(text: string, options: ExtractEntitiesOptions = {}): Entity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const piiTypes = new Set<string>(options.piiTypes ?? DEFAULT_PII_TYPES);
  const wanted = options.types ? new Set<string>(options.types) : undefined;
  const scan = foldForScan(text);
  const input: RecognizerInput = {
    text,
    scan,
    digits: countAsciiDigits(scan),
    language: options.language,
    country: siteCountry(options.country, options.language),
    marketplace: options.marketplace,
    today: calendarDateOf(options.referenceDate, options.timeZone),
  };
  const candidates: EntityCandidate[] = [];
  for (const [recognize, yields] of RECOGNIZERS) {
    if (wanted && !yields.some((type) => wanted.has(type))) continue;
    for (const candidate of recognize(input)) if (!wanted || wanted.has(candidate.type)) candidates.push(candidate);
  }
  return resolveOverlaps(candidates, text.length, piiTypes).map((candidate): Entity => ({
    type: candidate.type,
    text: text.slice(candidate.start, candidate.end),
    start: candidate.start,
    end: candidate.end,
    value: candidate.value,
    confidence: candidate.confidence,
    ...(candidate.attributes ? { attributes: candidate.attributes } : {}),
    pii: piiTypes.has(candidate.type),
  }));
}
