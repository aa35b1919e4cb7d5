import { describe, expect, it } from 'vitest';
import { createTokenBucket } from './token-bucket.js';

describe('createTokenBucket', () => {
  it('grants the burst at once, then paces at the rate', async () => {
    const bucket = createTokenBucket({ ratePerSecond: 50, burst: 3 });
    const started = performance.now();
    const grantedAt: number[] = [];
    await Promise.all(Array.from({ length: 6 }, () => bucket.take().then(() => grantedAt.push(performance.now() - started))));
    grantedAt.sort((a, b) => a - b);
    expect(grantedAt[2]!).toBeLessThan(15);
    // Three more at 50/s: the last no earlier than 3 × 20 ms (less a timer's rounding).
    expect(grantedAt[5]!).toBeGreaterThanOrEqual(55);
  });

  it('serves waiters first come, first served', async () => {
    const bucket = createTokenBucket({ ratePerSecond: 100, burst: 1 });
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4].map((id) => bucket.take().then(() => order.push(id))));
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it('pauses on demand and removes aborted waiters', async () => {
    const bucket = createTokenBucket({ ratePerSecond: 1000, burst: 5 });
    bucket.pauseFor(80);
    const started = performance.now();
    const controller = new AbortController();
    const aborted = bucket.take(controller.signal);
    const waited = bucket.take();
    controller.abort(new Error('stop'));
    await expect(aborted).rejects.toThrow('stop');
    await waited;
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    expect(bucket.pending).toBe(0);
    await expect(bucket.take(AbortSignal.abort(new Error('already')))).rejects.toThrow('already');
  });

  it('changes rate and rejects nonsense', () => {
    const bucket = createTokenBucket({ ratePerSecond: 1, burst: 5 });
    bucket.setRate(2, 10);
    expect([bucket.ratePerSecond, bucket.burst]).toEqual([2, 10]);
    expect(() => createTokenBucket({ ratePerSecond: 0, burst: 1 })).toThrow(RangeError);
    expect(() => bucket.setRate(1, 0)).toThrow(/burst/);
  });
});
