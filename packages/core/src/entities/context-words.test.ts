import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTEXT_WORDS, contextDistance, type ContextKind } from './context-words.js';
import type { RecognizerInput } from './entity-candidate.js';
import { countAsciiDigits, foldForScan } from './scan-text.js';

const inputOf = (text: string): RecognizerInput => {
  const scan = foldForScan(text);
  return { text, scan, digits: countAsciiDigits(scan), language: undefined, country: undefined, marketplace: undefined, today: { year: 2026, month: 3, day: 2 } };
};

const JOINER = /^(?:[\s:：#№°º.=-]|numbers?|nummer|num[eé]ro|n[uú]mero|nomor|nr|no|id|is|es|é|ist|est|ของ|คือ|หมายเลข|เลขที่|番号|番號|号|號|码|碼|は|が|是|为|為)*/iu;

/** The straightforward reading: every word of the kind over the whole text, the last one ending by `start`. */
function referenceDistance(scan: string, start: number, kind: ContextKind): number | undefined {
  const pattern = new RegExp(CONTEXT_WORDS[kind].source, 'gi');
  let wordEnd: number | undefined;
  for (const match of scan.matchAll(pattern)) if (match.index + match[0].length <= start) wordEnd = match.index + match[0].length;
  if (wordEnd === undefined || start - wordEnd > 40) return undefined;
  const joiner = JOINER.exec(scan.slice(wordEnd, start));
  return joiner ? start - wordEnd - joiner[0].length : start - wordEnd;
}

const KINDS = Object.keys(CONTEXT_WORDS) as ContextKind[];
const PIECES = ['order', 'Pedido', 'pack', 'tracking', 'Sendungsnummer', 'card', 'tarjeta', 'phone', 'tel', 'SKU', 'ASIN', 'CPF', 'cnpj', 'curp', 'RFC',
  'DHL', 'FedEx', 'fed ex', 'UPS', 'usps', 'Japan Post', 'postal service', 'ヤマト', '佐川', 'SF Express', '顺丰', 'J&T', 'jnt', 'Estafeta', 'Correios', 'Flash', 'Kerry',
  '注文番号', '订单号', 'หมายเลขคำสั่งซื้อ', 'คำสั่งซื้อ', ' ', ': ', ' no. ', '#', '112-4839201-5512873', '40213377', 'hello', 'x', 'é', '😀'];

describe('contextDistance', () => {
  it('reads every kind with the same flags, so the one search for all kinds finds what each would', () => {
    for (const kind of KINDS) expect(CONTEXT_WORDS[kind].flags).toBe('gi');
  });

  it('agrees with reading each kind over the whole text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join('')), fc.constantFrom(...KINDS), (text, kind) => {
      const input = inputOf(text);
      for (let start = 0; start <= text.length; start++) expect(contextDistance(input, start, kind)).toBe(referenceDistance(input.scan, start, kind));
    }), { numRuns: 1500 });
  });

  it.each([
    ['Bestellnummer: 40213377', 15, 'order', 0],
    ['tracking via DHL 1234567890', 17, 'dhl', 0],
    ['Japan Post and postal service 123', 30, 'usps', 0],
    ['Japan Post and postal service 123', 30, 'japanPost', 19],
    ['no words at all 123', 16, 'order', undefined],
  ] as const)('%s at %i, %s', (text, start, kind, expected) => {
    expect(contextDistance(inputOf(text), start, kind)).toBe(expected);
  });
});
