import { isGs1Mod10Valid, isMod7Valid, isS10Valid, isUps1ZValid, isWeightedModValid } from './check-digits.js';
import { clampConfidence } from './confidence.js';
import { contextBoost, contextDistance, mentions, type ContextKind } from './context-words.js';
import type { EntityCandidate, Recognizer, RecognizerInput } from './entity-candidate.js';
import { lastValueMemo } from './last-value-memo.js';
import { forEachNumberWindow } from './number-windows.js';

/** The postal operator behind an S10 code's country suffix. */
const S10_OPERATORS: Readonly<Record<string, string>> = {
  BR: 'correios', JP: 'japan-post', CN: 'china-post', US: 'usps', MX: 'correos-de-mexico', TH: 'thailand-post',
  ID: 'pos-indonesia', DE: 'deutsche-post', FR: 'la-poste', ES: 'correos', GB: 'royal-mail', HK: 'hongkong-post',
};

/**
 * Letter-prefixed codes; each is a fixed prefix and a bounded run, so matching is linear. `minDigits` is the
 * fewest digits a match holds: text with fewer is not scanned.
 */
export const PREFIXED_CODES: readonly { readonly carrier: string; readonly pattern: RegExp; readonly minDigits: number; readonly confidence: number; readonly check?: (code: string) => boolean }[] = [
  { carrier: 'ups', pattern: /(?<![A-Za-z0-9])1Z(?: ?[0-9A-Z]){16}(?![A-Za-z0-9])/gi, minDigits: 1, confidence: 0.95, check: isUps1ZValid },
  { carrier: 'sf-express', pattern: /(?<![A-Za-z0-9])SF ?\d{12,13}(?![A-Za-z0-9])/gi, minDigits: 12, confidence: 0.9 },
  { carrier: 'dhl', pattern: /(?<![A-Za-z0-9])JJD\d{18,20}(?![A-Za-z0-9])/gi, minDigits: 18, confidence: 0.9 },
  { carrier: 'dhl', pattern: /(?<![A-Za-z0-9])JVGL\d{9,12}(?![A-Za-z0-9])/gi, minDigits: 9, confidence: 0.85 },
  { carrier: 'dhl', pattern: /(?<![A-Za-z0-9])GM\d{16,18}(?![A-Za-z0-9])/gi, minDigits: 16, confidence: 0.8 },
  { carrier: 'shopee-xpress', pattern: /(?<![A-Za-z0-9])SPX[A-Z]{2}\d{10,15}(?![A-Za-z0-9])/gi, minDigits: 10, confidence: 0.85 },
  { carrier: 'cainiao', pattern: /(?<![A-Za-z0-9])LP\d{14}(?![A-Za-z0-9])/gi, minDigits: 14, confidence: 0.8 },
  { carrier: 'yunexpress', pattern: /(?<![A-Za-z0-9])YT\d{16}(?![A-Za-z0-9])/gi, minDigits: 16, confidence: 0.8 },
  { carrier: 'jt-express', pattern: /(?<![A-Za-z0-9])J[PXDO]\d{10,12}(?![A-Za-z0-9])/gi, minDigits: 10, confidence: 0.7 },
  { carrier: 'flash-express', pattern: /(?<![A-Za-z0-9])TH\d{10,12}[A-Z]?(?![A-Za-z0-9])/gi, minDigits: 10, confidence: 0.7 },
  { carrier: 'kerry-express', pattern: /(?<![A-Za-z0-9])KE[XR][A-Z]{0,3}\d{8,12}(?![A-Za-z0-9])/gi, minDigits: 8, confidence: 0.7 },
];
/** The start every prefixed code has (its prefix, and the digit after it): text without one holds none of them. */
export const ANY_PREFIXED = /(?<![A-Za-z0-9])(?:1Z|SF ?\d|JJD\d|JVGL\d|GM\d|SPX[A-Z]{2}\d|LP\d|YT\d|J[PXDO]\d|TH\d|KE[XR][A-Z]{0,3}\d)/i;
const S10_SHAPE = /^[A-Z]{2}\d{9}[A-Z]{2}$/;
const S10 = /(?<![A-Za-z0-9])[A-Z]{2} ?\d{3} ?\d{3} ?\d{3} ?[A-Z]{2}(?![A-Za-z0-9])/gi;
// After a carrier name or a tracking word: a code of 8–30 capitals and digits holding at least six digits.
const CODE_AFTER_WORD = /(?<![A-Za-z0-9])(?=[A-Z0-9-]{0,24}\d(?:[A-Z-]*\d){5})[A-Z0-9][A-Z0-9-]{6,28}[A-Z0-9](?![A-Za-z0-9])/g;

const NAMED_CARRIERS: readonly (readonly [ContextKind, string])[] = [
  ['yamato', 'yamato'], ['sagawa', 'sagawa'], ['japanPost', 'japan-post'], ['sfExpress', 'sf-express'], ['jt', 'jt-express'],
  ['estafeta', 'estafeta'], ['correios', 'correios'], ['flash', 'flash-express'], ['kerry', 'kerry-express'],
  ['dhl', 'dhl'], ['fedex', 'fedex'], ['ups', 'ups'], ['usps', 'usps'],
];

/** The carrier named within a few words before `start`, if any. */
function namedCarrier(input: RecognizerInput, start: number): string | undefined {
  let best: { carrier: string; distance: number } | undefined;
  for (const [kind, carrier] of NAMED_CARRIERS) {
    const distance = contextDistance(input, start, kind);
    if (distance !== undefined && distance <= 24 && (!best || distance < best.distance)) best = { carrier, distance };
  }
  return best?.carrier;
}

/** A tracking word or a carrier name: codes of no known shape count only after one. */
const TRACKING_WORD_KINDS: readonly ContextKind[] = ['tracking', ...NAMED_CARRIERS.map(([kind]) => kind)];

/** Carriers whose numeric tracking numbers carry check digits: a number after their name must pass them. */
const CHECKED_CARRIERS: ReadonlySet<string> = new Set(['ups', 'usps', 'fedex', 'dhl', 'yamato', 'sagawa']);

const compact = (code: string): string => code.replace(/[ -]/g, '').toUpperCase();

/**
 * Tracking numbers with `attributes.carrier`, check digits verified where the carrier defines them:
 * UPS `1Z…` (mod 10), USPS IMpb 20–34 digits (GS1 mod 10), FedEx Express 12 digits (weighted mod 11) and Ground
 * 15/22 digits (mod 10), DHL Express 10–11 digits (mod 7, after "DHL" or a tracking word) and DHL Paket/eCommerce
 * codes, Japanese 12-digit slips of Yamato, Sagawa and Japan Post (mod 7, after a carrier or tracking word), UPU
 * S10 postal codes (`RR123456785BR`: Correios, Japan Post, China Post…), SF Express, J&T, Flash, Kerry, Shopee Xpress, Cainiao,
 * YunExpress, and Estafeta or any other code right after a carrier name or tracking word.
 */
export const recognizeTrackingNumbers: Recognizer = (input) => {
  const found: EntityCandidate[] = [];
  const push = (start: number, end: number, value: string, carrier: string | undefined, confidence: number, extra?: Readonly<Record<string, string>>): void => {
    const attributes = { ...(carrier ? { carrier } : {}), ...extra };
    found.push({ type: 'tracking_number', start, end, value, confidence: clampConfidence(confidence), ...(Object.keys(attributes).length > 0 ? { attributes } : {}) });
  };

  if (input.digits === 0) return found;
  const prefixed = ANY_PREFIXED.test(input.scan);
  for (const { carrier, pattern, minDigits, confidence, check } of PREFIXED_CODES) {
    if (!prefixed || input.digits < minDigits) continue;
    pattern.lastIndex = 0;
    for (const match of input.scan.matchAll(pattern)) {
      const value = compact(match[0]);
      if (check && !check(value)) continue;
      push(match.index, match.index + match[0].length, value, carrier, confidence + contextBoost(input, match.index, 'tracking'));
    }
  }

  // Every other shape holds six digits or more.
  if (input.digits < 6) return found;
  S10.lastIndex = 0;
  for (const match of input.scan.matchAll(S10)) {
    const value = compact(match[0]);
    if (!isS10Valid(value)) continue;
    const country = value.slice(11);
    push(match.index, match.index + match[0].length, value, S10_OPERATORS[country] ?? 'postal', 0.9 + contextBoost(input, match.index, 'tracking'), { country });
  }

  const contextAt = lastValueMemo((start) => ({ tracking: contextBoost(input, start, 'tracking'), named: namedCarrier(input, start) }));
  if (input.digits >= 10) forEachNumberWindow(input.scan, 10, 34, (window) => {
    const { digits } = window;
    const length = digits.length;
    if (window.glued) return;
    const { tracking, named } = contextAt(window.start);
    const add = (carrier: string | undefined, confidence: number): void => push(window.start, window.end, digits, carrier, confidence + tracking);
    const known = tracking > 0 || named !== undefined;
    if ((length === 22 || length === 26) && /^9[1-5]/.test(digits) && isGs1Mod10Valid(digits)) add(named === 'fedex' ? 'fedex' : 'usps', 0.85);
    else if ((length === 30 || length === 34) && digits.startsWith('420') && isGs1Mod10Valid(digits.slice(length - 22))) add('usps', 0.85);
    else if (length === 22 && digits.startsWith('96') && isGs1Mod10Valid(digits.slice(7))) add('fedex', 0.8);
    else if (length === 20 && known && isGs1Mod10Valid(digits)) add(named ?? 'usps', named ? 0.8 : 0.5);
    else if (length === 15 && known && isGs1Mod10Valid(digits)) add(named ?? 'fedex', named === 'fedex' ? 0.85 : 0.45);
    else if (length === 12 && known) {
      if ((named === 'yamato' || named === 'sagawa' || named === 'japan-post') && isMod7Valid(digits)) add(named, 0.85);
      else if (named !== undefined && !CHECKED_CARRIERS.has(named)) add(named, 0.75);
      else if ((named === undefined || named === 'fedex') && isWeightedModValid(digits, [3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1], 11)) add('fedex', named === 'fedex' ? 0.85 : 0.45);
      else if (named === undefined && isMod7Valid(digits)) add(undefined, 0.5);
    } else if ((length === 10 || length === 11) && named === 'dhl' && isMod7Valid(digits)) add('dhl', 0.8);
    else if (named !== undefined && !CHECKED_CARRIERS.has(named) && length <= 22) add(named, 0.5);
  });

  // Any other code right after a carrier name or a tracking word (Estafeta guías, Kerry, local couriers).
  if (!mentions(input, TRACKING_WORD_KINDS)) return found;
  CODE_AFTER_WORD.lastIndex = 0;
  for (const match of input.scan.matchAll(CODE_AFTER_WORD)) {
    // A code in a shape whose check digit is defined (S10, UPS 1Z) and failed it above is a typo, not a new kind.
    if (S10_SHAPE.test(match[0]) || /^1Z/i.test(match[0])) continue;
    const carrier = namedCarrier(input, match.index);
    const distance = contextDistance(input, match.index, 'tracking');
    if (carrier === undefined && (distance === undefined || distance > 16)) continue;
    // Digits alone after a carrier whose numbers carry check digits were judged (and refused) above.
    if (carrier !== undefined && CHECKED_CARRIERS.has(carrier) && /^[\d -]+$/.test(match[0])) continue;
    push(match.index, match.index + match[0].length, compact(match[0]), carrier, 0.5 + (carrier ? 0.1 : 0) + (distance !== undefined && distance <= 16 ? 0.15 : 0));
  }
  return found;
};
