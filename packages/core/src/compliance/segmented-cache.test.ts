import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSegmentedCache } from './segmented-cache.js';

describe('createSegmentedCache', () => {
  it('keeps entries asked for again while one-off keys stream through', () => {
    const cache = createSegmentedCache<string>(20);
    for (const key of ['a', 'b']) {
      cache.set(key, key.toUpperCase());
      expect(cache.get(key)).toBe(key.toUpperCase());
    }
    for (let index = 0; index < 1000; index++) cache.set(`once-${index}`, 'x');
    expect(cache.get('a')).toBe('A');
    expect(cache.get('b')).toBe('B');
    expect(cache.get('once-0')).toBeUndefined();
    expect(cache.get('once-999')).toBe('x');
  });

  it('never holds more than its capacity, and gives back what was last set for a key it holds', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 20 })), { maxLength: 200 }), (capacity, operations) => {
      const cache = createSegmentedCache<number>(capacity);
      const last = new Map<string, number>();
      operations.forEach(([isSet, key], step) => {
        if (isSet) {
          cache.set(String(key), step);
          last.set(String(key), step);
        } else {
          const value = cache.get(String(key));
          if (value !== undefined) expect(value).toBe(last.get(String(key)));
        }
        expect(cache.size).toBeLessThanOrEqual(capacity);
      });
    }), { numRuns: 300 });
  });
});
