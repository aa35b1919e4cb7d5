import { describe, expect, it } from 'vitest';
import { isRateLimitExhausted, parseRetryAfter } from './parse-retry-after.js';
import { createSecretRedactor } from './secret-redactor.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-03-02T10:00:00Z');
  it.each([
    [{ 'retry-after-ms': '250' }, 250],
    [{ 'retry-after': '2' }, 2000],
    [{ 'retry-after': 'Mon, 02 Mar 2026 10:00:05 GMT' }, 5000],
    [{ 'ratelimit-reset': '3' }, 3000],
    [{ 'x-ratelimit-reset': String(now / 1000 + 7) }, 7000],
    [{ 'retry-after': 'soon' }, undefined],
    [{}, undefined],
  ])('%j → %s', (headers, expected) => {
    expect(parseRetryAfter(new Headers(headers), now)).toBe(expected);
  });
  it('reads exhausted windows', () => {
    expect(isRateLimitExhausted(new Headers({ 'x-ratelimit-remaining': '0' }))).toBe(true);
    expect(isRateLimitExhausted(new Headers({ 'ratelimit-remaining': '4' }))).toBe(false);
  });
});

describe('createSecretRedactor', () => {
  it('drops URL query strings and secrets, also URL-encoded, and ignores short ones', () => {
    const redactor = createSecretRedactor(() => ['s3cr3t/value+x', 'abc', undefined]);
    expect(redactor.redactText('GET https://h/p?token=1&x=2 failed: s3cr3t/value+x s3cr3t%2Fvalue%2Bx abc')).toBe(
      'GET https://h/p?[query removed] failed: [REDACTED] [REDACTED] abc',
    );
  });
});
