/**
 * How long the response asks us to wait, in milliseconds: `retry-after-ms`, then `Retry-After` (seconds or an
 * HTTP date), then `RateLimit-Reset` / `X-RateLimit-Reset` (seconds to wait, or an epoch timestamp in seconds).
 * `undefined` when none is present or readable.
 */
export function parseRetryAfter(headers: Headers, now: number = Date.now()): number | undefined {
  const milliseconds = headers.get('retry-after-ms');
  if (milliseconds !== null && /^\d+(\.\d+)?$/.test(milliseconds.trim())) return Math.ceil(Number(milliseconds));
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null) {
    const trimmed = retryAfter.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
    const date = Date.parse(trimmed);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = headers.get('ratelimit-reset') ?? headers.get('x-ratelimit-reset');
  if (reset !== null && /^\d+(\.\d+)?$/.test(reset.trim())) {
    const value = Number(reset.trim());
    // A value past 2024-01-01 in seconds is a timestamp, not a delay.
    return value >= 1_704_067_200 ? Math.max(0, value * 1000 - now) : Math.ceil(value * 1000);
  }
  return undefined;
}

/** Whether the response says no requests remain in the current window (`RateLimit-Remaining: 0`). */
export function isRateLimitExhausted(headers: Headers): boolean {
  const remaining = headers.get('ratelimit-remaining') ?? headers.get('x-ratelimit-remaining');
  return remaining !== null && remaining.trim() === '0';
}
