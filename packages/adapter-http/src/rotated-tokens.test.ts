import { describe, expect, it } from 'vitest';
import { LianxingError } from '@lianxing/core';
import { initialAccessToken, persistRotatedTokens } from './rotated-tokens.js';

describe('initialAccessToken', () => {
  it('is empty without a token, and reads the expiry as epoch milliseconds or a Date', () => {
    expect(initialAccessToken(undefined, 5)).toEqual({});
    expect(initialAccessToken('t', undefined)).toEqual({ initial: { accessToken: 't' } });
    expect(initialAccessToken('t', new Date(1_000))).toEqual({ initial: { accessToken: 't', expiresAt: 1_000 } });
    expect(initialAccessToken('t', 2_000)).toEqual({ initial: { accessToken: 't', expiresAt: 2_000 } });
  });
});

describe('persistRotatedTokens', () => {
  it('hands the tokens over, and turns a failing callback into a retryable error naming the package', async () => {
    const seen: string[] = [];
    await persistRotatedTokens('adapters-x', (tokens: { refreshToken: string }) => void seen.push(tokens.refreshToken), { refreshToken: 'r2' });
    expect(seen).toEqual(['r2']);
    await expect(persistRotatedTokens('adapters-x', undefined, { refreshToken: 'r3' })).resolves.toBeUndefined();
    const failure = await persistRotatedTokens('adapters-x', () => Promise.reject(new Error('disk full')), { refreshToken: 'secret-r4' }).catch((error: unknown) => error);
    expect(LianxingError.isInstance(failure)).toBe(true);
    expect((failure as LianxingError).isRetryable).toBe(true);
    expect((failure as LianxingError).message).toMatch(/^\[adapters-x\] `onTokens` failed to persist/);
    expect((failure as LianxingError).message).not.toContain('secret-r4');
  });
});
