import { clampConfidence } from './confidence.js';
import { contextBoost, contextDistance } from './context-words.js';
import type { EntityCandidate, Recognizer, RecognizerInput } from './entity-candidate.js';
import { lastValueMemo } from './last-value-memo.js';
import { forEachNumberWindow, type NumberWindow } from './number-windows.js';

const AMAZON_SHAPE = /^\d{3}[- ]\d{7}[- ]\d{7}$/;
const AMAZON_DIGITAL = /(?<![A-Za-z0-9])D\d{2}-\d{7}-\d{7}(?![A-Za-z0-9-])/g;
// Tokopedia invoices (`INV/20240928/MPL/2938475610`) and Mercari orders (`m49201837465`).
const TOKOPEDIA_INVOICE = /(?<![A-Za-z0-9])INV\/\d{8}\/[A-Z]{2,5}\/\d{6,12}(?![A-Za-z0-9/])/g;
const MERCARI_ORDER = /(?<![A-Za-z0-9])m\d{11}(?![A-Za-z0-9])/g;
// Shopee order SN: the order date (YYMMDD) and eight capitals or digits.
const SHOPEE_SN = /(?<![A-Za-z0-9])\d{6}[A-Za-z0-9]{8}(?![A-Za-z0-9])/g;

const isMarketplace = (input: RecognizerInput, name: string): boolean => input.marketplace?.toLowerCase().includes(name) === true;

/**
 * Order numbers of the marketplaces Lianxing serves, with `attributes.marketplace`:
 * - Amazon `3-7-7` (`112-4839201-5512873`, also with spaces, or 17 digits after an order word; `D01-…` digital orders);
 * - TikTok Shop 18-digit order ids starting with 5 (`576461234567890123`);
 * - Mercado Libre 16-digit ids starting with 2000, `kind: 'pack'` after a pack word, else `kind: 'order'`;
 * - Shopee order SNs (`240815K7Q2N3XB`: the order date, then eight capitals or digits);
 * - Tokopedia invoices (`INV/20240928/MPL/2938475610`) and Mercari orders (`m49201837465`, after an order word);
 * - any 6–20 digit number right after an order word in one of the nine languages (`Bestellnummer: 40213377`),
 *   with the marketplace the caller named, if any.
 * Context words raise confidence; the caller's marketplace raises its own formats.
 */
export const recognizeOrderNumbers: Recognizer = (input) => {
  const found: EntityCandidate[] = [];
  // Every shape below holds six digits or more.
  if (input.digits < 6) return found;
  const orderDistance = lastValueMemo((start) => ({ distance: contextDistance(input, start, 'order') }));
  const visit = (window: NumberWindow): void => {
    if (window.glued) return;
    const { digits, written } = window;
    const { distance } = orderDistance(window.start);
    const boost = distance === undefined ? 0 : distance <= 16 ? 0.3 : 0.15;
    const add = (confidence: number, value: string, attributes?: Readonly<Record<string, string>>): void => {
      found.push({ type: 'order_number', start: window.start, end: window.end, value, confidence: clampConfidence(confidence), ...(attributes ? { attributes } : {}) });
    };
    if (digits.length === 17 && (AMAZON_SHAPE.test(written) || (written === digits && boost > 0))) {
      const base = written.includes('-') ? 0.9 : written === digits ? 0.5 : 0.8;
      add(base + boost + (isMarketplace(input, 'amazon') ? 0.1 : 0), `${digits.slice(0, 3)}-${digits.slice(3, 10)}-${digits.slice(10)}`, { marketplace: 'amazon' });
      return;
    }
    if (digits.length === 18 && digits.startsWith('5')) {
      const base = digits.startsWith('57') || digits.startsWith('58') ? 0.75 : 0.55;
      add(base + boost + (isMarketplace(input, 'tiktok') ? 0.15 : 0), digits, { marketplace: 'tiktok' });
      return;
    }
    if (digits.length === 16 && digits.startsWith('2000')) {
      const packDistance = contextDistance(input, window.start, 'pack');
      const pack = packDistance !== undefined && (distance === undefined || packDistance <= distance);
      add(0.75 + boost + (isMarketplace(input, 'mercadolibre') ? 0.15 : 0), digits, { marketplace: 'mercadolibre', kind: pack ? 'pack' : 'order' });
      return;
    }
    // After a `+` it is a phone number's country code, whatever word came before.
    if (distance !== undefined && distance <= 16 && digits.length >= 6 && digits.length <= 20 && input.scan.charAt(window.start - 1) !== '+') {
      add(0.55 + (distance <= 3 ? 0.2 : 0), written.replace(/ /g, ''), input.marketplace ? { marketplace: input.marketplace } : undefined);
    }
  };
  // Marketplace shapes have 16 digits or more; shorter numbers only count right after an order word.
  if (input.digits >= 16) forEachNumberWindow(input.scan, 16, 20, visit);
  forEachNumberWindow(input.scan, 6, 15, visit, (start) => orderDistance(start).distance !== undefined);
  AMAZON_DIGITAL.lastIndex = 0;
  for (const match of input.scan.matchAll(AMAZON_DIGITAL)) {
    found.push({ type: 'order_number', start: match.index, end: match.index + match[0].length, value: match[0], attributes: { marketplace: 'amazon', kind: 'digital' }, confidence: clampConfidence(0.85 + contextBoost(input, match.index, 'order')) });
  }
  TOKOPEDIA_INVOICE.lastIndex = 0;
  for (const match of input.scan.matchAll(TOKOPEDIA_INVOICE)) {
    found.push({ type: 'order_number', start: match.index, end: match.index + match[0].length, value: match[0], attributes: { marketplace: 'tokopedia' }, confidence: clampConfidence(0.9 + contextBoost(input, match.index, 'order')) });
  }
  MERCARI_ORDER.lastIndex = 0;
  for (const match of input.scan.matchAll(MERCARI_ORDER)) {
    const boost = contextBoost(input, match.index, 'order');
    if (boost === 0 && !isMarketplace(input, 'mercari')) continue;
    found.push({ type: 'order_number', start: match.index, end: match.index + match[0].length, value: match[0], attributes: { marketplace: 'mercari' }, confidence: clampConfidence(0.7 + boost) });
  }
  SHOPEE_SN.lastIndex = 0;
  for (const match of input.scan.matchAll(SHOPEE_SN)) {
    const code = match[0];
    const month = Number(code.slice(2, 4));
    const day = Number(code.slice(4, 6));
    const tail = code.slice(6);
    if (month < 1 || month > 12 || day < 1 || day > 31 || !/[A-Za-z]/.test(tail)) continue;
    const upper = code === code.toUpperCase();
    const boost = contextBoost(input, match.index, 'order');
    if (!upper && boost === 0) continue;
    found.push({
      type: 'order_number', start: match.index, end: match.index + code.length, value: code.toUpperCase(), attributes: { marketplace: 'shopee' },
      confidence: clampConfidence((upper ? 0.7 : 0.5) + boost + (isMarketplace(input, 'shopee') ? 0.15 : 0)),
    });
  }
  return found;
};
