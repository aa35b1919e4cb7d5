import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from './fold.js';

/** The definition: lower-case, decompose, drop U+0300–U+036F, recompose, ß → ss. */
const reference = (text: string): string => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').replace(/ß/g, 'ss');

describe('foldText', () => {
  it('folds case and Latin diacritics, and leaves other scripts alone', () => {
    expect(foldText('¿Dónde está mi PEDIDO?')).toBe('¿donde esta mi pedido?');
    expect(foldText('Devolução já')).toBe('devolucao ja');
    expect(foldText('STRASSE Straße')).toBe('strasse strasse');
    expect(foldText('İstanbul ŒUVRE ǅ')).toBe(reference('İstanbul ŒUVRE ǅ'));
    expect(foldText('返品したいです')).toBe('返品したいです');
    expect(foldText('สินค้าเสียหาย')).toBe('สินค้าเสียหาย');
    expect(foldText('e\u0301te\u0301 CAFE\u0301')).toBe('ete cafe');
  });

  it('agrees with the definition for every BMP code point, alone and between Latin letters', () => {
    const differing: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const character = String.fromCharCode(code);
      for (const text of [character, `a${character}b${character}`, `É${character}\u0301ñ`]) {
        if (foldText(text) !== reference(text)) differing.push(code);
      }
    }
    expect(differing).toEqual([]);
  });
  it('folds generated Latin and arbitrary text as the definition does', () => {
    const latin = fc.array(fc.integer({ min: 0, max: 0x24f }), { maxLength: 24 }).map((codes) => String.fromCharCode(...codes));
    const any = fc.string({ maxLength: 12, unit: 'binary' });
    fc.assert(fc.property(fc.oneof(latin, any), (text) => {
      expect(foldText(text)).toBe(reference(text));
    }), { numRuns: 3000 });
    for (const text of ['¿Dónde está mi PEDIDO?', 'Straße ÄÖÜ', 'İstanbul', 'ǅemal', 'Ǆ', 'naïve café', 'ŉ', 'ﬁne', 'DEVOLUÇÃO']) expect(foldText(text)).toBe(reference(text));
  });
});
