import { describe, expect, it } from 'vitest';
import { mapOrdered } from './map-ordered.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapOrdered', () => {
  it('yields results in input order even when later calls finish first', async () => {
    const out: number[] = [];
    for await (const value of mapOrdered([30, 5, 20, 1, 10], async (ms) => {
      await sleep(ms);
      return ms;
    }, 3)) out.push(value);
    expect(out).toEqual([30, 5, 20, 1, 10]);
  });

  it('keeps at most `concurrency` calls in flight and pulls input lazily', async () => {
    let inFlight = 0;
    let peak = 0;
    let pulled = 0;
    async function* source() {
      for (let index = 0; index < 50; index++) {
        pulled++;
        yield index;
      }
    }
    const iterator = mapOrdered(source(), async (value) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await sleep(1);
      inFlight--;
      return value;
    }, 4);
    const first = await iterator.next();
    expect(first.value).toBe(0);
    expect(pulled).toBeLessThanOrEqual(5);
    for await (const _ of iterator) void _;
    expect(peak).toBeLessThanOrEqual(4);
    expect(pulled).toBe(50);
  });

  it('handles an empty source and synchronous functions', async () => {
    const empty: number[] = [];
    for await (const value of mapOrdered([], (x: number) => x)) empty.push(value);
    expect(empty).toEqual([]);
    const doubled: number[] = [];
    for await (const value of mapOrdered([1, 2, 3], (x) => x * 2, 2)) doubled.push(value);
    expect(doubled).toEqual([2, 4, 6]);
  });
});
