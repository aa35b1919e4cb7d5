import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

describe('normalizeText: the prefilters skip only passes that would change nothing', () => {
  // The passes without prefilters, as a reference: binary-like characters, NFKC, invisibles, whitespace, trim.
  // eslint-disable-next-line no-control-regex -- the same class as the stage's
  const binary = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
  const straightforward = (text: string): string =>
    text.replace(binary, ' ').normalize('NFKC').replace(/[\u200b-\u200d\u2060-\u2064\ufeff\u00ad\u180e]/g, '').replace(/\s+/g, ' ').trim();
  // Text without HTML: spaces of every kind, invisibles, controls, lone surrogates, full-width and accented letters.
  const pieces = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u200b', '\u00ad', '\u0007', '\ufffd', '\ud800', '\udc00', 'ﾍﾟ', 'Ｏ', 'é', 'e\u0301', 'ß', 'ำ', 'refund', '返品', 'x');
  const text = fc.array(fc.oneof(pieces, fc.string({ maxLength: 3, unit: 'binary' })), { maxLength: 12 }).map((parts) => parts.join(''));

  it('agrees with the passes run unconditionally', () => {
    fc.assert(fc.property(text, (input) => {
      fc.pre(!/[<&]/.test(input));
      expect(normalizeText(input).text).toBe(straightforward(input));
    }), { numRuns: 2000 });
  });

  it('leaves plain ASCII with single spaces as it is', () => {
    expect(normalizeText('Where is my order 123?').text).toBe('Where is my order 123?');
    expect(normalizeText('a\u00a0b').text).toBe('a b');
    expect(normalizeText('a\u200bb  c').text).toBe('ab c');
  });
});
