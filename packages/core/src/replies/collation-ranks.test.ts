import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collationRanks } from './collation-ranks.js';

describe('collationRanks', () => {
  it('orders as localeCompare does, ties included', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom('order_tracking.en.formal', 'order_tracking.es-MX.friendly', 'a', 'A', 'á', 'b', 'a-b', 'ab', 'a_b', '\u0000', ''), fc.string({ maxLength: 5 })), { minLength: 1, maxLength: 12 }), (values) => {
      const ranks = collationRanks(values);
      for (const a of values) for (const b of values) expect(Math.sign(ranks.get(a)! - ranks.get(b)!)).toBe(Math.sign(a.localeCompare(b)));
    }), { numRuns: 300 });
  });
});
