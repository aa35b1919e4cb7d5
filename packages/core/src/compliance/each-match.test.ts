import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachMatch } from './each-match.js';
import { matchSpans } from './match-spans.js';

const collect = (pattern: RegExp, text: string): [number, string][] => {
  const found: [number, string][] = [];
  eachMatch(pattern, text, (match) => void found.push([match.index, match[0]]));
  return found;
};
const reference = (pattern: RegExp, text: string): [number, string][] => [...text.matchAll(pattern)].map((match) => [match.index, match[0]]);

describe('eachMatch', () => {
  const PATTERNS = [/\d+/g, /x*/g, /x*/gu, /(?:)/gu, /\p{L}+/gu, /(?<![\p{L}\p{N}])(?:ab|b)(?![\p{L}\p{N}])/gu, /^#\s|\*\*[^*]+\*\*/gm, /./gsu, /[\uD800-\uDBFF]?/g];

  it('finds what matchAll finds, empty matches and surrogate pairs included, and leaves lastIndex at 0', () => {
    fc.assert(fc.property(fc.constantFrom(...PATTERNS), fc.array(fc.oneof(fc.constantFrom('ab', 'b', ' ', '😀', '\uD800', '#', '**x**', '\n', '12', 'x'), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 10 }), (pattern, parts) => {
      const text = parts.join('');
      expect(collect(pattern, text)).toEqual(reference(pattern, text));
      expect(pattern.lastIndex).toBe(0);
    }), { numRuns: 400 });
  });

  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => eachMatch(/a/, 'a', () => undefined)).toThrow(TypeError);
  });

  it('resets lastIndex when the visitor throws', () => {
    const pattern = /a/g;
    expect(() => eachMatch(pattern, 'aaa', () => { throw new Error('stop'); })).toThrow('stop');
    expect(pattern.lastIndex).toBe(0);
  });

  it('gives spans', () => {
    expect(matchSpans('a 12 b 345', /\d+/g)).toEqual([{ start: 2, end: 4 }, { start: 7, end: 10 }]);
  });
});
