import { LianxingError } from './lianxing-error.js';

/** Options of {@link ValidationError}. */
export interface ValidationErrorOptions {
  /** The marketplace whose rule is broken, e.g. `mercadolibre`. */
  readonly marketplace?: string;
  /** The offending field, e.g. `text`. */
  readonly field?: string;
  /** The limit that was exceeded, when the rule is a limit (e.g. 2000 characters). */
  readonly limit?: number;
  /** The value's measured size, when the rule is a limit. */
  readonly actual?: number;
  readonly cause?: unknown;
}

/**
 * A request breaks a marketplace rule we know of (a reply over the length limit, an empty text, a
 * seller-initiated message without its required reason…), caught before anything is sent. Not retryable.
 * @example
 * try { await adapter.sendReply({ conversationId, text, idempotencyKey }); } catch (error) {
 *   if (ValidationError.isInstance(error) && error.field === 'text') shortenAndRetry(error.limit);
 * }
 */
export class ValidationError extends LianxingError {
  readonly marketplace: string | undefined;
  readonly field: string | undefined;
  readonly limit: number | undefined;
  readonly actual: number | undefined;

  constructor(message: string, options: ValidationErrorOptions = {}) {
    super('validation_failed', message, { cause: options.cause });
    this.name = 'ValidationError';
    this.marketplace = options.marketplace;
    this.field = options.field;
    this.limit = options.limit;
    this.actual = options.actual;
  }

  /** Whether `value` is a validation error (of any copy of this package). */
  static override isInstance(value: unknown): value is ValidationError {
    return LianxingError.isInstance(value) && (value as unknown as Record<symbol, unknown>)[validationMarker] === true;
  }
}

const validationMarker = Symbol.for('lianxing.error.validation');
Object.defineProperty(ValidationError.prototype, validationMarker, { value: true, enumerable: false });
