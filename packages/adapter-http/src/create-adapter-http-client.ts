import ky, { HTTPError, TimeoutError, isForceRetryError, type ShouldRetryState } from 'ky';
import type { ZodType } from 'zod';
import {
  AbortedError,
  AuthError,
  ConfigError,
  LianxingError,
  MarketplaceError,
  RateLimitError,
  redactDetail,
  type MarketplaceErrorOptions,
} from '@lianxing/core';
import { adapterHttpClientOptionsSchema, type AdapterHttpClientOptions, type RetryEvent } from './adapter-http-client-options.js';
import { isRateLimitExhausted, parseRetryAfter } from './parse-retry-after.js';
import { verdictFromStatus, type ResponseVerdict } from './response-verdict.js';
import { createSecretRedactor, type SecretRedactor } from './secret-redactor.js';
import { createTokenBucket, type TokenBucket } from './token-bucket.js';

declare const __PACKAGE_VERSION__: string | undefined;
const VERSION: string = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : '0.0.0-source';

/** HTTP methods adapters use. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One call through an {@link AdapterHttpClient}. */
export interface HttpRequestOptions<T> {
  readonly method: HttpMethod;
  /** A path under the base URL (`/customer_service/202309/conversations`), or an absolute URL (a token host). */
  readonly path: string;
  /** Query parameters; `undefined` values are left out. */
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  /** A JSON body: serialized once, and those exact bytes are signed and sent on every attempt. */
  readonly json?: unknown;
  /** A form body (`application/x-www-form-urlencoded`), e.g. an OAuth token request. */
  readonly form?: Readonly<Record<string, string>>;
  readonly headers?: Readonly<Record<string, string>>;
  /** The response's schema: list only the fields you read. */
  readonly schema: ZodType<T>;
  readonly signal?: AbortSignal;
  /**
   * Whether sending twice is harmless: idempotent calls are retried on 5xx, timeouts and network failures;
   * others only when the marketplace surely did not process them (429, connection refused).
   * @default true for GET, PUT and DELETE; false for POST and PATCH
   */
  readonly idempotent?: boolean;
  /** Put the access token on this call (false for the token endpoint itself). @default true */
  readonly authenticate?: boolean;
  /** Sign this call with the client's `sign`. @default true */
  readonly sign?: boolean;
  /** The limiter for this call instead of the client's, or `false` for none. */
  readonly limiter?: TokenBucket | false;
  /** A short name for error messages, e.g. `list conversations`. @default `${method} ${path}` */
  readonly operation?: string;
}

/** A successful call's result. */
export interface HttpResponse<T> {
  readonly data: T;
  readonly status: number;
  readonly headers: Headers;
  /** The marketplace's request id, when it sent one. */
  readonly requestId: string | undefined;
}

/** The HTTP client an adapter makes its marketplace calls with. */
export interface AdapterHttpClient {
  /** Sends a request with retries, rate limiting, token refresh and signing; throws only Lianxing errors. */
  request<T>(options: HttpRequestOptions<T>): Promise<HttpResponse<T>>;
  /** The client's shared limiter, if any. */
  readonly limiter: TokenBucket | undefined;
  /** Scrubs secrets from text and errors: use it for errors the adapter builds itself. */
  readonly redactor: SecretRedactor;
  /** Turns anything thrown into a Lianxing error, scrubbed of secrets. */
  toError(error: unknown, context: { readonly operation: string; readonly signal?: AbortSignal }): LianxingError;
  /**
   * The error to report (e.g. to an `onInvalidRecord` option) for one record of a page that does not have the
   * documented shape, while the rest of the page goes on: a scrubbed `MarketplaceError` (`response_invalid`).
   */
  invalidRecord(what: string, cause: unknown): MarketplaceError;
}

interface CallState {
  phase: 'prepare' | 'response';
  refreshed: boolean;
  tokenUsed: string | undefined;
  status: number | undefined;
  headers: Headers | undefined;
  text: string | undefined;
  body: unknown;
  jsonInvalid: boolean;
  verdict: ResponseVerdict | undefined;
  requestId: string | undefined;
  retryAfterMs: number | undefined;
  nextDelayMs: number;
}

const RETRY_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'];
const DEFAULT_REQUEST_ID_HEADERS = ['x-request-id', 'x-amzn-requestid', 'x-tt-logid'];

function isConnectionRefused(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    if ((current as { code?: unknown }).code === 'ECONNREFUSED') return true;
    current = current.cause;
  }
  return false;
}

function parseJson(text: string): { body: unknown; invalid: boolean } {
  if (text.trim() === '') return { body: undefined, invalid: false };
  try {
    return { body: JSON.parse(text) as unknown, invalid: false };
  } catch {
    return { body: undefined, invalid: true };
  }
}

function toPath(url: URL): string {
  return url.pathname;
}

/**
 * Creates the HTTP client a marketplace adapter uses, on top of ky: per-attempt timeouts; retries with
 * exponential backoff and jitter on 429/5xx/timeouts, honouring `Retry-After` and rate-limit headers; a
 * client-side token bucket; single-flight token refresh before expiry and on 401, then one retry; request
 * signing; and typed, secret-free errors (`AuthError`, `RateLimitError`, `MarketplaceError`) with ky's error as
 * the scrubbed `cause`. ky's types never leak into the adapter's API.
 * @example
 * const http = createAdapterHttpClient({
 *   packageName: 'adapters-acme', marketplace: 'acme', baseUrl: 'https://api.acme.example',
 *   rateLimit: { ratePerSecond: 5, burst: 10 },
 *   auth: { tokens, apply: (headers, token) => headers.set('authorization', `Bearer ${token}`) },
 * });
 * const { data } = await http.request({ method: 'GET', path: '/messages', schema: messagesSchema, signal });
 */
export function createAdapterHttpClient(options: AdapterHttpClientOptions): AdapterHttpClient {
  const parsed = adapterHttpClientOptionsSchema.safeParse(options);
  if (!parsed.success) throw ConfigError.fromIssues(`[adapter-http] Options of the ${String(options?.packageName ?? 'adapter')} HTTP client`, parsed.error.issues);
  const label = `[${options.packageName}]`;
  const retry = {
    limit: options.retry?.limit ?? 3,
    baseDelayMs: options.retry?.baseDelayMs ?? 300,
    maxDelayMs: options.retry?.maxDelayMs ?? 10_000,
    maxRetryAfterMs: options.retry?.maxRetryAfterMs ?? 60_000,
    jitter: options.retry?.jitter ?? true,
  };
  const limiter =
    options.rateLimit === undefined || options.rateLimit === false
      ? undefined
      : 'take' in options.rateLimit
        ? options.rateLimit
        : createTokenBucket(options.rateLimit);
  const requestIdHeaders = options.requestIdHeaders ?? DEFAULT_REQUEST_ID_HEADERS;
  const redactor = createSecretRedactor(function* () {
    if (options.secrets) yield* options.secrets();
    yield options.auth?.tokens.current()?.accessToken;
  });
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const client = ky.create({
    timeout: options.timeoutMs ?? 10_000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    headers: { 'user-agent': `lianxing-${options.packageName}/${VERSION}`, ...options.headers },
  });

  const marketplaceMessage = (verdict: ResponseVerdict): string => {
    if (verdict.outcome === 'ok' || !verdict.message) return '';
    const text = redactDetail(redactor.redactText(verdict.message)).slice(0, 300);
    return ` ${options.marketplace} said: "${text}"${verdict.marketplaceCode ? ` (code ${verdict.marketplaceCode})` : ''}.`;
  };

  const errorFromVerdict = (state: CallState, request: { method: string; path: string; operation: string }, cause: unknown): LianxingError => {
    const verdict = state.verdict ?? verdictFromStatus(state.status ?? 0);
    const base: MarketplaceErrorOptions = {
      marketplace: options.marketplace,
      method: request.method,
      path: request.path,
      ...(state.status === undefined ? {} : { status: state.status }),
      ...(state.requestId === undefined ? {} : { requestId: state.requestId }),
      ...(verdict.outcome !== 'ok' && verdict.marketplaceCode !== undefined ? { marketplaceCode: verdict.marketplaceCode } : {}),
      ...(state.retryAfterMs === undefined ? {} : { retryAfterMs: state.retryAfterMs }),
      cause,
    };
    const where = `${label} ${request.operation} failed: HTTP ${state.status ?? '?'}${state.requestId ? ` (request id ${state.requestId})` : ''}.`;
    const said = marketplaceMessage(verdict);
    switch (verdict.outcome) {
      case 'auth':
        return new AuthError(
          `${where}${said} ${options.marketplace} refused the credentials${state.refreshed ? ' even after a token refresh' : ''}. Re-authorize the seller, or check the app key and secret.`,
          base,
        );
      case 'rate_limited':
        return new RateLimitError(
          `${where}${said} ${options.marketplace} is rate limiting this app and the retries ran out. Retry${state.retryAfterMs === undefined ? ' later' : ` after ${state.retryAfterMs} ms`}.`,
          base,
        );
      case 'retryable':
        return new MarketplaceError(`${where}${said} ${options.marketplace} had a temporary failure. Retry later.`, { ...base, isRetryable: true });
      default:
        return new MarketplaceError(`${where}${said} Check the request; retrying it as is will fail again.`, { ...base, isRetryable: false });
    }
  };

  const toError = (error: unknown, context: { operation: string; signal?: AbortSignal | undefined; state?: CallState; method?: string; path?: string }): LianxingError => {
    const request = { method: context.method ?? '', path: context.path ?? '', operation: context.operation };
    let result: LianxingError;
    if (context.signal?.aborted) {
      result = new AbortedError(`${label} ${context.operation} was aborted.`, { cause: error });
    } else if (LianxingError.isInstance(error)) {
      result = error;
    } else if (context.state && (error instanceof HTTPError || isForceRetryError(error))) {
      result = errorFromVerdict(context.state, request, error);
    } else if (error instanceof TimeoutError) {
      result = new MarketplaceError(`${label} ${context.operation} timed out (no response in ${timeoutMs} ms). Retry later.`, {
        marketplace: options.marketplace,
        method: request.method,
        path: request.path,
        isRetryable: true,
        cause: error,
      });
    } else if (error instanceof Error && error.name === 'AbortError') {
      result = new AbortedError(`${label} ${context.operation} was aborted.`, { cause: error });
    } else {
      const detail = error instanceof Error ? ` (${redactDetail(redactor.redactText(error.message))})` : '';
      result = new MarketplaceError(`${label} ${context.operation} could not reach ${options.marketplace}${detail}. Check the network and retry.`, {
        marketplace: options.marketplace,
        method: request.method,
        path: request.path,
        isRetryable: true,
        cause: error,
      });
    }
    return redactor.scrubError(result);
  };

  const timeoutMs = options.timeoutMs ?? 10_000;

  /** Reads the body within the timeout too: ky's covers the wait for the headers only, and a body can stall. */
  const readBody = async (response: Response, state: CallState, request: { method: string; path: string; operation: string }): Promise<string> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        state.status = response.status;
        state.verdict = { outcome: 'retryable' };
        void response.body?.cancel().catch(() => undefined);
        reject(
          new MarketplaceError(`${label} ${request.operation} timed out reading the response body (${timeoutMs} ms). Retry later.`, {
            marketplace: options.marketplace,
            method: request.method,
            path: request.path,
            status: response.status,
            isRetryable: true,
          }),
        );
      }, timeoutMs);
    });
    try {
      return await Promise.race([response.text(), stalled]);
    } finally {
      clearTimeout(timer);
    }
  };

  const backoff = (attempt: number): number => {
    const delay = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
    return retry.jitter ? delay / 2 + (Math.random() * delay) / 2 : delay;
  };

  async function request<T>(call: HttpRequestOptions<T>): Promise<HttpResponse<T>> {
    const target = new URL(/^https?:\/\//.test(call.path) ? call.path : `${baseUrl}${call.path.startsWith('/') ? '' : '/'}${call.path}`);
    for (const [key, value] of Object.entries(call.query ?? {})) if (value !== undefined) target.searchParams.set(key, String(value));
    const method = call.method;
    const path = toPath(target);
    const operation = call.operation ?? `${method} ${path}`;
    const idempotent = call.idempotent ?? (method !== 'POST' && method !== 'PATCH');
    const callLimiter = call.limiter === undefined ? limiter : call.limiter || undefined;
    const authenticate = options.auth !== undefined && call.authenticate !== false;
    const body = call.json !== undefined ? JSON.stringify(call.json) : call.form ? new URLSearchParams(call.form as Record<string, string>).toString() : undefined;
    const contentType = call.json !== undefined ? 'application/json' : call.form ? 'application/x-www-form-urlencoded;charset=UTF-8' : undefined;
    const signal = call.signal;
    const state: CallState = {
      phase: 'prepare',
      refreshed: false,
      tokenUsed: undefined,
      status: undefined,
      headers: undefined,
      text: undefined,
      body: undefined,
      jsonInvalid: false,
      verdict: undefined,
      requestId: undefined,
      retryAfterMs: undefined,
      nextDelayMs: 0,
    };

    const emitRetry = (attempt: number, delayMs: number, reason: RetryEvent['reason']): void => {
      options.onRetry?.({ attempt, delayMs, reason, method, path, ...(state.status === undefined ? {} : { status: state.status }) });
    };

    const shouldRetry = ({ error, retryCount }: ShouldRetryState): boolean => {
      if (signal?.aborted || state.phase === 'prepare') return false;
      let reason: RetryEvent['reason'];
      if (error instanceof TimeoutError) {
        if (!idempotent) return false;
        reason = 'timeout';
      } else if (error instanceof HTTPError || LianxingError.isInstance(error)) {
        const outcome = state.verdict?.outcome;
        if (outcome === 'rate_limited') reason = 'rate_limited';
        else if (outcome === 'retryable' && idempotent) reason = 'server_error';
        else return false;
      } else if (idempotent || isConnectionRefused(error)) {
        reason = 'network';
      } else {
        return false;
      }
      if (reason === 'rate_limited' && state.retryAfterMs !== undefined) {
        if (state.retryAfterMs > retry.maxRetryAfterMs) return false;
        state.nextDelayMs = state.retryAfterMs;
      } else {
        state.nextDelayMs = backoff(retryCount);
      }
      emitRetry(retryCount, state.nextDelayMs, reason);
      return true;
    };

    try {
      await client(target, {
        method,
        ...(body === undefined ? {} : { body }),
        headers: { ...(contentType ? { 'content-type': contentType } : {}), ...call.headers },
        ...(signal ? { signal } : {}),
        throwHttpErrors: true,
        retry: {
          limit: retry.limit,
          methods: RETRY_METHODS,
          statusCodes: [],
          afterStatusCodes: [],
          backoffLimit: Number.POSITIVE_INFINITY,
          delay: () => state.nextDelayMs,
          shouldRetry,
        },
        hooks: {
          beforeRequest: [
            async (kyRequest) => {
              state.phase = 'prepare';
              state.verdict = undefined;
              state.retryAfterMs = undefined;
              if (callLimiter) await callLimiter.take(signal);
              const url = new URL(target);
              const headers = new Headers(kyRequest.headers);
              if (authenticate && options.auth) {
                const token = await options.auth.tokens.get(signal);
                state.tokenUsed = token;
                options.auth.apply(headers, token);
              }
              if (options.sign && call.sign !== false) await options.sign({ method, url, headers, body });
              state.phase = 'response';
              return new Request(url, { method, headers, signal: kyRequest.signal, ...(body === undefined ? {} : { body }) });
            },
          ],
          afterResponse: [
            async (_kyRequest, _kyOptions, response) => {
              const text = await readBody(response, state, { method, path, operation });
              const json = parseJson(text);
              state.status = response.status;
              state.headers = response.headers;
              state.text = text;
              state.body = json.body;
              state.jsonInvalid = json.invalid;
              const interpreted = options.interpret?.({ status: response.status, headers: response.headers, body: json.body });
              const verdict = interpreted && !(interpreted.outcome === 'ok' && !response.ok) ? interpreted : verdictFromStatus(response.status, json.body);
              state.verdict = verdict;
              state.requestId = verdict.requestId ?? requestIdHeaders.map((name) => response.headers.get(name)).find((value) => value !== null) ?? undefined;
              const headerWait = parseRetryAfter(response.headers);
              state.retryAfterMs =
                verdict.outcome === 'rate_limited'
                  ? (verdict.retryAfterMs ?? headerWait)
                  : verdict.outcome === 'retryable' && response.status === 503
                    ? headerWait
                    : undefined;
              if (callLimiter) {
                const plan = options.rateLimitHeader ? Number(response.headers.get(options.rateLimitHeader)) : Number.NaN;
                if (Number.isFinite(plan) && plan > 0 && plan !== callLimiter.ratePerSecond) callLimiter.setRate(plan);
                if (state.retryAfterMs !== undefined) callLimiter.pauseFor(state.retryAfterMs);
                else if (isRateLimitExhausted(response.headers) && headerWait !== undefined) callLimiter.pauseFor(headerWait);
              }
              if (verdict.outcome === 'auth' && verdict.refreshable !== false && authenticate && options.auth && !state.refreshed) {
                state.refreshed = true;
                state.phase = 'prepare';
                await options.auth.tokens.refresh(state.tokenUsed, signal);
                state.phase = 'response';
                emitRetry(1, 0, 'auth_refreshed');
                return ky.retry({ delay: 0 });
              }
              if (response.ok && verdict.outcome !== 'ok') throw errorFromVerdict(state, { method, path, operation }, undefined);
              return undefined;
            },
          ],
        },
      });
    } catch (error) {
      throw toError(error, { operation, signal, state, method, path });
    }

    const shapeError = (message: string, cause?: unknown): LianxingError =>
      redactor.scrubError(
        new MarketplaceError(
          `${label} ${operation}: ${message}${state.requestId ? ` (request id ${state.requestId})` : ''}. The marketplace may have changed its API; report it with the request id.`,
          {
            marketplace: options.marketplace,
            method,
            path,
            ...(state.status === undefined ? {} : { status: state.status }),
            ...(state.requestId === undefined ? {} : { requestId: state.requestId }),
            cause,
          },
          'response_invalid',
        ),
      );
    if (state.jsonInvalid) throw shapeError('the response body is not valid JSON');
    const result = call.schema.safeParse(state.body);
    if (!result.success) {
      const issues = result.error.issues.slice(0, 3).map((issue) => `\`${issue.path.join('.') || '(root)'}\` ${issue.message}`);
      throw shapeError(`the response does not have the documented shape (${issues.join('; ')})`, result.error);
    }
    return { data: result.data, status: state.status ?? 0, headers: state.headers ?? new Headers(), requestId: state.requestId };
  }

  return {
    request,
    limiter,
    redactor,
    toError: (error, context) => toError(error, context),
    invalidRecord: (what, cause) =>
      redactor.scrubError(
        new MarketplaceError(`${label} Skipped a ${what} that does not have the documented shape; the rest of the page goes on.`, { marketplace: options.marketplace, cause }, 'response_invalid'),
      ),
  };
}
