import { LianxingError } from './lianxing-error.js';

/** Options of {@link ModelApiError}. */
export interface ModelApiErrorOptions {
  /** The endpoint called, without query string or credentials. */
  readonly url: string;
  /** The HTTP status, when the server answered. */
  readonly status?: number | undefined;
  /** Whether retrying the same call later may succeed (429, 5xx, timeouts, network failures). */
  readonly isRetryable?: boolean;
  /** How long the server asked to wait (`Retry-After`), in milliseconds. */
  readonly retryAfterMs?: number | undefined;
  /** The underlying failure, kept for debugging; never carries the API key. */
  readonly cause?: unknown;
}

/**
 * A call to a model API (embeddings, chat completions) failed: the server answered with an error status, did not
 * answer in time, or could not be reached. Messages name the package, the endpoint and the next step; they never
 * contain the API key or the texts sent.
 * @example
 * try { await embedder.embed(['hello']); } catch (error) {
 *   if (ModelApiError.isInstance(error) && error.status === 401) console.error('check the API key');
 * }
 */
export class ModelApiError extends LianxingError {
  readonly url: string;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: ModelApiErrorOptions) {
    super('api_call_failed', message, { cause: options.cause, isRetryable: options.isRetryable ?? false });
    this.name = 'ModelApiError';
    this.url = options.url;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }

  /** Whether `value` is a ModelApiError (of any copy of this package). */
  static override isInstance(value: unknown): value is ModelApiError {
    return LianxingError.isInstance(value) && value.code === 'api_call_failed' && (value as { name?: unknown }).name === 'ModelApiError';
  }
}
