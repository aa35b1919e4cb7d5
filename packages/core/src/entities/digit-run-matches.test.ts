import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitRunMatches } from './digit-run-matches.js';

/** Patterns of the shape digitRunMatches serves: a digit first, no digit allowed before it. */
const SOURCES = [
  String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th|er)?\.?\s?(?:de\s)?(marzo|march|mar|mars|märz|มีนาคม)(?![A-Za-zÀ-ɏ])\.?(?:,?\s?(?:de\s)?(\d{4})(?!\d))?`,
  String.raw`(?<![A-Za-z\p{N}.,$€£¥])(\d{1,3}(?:[,.' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?!\d)(?:\s?(k|mil|万))?\s?(pesos|reais|円|บาท|euros?)(?![A-Za-z])`,
  String.raw`(?<![\p{L}\p{N}])\d{1,4}(?:\s?(?:bis|ter))?,?\s(?:rue|avenue|bd)\s[\p{Lu}][\p{L}'-]+`,
  String.raw`(?<!\d)\d`,
];
const PIECES = ['1', '12', '2026', '1.234,50', ' ', ',', '.', 'de ', 'marzo', 'MARCH', 'mar', 'märz', 'มีนาคม', 'st', 'pesos', 'k', '万', '円', ' rue ', 'Paix', 'bis',
  '€', '$', 'a', 'é', '-', '😀', '１２', 'ſ'];

describe('digitRunMatches', () => {
  it.each(SOURCES)('finds what matchAll finds: %s', (source) => {
    const global = new RegExp(source, 'giu');
    const sticky = new RegExp(source, 'iuy');
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join('')), (text) => {
      const expected = [...text.matchAll(global)].map((match) => [match.index, ...match]);
      expect(digitRunMatches(text, sticky).map((match) => [match.index, ...match])).toEqual(expected);
    }), { numRuns: 2000 });
  });

  it('reads day and month names, amounts and house numbers', () => {
    expect(digitRunMatches('el 15 de marzo de 2026 y 3 mar', new RegExp(SOURCES[0]!, 'iuy')).map((match) => match[0])).toEqual(['15 de marzo de 2026', '3 mar']);
    expect(digitRunMatches('12 3 45', /(?<!\d)\d+/y).map((match) => match.index)).toEqual([0, 3, 5]);
    expect(digitRunMatches('no digits', /(?<!\d)\d+/y)).toEqual([]);
  });
});
