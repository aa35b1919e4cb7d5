import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/config-error.js';
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

  it('yields a finished result while the next input is still awaited (live streams)', async () => {
    let release: (() => void) | undefined;
    async function* live() {
      yield 'first';
      await new Promise<void>((resolve) => (release = resolve));
      yield 'second';
    }
    const iterator = mapOrdered(live(), (value) => value.toUpperCase(), 16);
    const first = await Promise.race([iterator.next(), sleep(200).then(() => 'timed out')]);
    expect(first).toEqual({ value: 'FIRST', done: false });
    release?.();
    expect(await iterator.next()).toEqual({ value: 'SECOND', done: false });
    expect((await iterator.next()).done).toBe(true);
  });

  it('yields the results in flight before rethrowing a source error', async () => {
    async function* failing() {
      yield 1;
      yield 2;
      throw new Error('EIO');
    }
    const out: number[] = [];
    await expect((async () => {
      for await (const value of mapOrdered(failing(), async (x) => x * 10, 8)) out.push(value);
    })()).rejects.toThrow('EIO');
    expect(out).toEqual([10, 20]);
  });

  it('stops reading when aborted, and leaves no unhandled rejection behind', async () => {
    const controller = new AbortController();
    let pulled = 0;
    function* endless() {
      while (true) yield pulled++;
    }
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const out: number[] = [];
    for await (const value of mapOrdered(endless(), async (x) => {
      if (x === 3) controller.abort();
      if (x === 5) throw new Error('late failure');
      return x;
    }, 4, { signal: controller.signal })) {
      out.push(value);
      if (out.length > 100) break;
    }
    await sleep(10);
    process.off('unhandledRejection', onUnhandled);
    expect(out.length).toBeLessThan(10);
    expect(unhandled).toEqual([]);
  });

  it('rejects a concurrency that is not a whole number ≥ 1', async () => {
    for (const concurrency of [Number.NaN, 0, -1, Number.POSITIVE_INFINITY]) {
      await expect(mapOrdered([1], (x) => x, concurrency).next()).rejects.toSatisfy((error: unknown) => ConfigError.isInstance(error));
    }
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
