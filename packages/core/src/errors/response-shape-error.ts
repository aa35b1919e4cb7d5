import { LianxingError } from './lianxing-error.js';
import { redactDetail } from './to-lianxing-error.js';

/** One problem found in a response, with where it is. */
export interface ResponseIssue {
  /** Where the problem is, e.g. `data.0.embedding` or `results.2.intent`. */
  readonly path: string;
  readonly message: string;
}

const BODY_LIMIT = 500;

/**
 * A remote service (a model API, a marketplace) answered with something we cannot use: not JSON, the wrong shape,
 * or values outside what was asked (an intent the taxonomy does not have). The body is kept, truncated and with
 * e-mails and long numbers redacted, for debugging.
 * @example
 * if (ResponseShapeError.isInstance(error)) console.error(error.issues, error.body);
 */
export class ResponseShapeError extends LianxingError {
  /** What answered, e.g. `[classifiers] [remote-llm] chat completions`. */
  readonly source: string;
  readonly issues: readonly ResponseIssue[];
  /** The start of the offending body, redacted. */
  readonly body: string | undefined;

  constructor(source: string, issues: readonly ResponseIssue[], options: { body?: string | undefined; cause?: unknown; isRetryable?: boolean } = {}) {
    const details = issues.slice(0, 5).map((issue) => `\`${issue.path}\`: ${issue.message}`).join('; ');
    super('response_invalid', `${source} answered with an unusable response${details ? `: ${redactDetail(details)}` : ''}.`, { cause: options.cause, isRetryable: options.isRetryable ?? false });
    this.name = 'ResponseShapeError';
    this.source = source;
    this.issues = issues;
    this.body = options.body === undefined ? undefined : redactDetail(options.body.length > BODY_LIMIT ? `${options.body.slice(0, BODY_LIMIT)}…` : options.body);
  }

  /** Whether `value` is a ResponseShapeError (of any copy of this package). */
  static override isInstance(value: unknown): value is ResponseShapeError {
    return LianxingError.isInstance(value) && value.code === 'response_invalid' && (value as { name?: unknown }).name === 'ResponseShapeError';
  }
}
