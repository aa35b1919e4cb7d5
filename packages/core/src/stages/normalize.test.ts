import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.js';

describe('normalizeText', () => {
  it('applies NFKC: full-width letters, digits and spaces become half-width', () => {
    expect(normalizeText('Ｏｒｄｅｒ\u3000１２３４').text).toBe('Order 1234');
  });

  it('keeps half-width katakana readable as full-width (NFKC)', () => {
    expect(normalizeText('ﾍﾝﾋﾟﾝ').text).toBe('ヘンピン');
  });

  it('removes zero-width characters and the BOM', () => {
    expect(normalizeText('\ufeffre\u200bfu\u200dnd\u2060').text).toBe('refund');
  });

  it('strips HTML tags and decodes entities', () => {
    const result = normalizeText('<div><p>Where is&nbsp;my <b>order</b>?</p><script>alert(1)</script><br/>Thanks &amp; bye</div>');
    expect(result.text).toBe('Where is my order ? Thanks & bye');
    expect(result.flags.htmlStripped).toBe(true);
  });

  it('does not treat a lone angle bracket as HTML', () => {
    const result = normalizeText('price < 20 and > 10');
    expect(result.text).toBe('price < 20 and > 10');
    expect(result.flags.htmlStripped).toBe(false);
  });

  it('folds whitespace runs and newlines to single spaces and trims', () => {
    expect(normalizeText('  hello \n\n\t world  ').text).toBe('hello world');
  });

  it('flags empty and whitespace-only input', () => {
    expect(normalizeText('').flags.empty).toBe(true);
    expect(normalizeText(' \u200b \n ').flags.empty).toBe(true);
  });

  it('caps the length and sets the truncated flag, without splitting a surrogate pair', () => {
    const result = normalizeText('😀'.repeat(100), { maxLength: 21 });
    expect(result.flags.truncated).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(21);
    expect(result.text).toBe('😀'.repeat(10));
    expect(result.originalLength).toBe(200);
  });

  it('handles a 1 MB message quickly and flags it', () => {
    const big = 'my parcel never arrived. '.repeat(42_000);
    expect(big.length).toBeGreaterThan(1_000_000);
    const result = normalizeText(big);
    expect(result.flags.truncated).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(5000);
    expect(result.originalLength).toBe(big.length);
  });

  it('flags binary-looking input and removes control characters', () => {
    const result = normalizeText('\u0000\u0001\u0002\u0003PK\u0004\u0005\ufffd\ufffd\u0010ab');
    expect(result.flags.binaryLike).toBe(true);
    expect([...result.text].filter((char) => char.charCodeAt(0) < 0x20 || char === '\ufffd')).toEqual([]);
  });

  it('removes lone surrogates', () => {
    expect(normalizeText('ab\ud800cd').text).toBe('ab cd');
  });
});
