import { LianxingError } from './lianxing-error.js';

/**
 * A send with this idempotency key is already under way (in another process, or one that crashed mid-send and
 * whose outcome could not be settled yet). Retry after `retryAfterMs`: by then the first attempt has either
 * been recorded (and the retry returns it, deduplicated) or its lease has expired.
 * @example
 * if (IdempotencyError.isInstance(error)) setTimeout(retry, error.retryAfterMs);
 */
export class IdempotencyError extends LianxingError {
  readonly idempotencyKey: string;
  readonly retryAfterMs: number;

  constructor(message: string, options: { idempotencyKey: string; retryAfterMs: number; cause?: unknown }) {
    super('idempotency_conflict', message, { cause: options.cause, isRetryable: true });
    this.name = 'IdempotencyError';
    this.idempotencyKey = options.idempotencyKey;
    this.retryAfterMs = options.retryAfterMs;
  }
}
