import type { ResponseInterpreter } from '@lianxing/adapter-http';

const SIGNATURE = /sign/i;
const AUTH = /auth|access[_ ]?token|permission/i;
const RATE = /limit|frequen|too[_ ]many/i;

/**
 * Reads Shopee's `{ request_id, error, message }` envelope: an empty `error` is success; error names are sorted
 * into auth (signature errors without a refresh), rate limits and failures by their text, since the full list is
 * not in our reference.
 */
export const interpretShopeeResponse: ResponseInterpreter = ({ status, body }) => {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as { error?: unknown; message?: unknown; request_id?: unknown };
  const requestId = typeof record.request_id === 'string' && record.request_id !== '' ? { requestId: record.request_id } : {};
  const error = typeof record.error === 'string' ? record.error : '';
  if (error === '' && status >= 200 && status < 300) return { outcome: 'ok', ...requestId };
  const message = typeof record.message === 'string' && record.message !== '' ? record.message : undefined;
  const detail = { ...requestId, ...(error ? { marketplaceCode: error } : {}), ...(message ? { message } : {}) };
  const said = `${error} ${message ?? ''}`;
  if (status === 429 || RATE.test(said)) return { outcome: 'rate_limited', ...detail };
  if (SIGNATURE.test(error)) return { outcome: 'auth', refreshable: false, ...detail };
  if (status === 401 || status === 403 || AUTH.test(error)) return { outcome: 'auth', ...detail };
  if (status >= 500) return { outcome: 'retryable', ...detail };
  return { outcome: 'failed', ...detail };
};
