import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPrefixTrie } from './prefix-trie.js';

/** The longest key at `from`, by testing every key. */
function naiveLongest(keys: readonly string[], text: string, from: number, to = text.length): string | undefined {
  let best: string | undefined;
  for (const key of keys) if (key !== '' && from + key.length <= to && text.startsWith(key, from) && (best === undefined || key.length > best.length)) best = key;
  return best;
}

describe('createPrefixTrie', () => {
  it('finds the longest key at a position', () => {
    const trie = createPrefixTrie(['不好', '不好用', '好', 'dis', 'disappoint'].map((key) => [key, key] as const));
    expect(trie.longest('这个不好用', 2)).toBe('不好用');
    expect(trie.longest('这个不好用', 2, 4)).toBe('不好');
    expect(trie.longest('这个不好用', 3)).toBe('好');
    expect(trie.longest('disappointing', 0)).toBe('disappoint');
    expect(trie.longest('dismal', 0)).toBe('dis');
    expect(trie.longest('di', 0)).toBeUndefined();
    expect(trie.longest('', 0)).toBeUndefined();
  });

  it('agrees with testing every key (many children per node, astral text, bounds)', () => {
    const unit = fc.constantFrom('a', 'b', 'c', 'é', '不', '好', 'ด', 'ี', '😡', '\ud800');
    const word = fc.array(unit, { maxLength: 5 }).map((units) => units.join(''));
    const wide = fc.array(fc.integer({ min: 0x4e00, max: 0x4e40 }).map((code) => String.fromCharCode(code)), { minLength: 1, maxLength: 3 }).map((units) => units.join(''));
    fc.assert(fc.property(fc.array(fc.oneof(word, wide), { maxLength: 60 }), fc.array(fc.oneof(word, wide), { maxLength: 6 }), fc.nat(), fc.nat(), (keys, parts, a, b) => {
      const trie = createPrefixTrie(keys.map((key) => [key, key] as const));
      const text = parts.join('');
      const from = text.length === 0 ? 0 : a % text.length;
      const to = from + (b % (text.length - from + 1));
      expect(trie.longest(text, from, to)).toBe(naiveLongest(keys, text, from, to));
      expect(trie.longest(text, from)).toBe(naiveLongest(keys, text, from));
    }), { numRuns: 500 });
  });
});
