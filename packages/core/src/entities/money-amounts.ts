import { AMOUNT_MULTIPLIERS, CURRENCY_PREFIXES, CURRENCY_SUFFIXES, resolveAmbiguousCurrency } from './currencies.js';
import { digitRunMatches } from './digit-run-matches.js';
import type { EntityCandidate, Recognizer } from './entity-candidate.js';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

// Grouped thousands (1,234.56 · 1.234,56 · 1 234,56 · 1'234.56) or a plain number with up to two decimals.
const NUMBER = String.raw`\d{1,3}(?:[,.' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const MULTIPLIER = String.raw`(?:\s?(${alternation(Object.keys(AMOUNT_MULTIPLIERS))})(?![A-Za-z]))?`;
const PREFIXED = new RegExp(String.raw`(?<![A-Za-z\p{N}$])(${alternation(Object.keys(CURRENCY_PREFIXES))})\s?(${NUMBER})(?!\d)${MULTIPLIER}`, 'giu');
// Starts at a digit with no digit before it: tried only where a run of digits starts.
const SUFFIXED = new RegExp(String.raw`(?<![A-Za-z\p{N}.,$€£¥])(${NUMBER})(?!\d)${MULTIPLIER}\s?(${alternation(Object.keys(CURRENCY_SUFFIXES))})(?![A-Za-z])`, 'iuy');

/** Reads a written number: the last of `,`/`.` is the decimal mark when both appear, a lone one before exactly three digits groups thousands. */
function readNumber(written: string): number {
  const plain = written.replace(/[ ']/g, '');
  const lastComma = plain.lastIndexOf(',');
  const lastDot = plain.lastIndexOf('.');
  let decimalMark: ',' | '.' | undefined;
  if (lastComma >= 0 && lastDot >= 0) decimalMark = lastComma > lastDot ? ',' : '.';
  else if (lastComma >= 0 || lastDot >= 0) {
    const mark = lastComma >= 0 ? ',' : '.';
    const count = plain.split(mark).length - 1;
    const after = plain.length - plain.lastIndexOf(mark) - 1;
    decimalMark = count === 1 && after !== 3 ? mark : undefined;
  }
  const [whole = '', fraction = ''] = decimalMark ? [plain.slice(0, plain.lastIndexOf(decimalMark)), plain.slice(plain.lastIndexOf(decimalMark) + 1)] : [plain, ''];
  return Number(`${whole.replace(/[.,]/g, '')}.${fraction || '0'}`);
}

function formatAmount(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
}

/**
 * Money amounts with their currency: symbols and codes before (`US$ 50`, `MX$1,299`, `R$ 120,50`, `€12`,
 * `¥3,000`, `Rp 150.000`, `฿1,200`) or after the number (`12,50 €`, `3000円`, `200元`, `50 บาท`, `120 reais`,
 * `300 pesos`), multipliers (`1.5万円`, `Rp 150rb`, `R$ 2 mil`), both decimal conventions. `value` is
 * `"<amount> <ISO 4217>"` (`120.50 BRL`); `$`, `¥` and "pesos" are settled by country and language, and marked
 * `ambiguous` when only a default decided. A number with no currency is never an amount, so dates and
 * quantities are not read as money.
 */
export const recognizeMoneyAmounts: Recognizer = (input) => {
  const found: EntityCandidate[] = [];
  if (input.digits === 0) return found;
  const add = (start: number, end: number, marker: string, number: string, multiplier: string | undefined, confidence: number): void => {
    const key = marker.toLowerCase();
    const code = CURRENCY_PREFIXES[key] ?? CURRENCY_SUFFIXES[key] ?? CURRENCY_SUFFIXES[marker];
    if (code === undefined) return;
    // "real" is the Brazilian currency only where Portuguese is spoken, not in "really 5 real".
    if (key === 'real' && input.language !== 'pt' && input.country !== 'BR') return;
    const { currency, ambiguous } = resolveAmbiguousCurrency(code, input.country, input.language);
    const amount = readNumber(number) * (multiplier ? AMOUNT_MULTIPLIERS[multiplier.toLowerCase()] ?? AMOUNT_MULTIPLIERS[multiplier] ?? 1 : 1);
    if (!Number.isFinite(amount)) return;
    const formatted = formatAmount(amount);
    found.push({
      type: 'money', start, end, value: `${formatted} ${currency}`, confidence: ambiguous ? confidence - 0.1 : confidence,
      attributes: { amount: formatted, currency, ...(ambiguous ? { ambiguous: 'true' } : {}) },
    });
  };
  PREFIXED.lastIndex = 0;
  for (const match of input.scan.matchAll(PREFIXED)) add(match.index, match.index + match[0].length, match[1]!, match[2]!, match[3], 0.9);
  for (const match of digitRunMatches(input.scan, SUFFIXED)) add(match.index, match.index + match[0].length, match[4] ?? match[3]!, match[1]!, match[2], 0.85);
  return found;
};
