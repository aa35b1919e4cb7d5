import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countAsciiDigits } from './scan-text.js';
import { ANY_PREFIXED, PREFIXED_CODES } from './tracking-numbers.js';

describe('prefixed tracking codes', () => {
  it.each(PREFIXED_CODES.map((code) => [code.carrier, code.pattern.source, code] as const))('%s %s: every code starts as ANY_PREFIXED says and holds minDigits digits', (_carrier, source, code) => {
    // The shape without its edges, which fast-check cannot generate from.
    const shape = new RegExp(`^${source.replace('(?<![A-Za-z0-9])', '').replace(/\(\?!\[A-Za-z0-9\]\)$/, '')}$`, code.pattern.flags.replace(/[gi]/g, ''));
    fc.assert(fc.property(fc.stringMatching(shape), fc.boolean(), fc.constantFrom('', ' ', 'n° ', '：'), (written, lower, before) => {
      // The patterns ignore case: lower-case codes count too.
      const found = lower ? written.toLowerCase() : written;
      const text = `${before}${found}`;
      const pattern = new RegExp(code.pattern.source, code.pattern.flags);
      if (!pattern.test(text)) return;
      expect(ANY_PREFIXED.test(text)).toBe(true);
      expect(countAsciiDigits(found)).toBeGreaterThanOrEqual(code.minDigits);
    }), { numRuns: 300 });
  });
});
