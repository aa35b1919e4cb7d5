import { describe, expect, it } from 'vitest';
import { boundedMemo } from './bounded-memo.js';

describe('boundedMemo', () => {
  it('computes each key once, undefined results included, and starts over past its limit', () => {
    const calls: string[] = [];
    const memo = boundedMemo((key: string) => {
      calls.push(key);
      return key === 'none' ? undefined : key.length;
    }, 2);
    expect([memo('ab'), memo('ab'), memo('none'), memo('none')]).toEqual([2, 2, undefined, undefined]);
    expect(calls).toEqual(['ab', 'none']);
    memo('xyz');
    expect(memo('xyz')).toBe(3);
    expect(calls).toEqual(['ab', 'none', 'xyz']);
    memo('ab');
    expect(calls).toEqual(['ab', 'none', 'xyz', 'ab']);
  });
});
