import { describe, expect, it } from 'vitest';
import { forEachNumberWindow } from './number-windows.js';

const windows = (scan: string, min: number, max: number): string[] => {
  const found: string[] = [];
  forEachNumberWindow(scan, min, max, (window) => found.push(`${window.start}-${window.end}:${window.digits}${window.glued ? '*' : ''}`));
  return found;
};

describe('forEachNumberWindow', () => {
  it('joins space-separated tokens, keeps hyphenated groups whole, and marks numbers glued to letters', () => {
    expect(windows('card 4111 1111 1111 1111', 13, 19)).toEqual(['5-24:4111111111111111']);
    expect(windows('order 112-4839201-5512873', 16, 20)).toEqual(['6-25:11248392015512873']);
    expect(windows('ABC1234567 and 7654321', 7, 10)).toEqual(['3-10:1234567*', '15-22:7654321']);
  });

  it('reads each text afresh when texts alternate (the runs of the last text are kept, not mixed up)', () => {
    const first = windows('12 34 56', 4, 6);
    const second = windows('98 76', 4, 6);
    expect(first).toEqual(['0-5:1234', '0-8:123456', '3-8:3456']);
    expect(second).toEqual(['0-5:9876']);
    expect(windows('12 34 56', 4, 6)).toEqual(first);
  });
});
