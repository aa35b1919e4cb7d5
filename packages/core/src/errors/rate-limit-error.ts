import { LianxingError } from './lianxing-error.js';
import { MarketplaceError, type MarketplaceErrorOptions } from './marketplace-error.js';

/**
 * The marketplace kept answering "too many requests" (HTTP 429 or a rate-limit business code) after the
 * retries, or asked for a wait longer than the adapter may sleep. Always retryable; `retryAfterMs` says when,
 * if the marketplace said.
 * @example
 * if (RateLimitError.isInstance(error)) await sleep(error.retryAfterMs ?? 60_000);
 */
export class RateLimitError extends MarketplaceError {
  constructor(message: string, options: MarketplaceErrorOptions) {
    super(message, { ...options, isRetryable: true }, 'rate_limited');
    this.name = 'RateLimitError';
  }

  /** Whether `value` is a rate-limit error (of any copy of this package). */
  static override isInstance(value: unknown): value is RateLimitError {
    return LianxingError.isInstance(value) && (value as unknown as Record<symbol, unknown>)[rateLimitMarker] === true;
  }
}

const rateLimitMarker = Symbol.for('lianxing.error.rate_limit');
Object.defineProperty(RateLimitError.prototype, rateLimitMarker, { value: true, enumerable: false });
