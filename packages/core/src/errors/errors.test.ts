import { describe, expect, it } from 'vitest';
import { ClassifierError, ConfigError, InputError, LianxingError, toLianxingError } from './index.js';

describe('errors', () => {
  it('are recognised by a cross-realm marker, not by instanceof', () => {
    const error = new InputError('[core] no text', { field: 'text' });
    expect(LianxingError.isInstance(error)).toBe(true);
    expect(LianxingError.isInstance({ ...error })).toBe(false);
    expect(LianxingError.isInstance(new Error('x'))).toBe(false);
    expect(LianxingError.isInstance(null)).toBe(false);
    const lookalike = Object.assign(new Error('x'), { [Symbol.for('lianxing.error')]: true });
    expect(LianxingError.isInstance(lookalike)).toBe(true);
  });

  it('carry a stable code, keep the cause and serialize without it', () => {
    const cause = new Error('socket hang up');
    const error = new ClassifierError('llm', '[classifiers] failed', { cause, isRetryable: true });
    expect(error.code).toBe('classifier_failed');
    expect(error.cause).toBe(cause);
    expect(error.toJSON()).toEqual({ name: 'ClassifierError', code: 'classifier_failed', message: '[classifiers] failed', isRetryable: true });
  });

  it('normalizes anything thrown', () => {
    const config = new ConfigError('bad');
    expect(toLianxingError(config)).toBe(config);
    expect(toLianxingError('boom')).toMatchObject({ code: 'internal', message: '[core] Unexpected failure. boom' });
    const abort = Object.assign(new Error('stop'), { name: 'AbortError' });
    expect(toLianxingError(abort).code).toBe('aborted');
  });
});

describe('marketplace errors', () => {
  it('keep their markers through the hierarchy and serialize only safe fields', async () => {
    const { AuthError, MarketplaceError, RateLimitError, ValidationError, NotificationError, IdempotencyError } = await import('./index.js');
    const rate = new RateLimitError('[adapters-x] slow down', { marketplace: 'x', status: 429, requestId: 'r1', retryAfterMs: 1500, path: '/m', cause: new Error('ky') });
    expect(RateLimitError.isInstance(rate)).toBe(true);
    expect(MarketplaceError.isInstance(rate)).toBe(true);
    expect(AuthError.isInstance(rate)).toBe(false);
    expect(LianxingError.isInstance(rate)).toBe(true);
    expect(rate.toJSON()).toEqual({
      name: 'RateLimitError', code: 'rate_limited', message: '[adapters-x] slow down', isRetryable: true,
      marketplace: 'x', status: 429, requestId: 'r1', path: '/m', retryAfterMs: 1500,
    });
    const auth = new AuthError('[adapters-x] refused', { marketplace: 'x', status: 401 });
    expect([auth.code, auth.isRetryable, AuthError.isInstance(auth), RateLimitError.isInstance(auth)]).toEqual(['auth_failed', false, true, false]);
    const validation = new ValidationError('[adapters-x] too long', { field: 'text', limit: 350, actual: 351 });
    expect([validation.code, ValidationError.isInstance(validation), MarketplaceError.isInstance(validation)]).toEqual(['validation_failed', true, false]);
    const notification = new NotificationError('[adapters-x] forged', { marketplace: 'x', reason: 'signature' });
    expect([notification.code, notification.reason, NotificationError.isInstance(notification)]).toEqual(['notification_invalid', 'signature', true]);
    expect(new IdempotencyError('busy', { idempotencyKey: 'k', retryAfterMs: 5 })).toMatchObject({ code: 'idempotency_conflict', isRetryable: true });
  });
});
