import { z } from 'zod';
import type { TokenBucket, TokenBucketOptions } from './token-bucket.js';
import type { TokenManager } from './token-manager.js';
import type { ResponseInterpreter } from './response-verdict.js';

/** How failed calls are retried. */
export interface RetryPolicy {
  /** Retries after the first attempt (a 401 token refresh counts as one). @default 3 */
  readonly limit?: number;
  /** The first backoff delay; it doubles on each retry. @default 300 */
  readonly baseDelayMs?: number;
  /** The longest backoff delay. @default 10_000 */
  readonly maxDelayMs?: number;
  /**
   * The longest `Retry-After` the client sleeps through; a longer one fails at once with a `RateLimitError`
   * whose `retryAfterMs` says when to come back. @default 60_000
   */
  readonly maxRetryAfterMs?: number;
  /** Randomize each backoff delay between half and all of it ("equal jitter"). @default true */
  readonly jitter?: boolean;
}

/** A request about to be sent, for {@link AdapterHttpClientOptions.sign} to sign in place. */
export interface SignableRequest {
  readonly method: string;
  /** The full URL; add signature query parameters to `url.searchParams`. */
  readonly url: URL;
  readonly headers: Headers;
  /** The exact body string that will be sent, if any. */
  readonly body: string | undefined;
}

/** How the client authenticates its calls. */
export interface AdapterHttpAuth {
  readonly tokens: TokenManager;
  /** Puts the access token on a request, e.g. `headers.set('x-tts-access-token', token)`. */
  readonly apply: (headers: Headers, accessToken: string) => void;
}

/** What {@link AdapterHttpClientOptions.onRetry} is told before each retry. */
export interface RetryEvent {
  /** 1 for the first retry. */
  readonly attempt: number;
  readonly delayMs: number;
  readonly reason: 'auth_refreshed' | 'rate_limited' | 'server_error' | 'timeout' | 'network';
  readonly status?: number;
  readonly method: string;
  readonly path: string;
}

/** Options of {@link createAdapterHttpClient}. */
export interface AdapterHttpClientOptions {
  /** Names the package in error messages, e.g. `adapters-tiktok`. */
  readonly packageName: string;
  /** The marketplace, e.g. `tiktok`; errors carry it. */
  readonly marketplace: string;
  /** The API's base URL, e.g. `https://open-api.tiktokglobalshop.com`. */
  readonly baseUrl: string;
  /** A fetch implementation (a proxy agent, a test double). @default globalThis.fetch */
  readonly fetch?: typeof globalThis.fetch;
  /** Headers added to every request. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Timeout of one attempt until the response headers arrive. @default 10_000 */
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy;
  /** The client-side rate limit shared by every call of this client, or `false` for none. @default false */
  readonly rateLimit?: TokenBucket | TokenBucketOptions | false;
  /**
   * A response header that reports the plan's rate in requests per second (Amazon's
   * `x-amzn-RateLimit-Limit`): the limiter follows it.
   */
  readonly rateLimitHeader?: string;
  readonly auth?: AdapterHttpAuth;
  /** Signs each attempt (after the token is applied), e.g. TikTok's `sign` query parameter. */
  readonly sign?: (request: SignableRequest) => void | Promise<void>;
  /** Reads the marketplace's envelope to tell success, auth, rate-limit and other failures apart. */
  readonly interpret?: ResponseInterpreter;
  /** Values that must never appear in errors (app secret, refresh token…); the current access token is added. */
  readonly secrets?: () => Iterable<string | undefined>;
  /** Response headers that carry the request id. @default ['x-request-id', 'x-amzn-requestid', 'x-tt-logid'] */
  readonly requestIdHeaders?: readonly string[];
  /** Called before each retry, for logs and metrics. */
  readonly onRetry?: (event: RetryEvent) => void;
}

const positiveInteger = z.number().int().nonnegative();
const fn = z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', 'expected a function');

/** Internal: the option schema, parsed once by the factory. */
export const adapterHttpClientOptionsSchema = z.strictObject({
  packageName: z.string().min(1),
  marketplace: z.string().min(1),
  baseUrl: z.url({ protocol: /^https?$/ }),
  fetch: fn.optional(),
  headers: z.record(z.string(), z.string()).optional(),
  timeoutMs: z.number().int().positive().max(2_147_483_647).optional(),
  retry: z
    .strictObject({
      limit: positiveInteger.max(20).optional(),
      baseDelayMs: positiveInteger.optional(),
      maxDelayMs: positiveInteger.optional(),
      maxRetryAfterMs: positiveInteger.optional(),
      jitter: z.boolean().optional(),
    })
    .optional(),
  rateLimit: z
    .union([
      z.literal(false),
      z.strictObject({ ratePerSecond: z.number().positive(), burst: z.number().min(1) }),
      z.custom<TokenBucket>((value) => typeof value === 'object' && value !== null && typeof (value as { take?: unknown }).take === 'function'),
    ])
    .optional(),
  rateLimitHeader: z.string().min(1).optional(),
  auth: z
    .custom<AdapterHttpAuth>(
      (value) =>
        typeof value === 'object' && value !== null && typeof (value as { apply?: unknown }).apply === 'function' &&
        typeof (value as { tokens?: { get?: unknown } }).tokens?.get === 'function',
      'expected { tokens, apply }',
    )
    .optional(),
  sign: fn.optional(),
  interpret: fn.optional(),
  secrets: fn.optional(),
  requestIdHeaders: z.array(z.string()).optional(),
  onRetry: fn.optional(),
});
