import { LianxingError, type LianxingErrorCode } from './lianxing-error.js';

/** Options of {@link MarketplaceError} and its subclasses. */
export interface MarketplaceErrorOptions {
  /** The marketplace that failed, e.g. `tiktok`. */
  readonly marketplace: string;
  /** The HTTP status, when a response came back. */
  readonly status?: number;
  /** The marketplace's request id (`x-amzn-RequestId`, TikTok's `request_id`, …), for support tickets. */
  readonly requestId?: string;
  /** The HTTP method of the failing call. */
  readonly method?: string;
  /** The path of the failing call, without its query string (which may hold signatures or secrets). */
  readonly path?: string;
  /** The marketplace's own error code, e.g. TikTok `106001` or Mercado Libre `invalid_grant`. */
  readonly marketplaceCode?: string;
  /** Whether retrying the same call may succeed. @default false */
  readonly isRetryable?: boolean;
  /** How long to wait before retrying, in milliseconds, when the marketplace said so. */
  readonly retryAfterMs?: number;
  /** The underlying error (a ky error, a zod error…), kept for debugging; it is scrubbed of secrets. */
  readonly cause?: unknown;
}

/** The JSON view of a {@link MarketplaceError}: only safe, non-secret fields (never `cause`). */
export interface MarketplaceErrorJson extends Pick<MarketplaceErrorOptions, 'marketplace' | 'status' | 'requestId' | 'method' | 'path' | 'marketplaceCode' | 'retryAfterMs'> {
  readonly name: string;
  readonly code: LianxingErrorCode;
  readonly message: string;
  readonly isRetryable: boolean;
}

/**
 * A call to a marketplace API failed: an HTTP error, a business error in the response envelope, a timeout, a
 * network failure or a response that is not what the API documents (`code: 'response_invalid'`). Carries the
 * status and the marketplace's request id; never a token or secret (adapters scrub them, the cause included).
 * @example
 * try { await adapter.sendReply(reply); } catch (error) {
 *   if (MarketplaceError.isInstance(error) && error.isRetryable) queue.retryLater(reply, error.retryAfterMs);
 * }
 */
export class MarketplaceError extends LianxingError {
  readonly marketplace: string;
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly method: string | undefined;
  readonly path: string | undefined;
  readonly marketplaceCode: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: MarketplaceErrorOptions, code: LianxingErrorCode = 'api_call_failed') {
    super(code, message, { cause: options.cause, isRetryable: options.isRetryable ?? false });
    this.name = 'MarketplaceError';
    this.marketplace = options.marketplace;
    this.status = options.status;
    this.requestId = options.requestId;
    this.method = options.method;
    this.path = options.path;
    this.marketplaceCode = options.marketplaceCode;
    this.retryAfterMs = options.retryAfterMs;
  }

  /** Whether `value` is a marketplace error (of any copy of this package), including its subclasses. */
  static override isInstance(value: unknown): value is MarketplaceError {
    return LianxingError.isInstance(value) && (value as unknown as Record<symbol, unknown>)[marketplaceMarker] === true;
  }

  override toJSON(): MarketplaceErrorJson {
    return {
      ...super.toJSON(),
      marketplace: this.marketplace,
      ...(this.status === undefined ? {} : { status: this.status }),
      ...(this.requestId === undefined ? {} : { requestId: this.requestId }),
      ...(this.method === undefined ? {} : { method: this.method }),
      ...(this.path === undefined ? {} : { path: this.path }),
      ...(this.marketplaceCode === undefined ? {} : { marketplaceCode: this.marketplaceCode }),
      ...(this.retryAfterMs === undefined ? {} : { retryAfterMs: this.retryAfterMs }),
    };
  }
}

const marketplaceMarker = Symbol.for('lianxing.error.marketplace');
Object.defineProperty(MarketplaceError.prototype, marketplaceMarker, { value: true, enumerable: false });
