import type { ResponseInterpreter } from '@lianxing/adapter-http';

/** Codes with a known meaning (third-party sources: TikTok publishes no full table). */
const INVALID_SIGNATURE = 106001;
const REFRESH_FAILED = [36004004, 36004005];
const TOKEN_TROUBLE = /access[_ ]?token|token (?:is )?(?:invalid|expired)|expired token|unauthori[sz]ed/i;
const FREQUENCY_LIMIT = /frequen|rate.?limit|too many requests|qps|request limit/i;

/**
 * Reads TikTok's `{ code, message, request_id }` envelope: `code` 0 is success whatever the HTTP status says
 * otherwise; non-zero codes are sorted into auth (refresh and retry once), rate limit (back off and retry) and
 * plain failures, by code lists and, as the reference advises for frequency limits, by the message.
 */
export function createTikTokInterpreter(options: { authErrorCodes?: readonly number[]; rateLimitErrorCodes?: readonly number[] } = {}): ResponseInterpreter {
  const authCodes = new Set(options.authErrorCodes ?? []);
  const rateCodes = new Set(options.rateLimitErrorCodes ?? []);
  return ({ status, body }) => {
    if (typeof body !== 'object' || body === null) return undefined;
    const record = body as { code?: unknown; message?: unknown; request_id?: unknown };
    if (typeof record.code !== 'number') return undefined;
    const requestId = typeof record.request_id === 'string' && record.request_id !== '' ? record.request_id : undefined;
    const base = requestId ? { requestId } : {};
    if (record.code === 0 && status >= 200 && status < 300) return { outcome: 'ok', ...base };
    const message = typeof record.message === 'string' ? record.message : undefined;
    const detail = { ...base, marketplaceCode: String(record.code), ...(message ? { message } : {}) };
    if (record.code === INVALID_SIGNATURE || REFRESH_FAILED.includes(record.code)) return { outcome: 'auth', refreshable: false, ...detail };
    if (status === 429 || rateCodes.has(record.code) || (message !== undefined && FREQUENCY_LIMIT.test(message))) return { outcome: 'rate_limited', ...detail };
    if (status === 401 || authCodes.has(record.code) || (message !== undefined && TOKEN_TROUBLE.test(message))) return { outcome: 'auth', ...detail };
    if (status >= 500) return { outcome: 'retryable', ...detail };
    return { outcome: 'failed', ...detail };
  };
}
