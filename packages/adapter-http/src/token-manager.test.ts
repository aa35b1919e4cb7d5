import { describe, expect, it } from 'vitest';
import { createTokenManager } from './token-manager.js';

describe('createTokenManager', () => {
  it('shares one refresh among concurrent callers and reuses the token until the margin', async () => {
    let now = 0;
    let refreshes = 0;
    const tokens = createTokenManager({
      now: () => now,
      refreshMarginMs: 1000,
      refresh: async () => {
        refreshes++;
        await new Promise((resolve) => setTimeout(resolve, 10));
        return { accessToken: `t${refreshes}`, expiresAt: now + 10_000 };
      },
    });
    expect(await Promise.all([tokens.get(), tokens.get(), tokens.get()])).toEqual(['t1', 't1', 't1']);
    now = 8_999;
    expect(await tokens.get()).toBe('t1');
    now = 9_001;
    expect(await tokens.get()).toBe('t2');
    expect(refreshes).toBe(2);
  });

  it('does not refresh again for a stale token another caller already replaced', async () => {
    let refreshes = 0;
    const tokens = createTokenManager({ initial: { accessToken: 'old' }, refresh: async () => ({ accessToken: `new${++refreshes}` }) });
    expect(await tokens.refresh('old')).toBe('new1');
    expect(await tokens.refresh('old')).toBe('new1');
    expect(await tokens.refresh('new1')).toBe('new2');
  });

  it('lets a caller stop waiting without cancelling the shared refresh, and surfaces refresh failures', async () => {
    let release: () => void = () => undefined;
    const tokens = createTokenManager({
      refresh: () => new Promise((resolve) => (release = () => resolve({ accessToken: 'late' }))),
    });
    const controller = new AbortController();
    const impatient = tokens.get(controller.signal);
    const patient = tokens.get();
    controller.abort(new Error('gave up'));
    await expect(impatient).rejects.toThrow('gave up');
    release();
    expect(await patient).toBe('late');
    const failing = createTokenManager({ refresh: async () => Promise.reject(new Error('invalid_grant')) });
    await expect(failing.get()).rejects.toThrow('invalid_grant');
  });
});
