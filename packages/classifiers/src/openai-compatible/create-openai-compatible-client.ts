import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import type { z } from 'zod';
import { AbortedError, ModelApiError, ResponseShapeError, type ResponseIssue } from '@lianxing/core';
import type { ConnectionOptions } from './connection-options.js';
import { publicUrl, scrubSecrets } from './scrub-secrets.js';

declare const __PACKAGE_VERSION__: string | undefined;
const VERSION = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : 'source';

/** What a request returns: the validated data and the raw body (for error reports). */
export interface ClientResponse<T> {
  readonly data: T;
  readonly raw: string;
}

/** A small client of one OpenAI-compatible server: typed errors, retries, timeouts, validated responses. */
export interface OpenAICompatibleClient {
  /** The public form of an endpoint's URL (no query, no credentials). */
  url(path: string): string;
  /**
   * POSTs JSON and validates the answer with `schema`.
   * @throws ModelApiError (HTTP error, timeout, network), ResponseShapeError (not JSON, wrong shape), AbortedError.
   */
  post<T>(path: string, body: unknown, schema: z.ZodType<T>, options?: { readonly signal?: AbortSignal | undefined }): Promise<ClientResponse<T>>;
}

const RETRY_STATUS = [408, 409, 425, 429, 500, 502, 503, 504];

function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** The key to use: the option, else OPENAI_API_KEY but only for OpenAI's own host (never sent elsewhere). */
function resolveApiKey(options: ConnectionOptions): string | undefined {
  if (options.apiKey !== undefined) return options.apiKey;
  try {
    if (new URL(options.baseURL).hostname === 'api.openai.com') return process.env['OPENAI_API_KEY'] || undefined;
  } catch {
    // validated by the factory
  }
  return undefined;
}

/**
 * Creates the client. `scope` prefixes messages, e.g. `[classifiers] [embedding]`.
 */
export function createOpenAICompatibleClient(options: ConnectionOptions & { readonly timeoutMs: number }, scope: string): OpenAICompatibleClient {
  const apiKey = resolveApiKey(options);
  const base = options.baseURL.endsWith('/') ? options.baseURL : `${options.baseURL}/`;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const headers: Record<string, string> = { 'user-agent': `lianxing/${VERSION}`, ...options.headers };
  if (apiKey !== undefined) {
    if (options.auth === 'api-key') headers['api-key'] = apiKey;
    else headers['authorization'] = `Bearer ${apiKey}`;
  }
  const instance: KyInstance = ky.create({
    prefixUrl: base,
    headers,
    timeout: options.timeoutMs,
    throwHttpErrors: true,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.apiVersion ? { searchParams: { 'api-version': options.apiVersion } } : {}),
    retry: {
      limit: options.maxRetries ?? 2,
      methods: ['post'],
      statusCodes: RETRY_STATUS,
      afterStatusCodes: [413, 429, 503],
      maxRetryAfter: maxRetryAfterMs,
      backoffLimit: 10_000,
      // A Retry-After longer than we are willing to wait fails at once; the error says how long to wait.
      shouldRetry: ({ error }) => {
        if (error instanceof HTTPError) {
          const wait = retryAfterMs(error.response);
          if (wait !== undefined && wait > maxRetryAfterMs) return false;
        }
        return undefined;
      },
    },
  });
  const urlOf = (path: string): string => publicUrl(new URL(path, base).toString());

  function toError(error: unknown, path: string, signal: AbortSignal | undefined): Error {
    const url = urlOf(path);
    if (signal?.aborted) return new AbortedError(`${scope} The request to ${url} was aborted.`, { cause: signal.reason });
    if (error instanceof TimeoutError) {
      return new ModelApiError(`${scope} POST ${url} did not answer within ${options.timeoutMs} ms. Raise \`timeoutMs\`, or check that the server is up and the model loaded.`, { url, isRetryable: true, cause: new Error(`TimeoutError after ${options.timeoutMs} ms`) });
    }
    return new ModelApiError(`${scope} POST ${url} could not be reached: ${scrubSecrets(error instanceof Error ? error.message : String(error), apiKey)}. Check \`baseURL\` and that the server is running.`, { url, isRetryable: true, cause: new Error(error instanceof Error ? `${error.name}: ${scrubSecrets(error.message, apiKey)}` : 'network failure') });
  }

  async function httpError(error: HTTPError, path: string): Promise<ModelApiError> {
    const url = urlOf(path);
    const { status, statusText } = error.response;
    let detail = '';
    try {
      const text = await error.response.text();
      const parsed = JSON.parse(text) as { error?: { message?: unknown } | string; message?: unknown };
      const message = typeof parsed.error === 'string' ? parsed.error : typeof parsed.error?.message === 'string' ? parsed.error.message : typeof parsed.message === 'string' ? parsed.message : text;
      detail = scrubSecrets(String(message).slice(0, 300), apiKey);
    } catch {
      detail = '';
    }
    const next = status === 401 || status === 403 ? ' Check the API key and `auth`.' : status === 404 ? ' Check `baseURL` and `model`.' : status === 429 ? ' Slow down, or raise the rate limit.' : status >= 500 ? ' The server failed; try again later.' : '';
    const wait = retryAfterMs(error.response);
    return new ModelApiError(`${scope} POST ${url} answered ${status}${statusText ? ` ${statusText}` : ''}${detail ? `: ${detail}` : ''}.${next}`, {
      url, status, isRetryable: RETRY_STATUS.includes(status), retryAfterMs: wait,
      cause: new Error(`HTTP ${status}${detail ? `: ${detail}` : ''}`),
    });
  }

  return {
    url: urlOf,
    async post<T>(path: string, body: unknown, schema: z.ZodType<T>, callOptions: { readonly signal?: AbortSignal | undefined } = {}): Promise<ClientResponse<T>> {
      const { signal } = callOptions;
      if (signal?.aborted) throw new AbortedError(`${scope} The request to ${urlOf(path)} was aborted.`, { cause: signal.reason });
      let raw: string;
      try {
        const response = await instance.post(path, { json: body, ...(signal ? { signal } : {}) });
        raw = await response.text();
      } catch (error) {
        if (error instanceof HTTPError) throw await httpError(error, path);
        throw toError(error, path, signal);
      }
      const source = `${scope} POST ${urlOf(path)}`;
      let json: unknown;
      try {
        json = JSON.parse(raw) as unknown;
      } catch (error) {
        throw new ResponseShapeError(source, [{ path: "(root)", message: "the body is not JSON" }], { body: scrubSecrets(raw, apiKey), cause: error });
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        const issues: ResponseIssue[] = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(root)', message: issue.message }));
        throw new ResponseShapeError(source, issues, { body: scrubSecrets(raw, apiKey), cause: parsed.error });
      }
      return { data: parsed.data, raw };
    },
  };
}
