import { describe, expect, it } from 'vitest';
import { NotificationError } from '@lianxing/core';
import { createMemoryKeyValueStore } from './memory-key-value-store.js';
import { createReplayGuard } from './replay-guard.js';
import { hmacSha256Hex, safeEqualHex } from './hmac.js';

describe('createReplayGuard', () => {
  it('accepts an id once inside the window, rejects stale timestamps', async () => {
    let now = 10_000_000;
    const guard = createReplayGuard({ store: createMemoryKeyValueStore({ now: () => now }), namespace: 'w', marketplace: 'acme', packageName: 'adapters-acme', toleranceMs: 60_000, now: () => now });
    expect(await guard.check('n1', now - 1000)).toBe('fresh');
    expect(await guard.check('n1', now - 1000)).toBe('duplicate');
    const stale = guard.check('n2', now - 61_000);
    await expect(stale).rejects.toSatisfy((error) => NotificationError.isInstance(error) && error.reason === 'stale');
    await expect(guard.check('n3', Number.NaN)).rejects.toMatchObject({ reason: 'stale' });
    now += 200_000; // the id's record outlives the window, then goes
    expect(await guard.check('n1', now)).toBe('fresh');
  });
});

describe('hmac', () => {
  it('signs as hex and compares in constant time, tolerating case, refusing malformed input', () => {
    // RFC 4231 test case 2.
    const expected = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
    expect(hmacSha256Hex('Jefe', 'what do ya want for nothing?')).toBe(expected);
    expect(safeEqualHex(expected.toUpperCase(), expected)).toBe(true);
    expect(safeEqualHex(expected.slice(0, -1) + '0', expected)).toBe(false);
    expect(safeEqualHex('zz', expected)).toBe(false);
    expect(safeEqualHex(undefined, expected)).toBe(false);
  });
});
