/** What a response means, beyond its HTTP status: an adapter's reading of the marketplace's envelope. */
export type ResponseVerdict =
  | { readonly outcome: 'ok'; readonly requestId?: string }
  | {
      /** The credentials were refused: refresh the token once and retry. */
      readonly outcome: 'auth' | 'rate_limited' | 'retryable' | 'failed';
      readonly requestId?: string;
      /** The marketplace's own error code, e.g. `106001`. */
      readonly marketplaceCode?: string;
      /** The marketplace's error message (it is redacted before use). */
      readonly message?: string;
      /** For `rate_limited`: the wait the marketplace asked for, when the body says it. */
      readonly retryAfterMs?: number;
      /** For `auth`: `false` when a token refresh cannot help (a bad signature, a dead refresh token). @default true */
      readonly refreshable?: boolean;
    };

/** A response as {@link ResponseInterpreter}s see it. */
export interface InterpretedResponse {
  readonly status: number;
  readonly headers: Headers;
  /** The parsed JSON body, or `undefined` when the body is empty or not JSON. */
  readonly body: unknown;
}

/**
 * Reads a marketplace's envelope: TikTok answers HTTP 200 with a non-zero `code`, Amazon an `errors[]` list,
 * Mercado Libre `{ error, message }`. Return `undefined` to fall back to the HTTP status.
 */
export type ResponseInterpreter = (response: InterpretedResponse) => ResponseVerdict | undefined;

function stringField(record: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value !== '') return value;
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

/**
 * The marketplace's error message and code from the common body shapes: `{ message, error, code }`,
 * `{ error_description }` (OAuth) and `{ errors: [{ code, message }] }` (Amazon).
 */
export function describeErrorBody(body: unknown): { message?: string; marketplaceCode?: string } {
  if (typeof body !== 'object' || body === null) return {};
  let record = body as Record<string, unknown>;
  const errors = record.errors;
  if (Array.isArray(errors) && typeof errors[0] === 'object' && errors[0] !== null) record = errors[0] as Record<string, unknown>;
  const message = stringField(record, 'message', 'error_description', 'error');
  const marketplaceCode = stringField(record, 'code', 'error');
  return { ...(message === undefined ? {} : { message }), ...(marketplaceCode === undefined ? {} : { marketplaceCode }) };
}

/** The verdict the HTTP status alone gives, with the error body's message and code when it has them. */
export function verdictFromStatus(status: number, body?: unknown): ResponseVerdict {
  if (status >= 200 && status < 300) return { outcome: 'ok' };
  const described = describeErrorBody(body);
  if (status === 401) return { outcome: 'auth', ...described };
  if (status === 429) return { outcome: 'rate_limited', ...described };
  if (status === 408 || status >= 500) return { outcome: 'retryable', ...described };
  return { outcome: 'failed', ...described };
}
