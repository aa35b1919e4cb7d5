import { clampConfidence } from './confidence.js';
import { contextBoost } from './context-words.js';
import type { EntityCandidate, Recognizer } from './entity-candidate.js';
import { isLuhnValid } from './luhn.js';
import { forEachNumberWindow } from './number-windows.js';

/**
 * Whether a Luhn-valid number's first digits and length fit an issued card range. Broad on purpose (every major
 * network and the local ones of our markets: Elo, Hipercard, JCB, UnionPay, RuPay, Mir, Troy), since a missed
 * card leaks; it rules out what no card looks like: 0, 7, 15-digit numbers outside Amex and UATP, 13 digits
 * outside Visa, Mastercard lengths other than 16, and 2 outside Mastercard's 2221–2720 and Mir's 2200–2204.
 */
function fitsCardRange(digits: string): boolean {
  const length = digits.length;
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  switch (digits.charAt(0)) {
    case '1': return length === 15;
    case '2':
      if (four >= 2221 && four <= 2720) return length === 16;
      return four >= 2200 && four <= 2204 && length >= 16;
    case '3':
      if (two === 34 || two === 37) return length === 15;
      return length >= 14 && length !== 15;
    case '4': return length === 13 || length === 16 || length === 19;
    case '5':
      if (two >= 51 && two <= 55) return length === 16;
      return length >= 12 && length !== 15;
    case '6':
    case '8':
    case '9':
      return length >= 16;
    default:
      return false;
  }
}

const EXPIRY = String.raw`(?:(?:exp(?:iry|ires)?|vence|venc|validade|val|valable|gültig bis|有効期限|有效期)\.?\s?:?\s?)?(?:0[1-9]|1[0-2])\s?\/\s?(?:\d{4}|\d{2})(?!\d)`;
const CODE_WORD = String.raw`(?:cvv2?|cvc2?|csc|c[oó]digo de seguran[cç]a|c[oó]digo de seguridad|cryptogramme|prüfnummer|セキュリティコード|安全码)`;
/** After a card: an expiry date, then a security code (with its word, or straight after the expiry). */
const EXPIRY_AND_CODE = new RegExp(String.raw`^(?:[\s,;]{1,3}${EXPIRY}(?:[\s,;]{1,3}(?:${CODE_WORD}\s?:?\s?)?\d{3,4}(?!\d))?|[\s,;]{1,3}${CODE_WORD}\s?:?\s?\d{3,4}(?!\d))`, 'iu');

/** Networks by first digits, for `attributes.network`. */
function network(digits: string): string | undefined {
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  if (digits.startsWith('4')) return 'visa';
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return 'mastercard';
  if (two === 34 || two === 37) return 'amex';
  if (four >= 3528 && four <= 3589) return 'jcb';
  if (two === 62) return 'unionpay';
  if (digits.startsWith('6011') || two === 65 || (four >= 6440 && four <= 6499)) return 'discover';
  if (two === 36 || two === 38 || (four >= 3000 && four <= 3059)) return 'diners';
  if (four >= 2200 && four <= 2204) return 'mir';
  return undefined;
}

/**
 * Payment card numbers: 13–19 digits, whole or in groups (`4111 1111 1111 1111`, `4111-1111-…`), that pass Luhn
 * and fit an issued range. An expiry date and security code written right after the number belong to the card's
 * span (`4111 1111 1111 1111 12/25 cvv 123`), so masking hides them too; 18- and 19-digit numbers (rare
 * for cards, common for marketplace ids) are only likely cards after a card word.
 */
export const recognizePaymentCards: Recognizer = (input) => {
  const found: EntityCandidate[] = [];
  if (input.digits < 13) return found;
  forEachNumberWindow(input.scan, 13, 19, (window) => {
    const { digits } = window;
    if (digits.length < 13 || !fitsCardRange(digits) || !isLuhnValid(digits)) return;
    const usual = digits.length === 15 || digits.length === 16;
    const base = usual ? 0.9 : digits.length >= 18 ? 0.5 : 0.7;
    const name = network(digits);
    // The expiry date and security code written right after the number are part of the card's data.
    const extra = EXPIRY_AND_CODE.exec(input.scan.slice(window.end, window.end + 48));
    const end = window.end + (extra?.[0].trimEnd().length ?? 0);
    found.push({
      type: 'card_number', start: window.start, end, value: digits,
      confidence: clampConfidence(base + contextBoost(input, window.start, 'card')),
      ...(name ? { attributes: { network: name } } : {}),
    });
  });
  return found;
};
