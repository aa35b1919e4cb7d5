const marker = Symbol.for('lianxing.error');

/** The closed set of error codes every Lianxing error carries. */
export type LianxingErrorCode =
  | 'config_invalid'
  | 'input_invalid'
  | 'classifier_failed'
  | 'training_data_invalid'
  | 'model_invalid'
  | 'api_call_failed'
  | 'response_invalid'
  | 'auth_failed'
  | 'rate_limited'
  | 'validation_failed'
  | 'notification_invalid'
  | 'idempotency_conflict'
  | 'aborted'
  | 'store_failed'
  | 'internal';

/** Options shared by every Lianxing error. */
export interface LianxingErrorOptions {
  /** The underlying error, kept for debugging. */
  readonly cause?: unknown;
  /** Whether retrying the same call may succeed. @default false */
  readonly isRetryable?: boolean;
}

/**
 * The base class of every error Lianxing throws or reports. Check with
 * {@link LianxingError.isInstance}, which works across several installed copies of the package.
 * Messages name the package, what failed and what to do next; they never contain secrets or buyer PII.
 */
export class LianxingError extends Error {
  /** A stable, machine-readable code. */
  readonly code: LianxingErrorCode;
  /** Whether retrying the same call may succeed. */
  readonly isRetryable: boolean;

  constructor(code: LianxingErrorCode, message: string, options: LianxingErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'LianxingError';
    this.code = code;
    this.isRetryable = options.isRetryable ?? false;
  }

  /** Whether `value` is a Lianxing error (of any copy of this package). */
  static isInstance(value: unknown): value is LianxingError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[marker] === true;
  }

  /** A plain, JSON-safe view of the error (no stack, no cause). */
  toJSON(): { name: string; code: LianxingErrorCode; message: string; isRetryable: boolean } {
    return { name: this.name, code: this.code, message: this.message, isRetryable: this.isRetryable };
  }
}

// The marker lives on the prototype: instances of every copy carry it, plain copies (`{ ...error }`) do not.
Object.defineProperty(LianxingError.prototype, marker, { value: true, enumerable: false });
