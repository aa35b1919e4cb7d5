import { clampConfidence } from './confidence.js';
import { contextBoost, contextDistance } from './context-words.js';
import type { EntityCandidate, Recognizer } from './entity-candidate.js';

const ASIN = /(?<![A-Za-z0-9])B0[0-9A-Z]{8}(?![A-Za-z0-9])/g;
const BOOK_ASIN = /(?<![A-Za-z0-9])ASIN\s?[:：#]?\s?(\d{9}[\dX])(?![A-Za-z0-9])/gi;
const SKU_TOKEN = /(?<![A-Za-z0-9])[A-Za-z0-9][A-Za-z0-9._/-]{2,39}(?![A-Za-z0-9])/g;

/**
 * Product identifiers: Amazon ASINs (`B08N5WRWNW`, or a 10-digit book ASIN after "ASIN") as `asin`, and seller
 * SKUs right after a SKU word in one of the nine languages (`SKU: MUG-BLK-12OZ`, `型番 AB-123`, `货号 X9`) as `sku`.
 */
export const recognizeProductIds: Recognizer = (input) => {
  const found: EntityCandidate[] = [];
  const { scan } = input;
  // An ASIN holds the digit 0 (`B0…`), a book ASIN nine digits.
  if (input.digits > 0) {
    ASIN.lastIndex = 0;
    for (const match of scan.matchAll(ASIN)) {
      if (!/[A-Z]/.test(match[0].slice(2))) continue;
      found.push({ type: 'asin', start: match.index, end: match.index + 10, value: match[0], confidence: clampConfidence(0.8 + contextBoost(input, match.index, 'asin')) });
    }
  }
  if (input.digits >= 9) {
    BOOK_ASIN.lastIndex = 0;
    for (const match of scan.matchAll(BOOK_ASIN)) {
      const start = match.index + match[0].length - match[1]!.length;
      found.push({ type: 'asin', start, end: start + match[1]!.length, value: match[1]!.toUpperCase(), confidence: 0.9 });
    }
  }
  if (!/sku|art|r[ée]f|c[oó]d|番|号|號|kode|รหัส/i.test(scan)) return found;
  SKU_TOKEN.lastIndex = 0;
  for (const match of scan.matchAll(SKU_TOKEN)) {
    const distance = contextDistance(input, match.index, 'sku');
    if (distance === undefined || distance > 3) continue;
    const token = match[0].replace(/[.\-/]+$/, '');
    // A code has a digit or a joiner (`AB-12`, `MUG_BLK`); a bare word ("QR", "rojo") is not one.
    if (token.length < 3 || (!/\d/.test(token) && !/[-_]/.test(token))) continue;
    found.push({ type: 'sku', start: match.index, end: match.index + token.length, value: token.toUpperCase(), confidence: 0.7 });
  }
  return found;
};
