import { describe, expect, it } from 'vitest';
import { MarketplaceError, ValidationError } from '@lianxing/core';
import { createIdempotentSender, isDefinitelyNotSent, type SendOutcome } from './idempotent-sender.js';
import { createMemoryKeyValueStore } from './memory-key-value-store.js';

const outcome = (id: string): SendOutcome => ({ messageId: id, sentAt: '2026-03-02T10:00:00.000Z' });
const serverError = () => new MarketplaceError('[t] 500', { marketplace: 't', status: 500, isRetryable: true });

describe('createIdempotentSender', () => {
  it('posts once per key, sequentially and concurrently', async () => {
    const sender = createIdempotentSender({ store: createMemoryKeyValueStore(), namespace: 't' });
    let posts = 0;
    const send = async () => outcome(`m${++posts}`);
    expect(await sender.run({ key: 'k1', send })).toEqual({ ...outcome('m1'), deduplicated: false });
    expect(await sender.run({ key: 'k1', send })).toEqual({ ...outcome('m1'), deduplicated: true });
    const both = await Promise.all([sender.run({ key: 'k2', send }), sender.run({ key: 'k2', send })]);
    expect(both.map((reply) => reply.deduplicated).sort()).toEqual([false, true]);
    expect(posts).toBe(2);
  });

  it('reconciles an attempt of unknown outcome before posting again', async () => {
    const store = createMemoryKeyValueStore();
    const sender = createIdempotentSender({ store, namespace: 't' });
    const posted: string[] = [];
    // First attempt: the marketplace posted the message but answered 500.
    await expect(sender.run({ key: 'k', send: async () => (posted.push('m1'), Promise.reject(serverError())) })).rejects.toThrow('500');
    let since = 0;
    const again = await sender.run({
      key: 'k',
      send: async () => (posted.push('m2'), outcome('m2')),
      reconcile: async (from) => ((since = from), outcome('m1')),
    });
    expect(again).toEqual({ ...outcome('m1'), deduplicated: true });
    expect(posted).toEqual(['m1']);
    expect(since).toBeGreaterThan(Date.now() - 200_000);
  });

  it('posts again when reconciling finds nothing, and when the refusal was certain', async () => {
    const sender = createIdempotentSender({ store: createMemoryKeyValueStore(), namespace: 't' });
    await expect(sender.run({ key: 'k', send: async () => Promise.reject(serverError()) })).rejects.toThrow();
    expect(await sender.run({ key: 'k', send: async () => outcome('m2'), reconcile: async () => undefined })).toMatchObject({ messageId: 'm2', deduplicated: false });
    const refused = new MarketplaceError('[t] 400', { marketplace: 't', status: 400 });
    await expect(sender.run({ key: 'j', send: async () => Promise.reject(refused) })).rejects.toBe(refused);
    let reconciled = false;
    expect(await sender.run({ key: 'j', send: async () => outcome('m3'), reconcile: async () => ((reconciled = true), undefined) })).toMatchObject({ messageId: 'm3' });
    expect(reconciled).toBe(false);
  });

  it('honours another process’s claim for its lease, then takes over', async () => {
    let now = 1_000_000;
    const store = createMemoryKeyValueStore({ now: () => now });
    await store.set('t:k', JSON.stringify({ state: 'pending', startedAt: now }));
    const sender = createIdempotentSender({ store, namespace: 't', leaseMs: 10_000, now: () => now });
    now += 4_000;
    await expect(sender.run({ key: 'k', send: async () => outcome('x') })).rejects.toMatchObject({ code: 'idempotency_conflict', retryAfterMs: 6_000, isRetryable: true });
    now += 7_000;
    expect(await sender.run({ key: 'k', send: async () => outcome('y') })).toMatchObject({ messageId: 'y', deduplicated: false });
  });

  it('classifies failures by whether anything may have been posted', () => {
    expect(isDefinitelyNotSent(new ValidationError('too long'))).toBe(true);
    expect(isDefinitelyNotSent(new MarketplaceError('x', { marketplace: 't', status: 404 }))).toBe(true);
    expect(isDefinitelyNotSent(new MarketplaceError('x', { marketplace: 't', status: 200 }))).toBe(true);
    expect(isDefinitelyNotSent(serverError())).toBe(false);
    expect(isDefinitelyNotSent(new MarketplaceError('timeout', { marketplace: 't' }))).toBe(false);
    expect(isDefinitelyNotSent(new Error('raw'))).toBe(false);
  });
});
