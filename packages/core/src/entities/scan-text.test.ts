import { describe, expect, it } from 'vitest';
import { foldForScan } from './scan-text.js';

describe('foldForScan', () => {
  it('folds full-width characters, Thai digits, dashes and spaces without changing the length', () => {
    for (const [input, output] of [
      ['注文番号：１１２－４８３９２０１', '注文番号:112-4839201'],
      ['เบอร์ ๐๘๑ ๒๓๔ ๕๖๗๘', 'เบอร์ 081 234 5678'],
      ['090ー1234ー5678 ラーメン', '090-1234-5678 ラーメン'],
      ['1\u202f234,56\u00a0€ – ok', '1 234,56 € - ok'],
      ['￥３，０００', '¥3,000'],
    ] as const) {
      const folded = foldForScan(input);
      expect(folded).toBe(output);
      expect(folded.length).toBe(input.length);
    }
  });

  it('returns plain text as it is', () => {
    const text = 'plain ascii 123';
    expect(foldForScan(text)).toBe(text);
  });
});
