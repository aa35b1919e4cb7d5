import { describeErrorBody, verdictFromStatus, type ResponseInterpreter } from '@lianxing/adapter-http';

/** OAuth errors after which a refresh cannot help. */
const DEAD_GRANT = new Set(['invalid_grant', 'invalid_client', 'unauthorized_client', 'invalid_scope', 'forbidden']);

/**
 * Reads Mercado Libre's `{ message, error, status, cause }` error bodies: OAuth grant errors are `AuthError`s
 * without a refresh, a 401 refreshes once, 429 backs off, 5xx retries; everything else (400 "Text is required",
 * 403 `blocked_by_…`, 404) is a plain failure naming ML's `error` code.
 */
export const interpretMercadoLibreResponse: ResponseInterpreter = ({ status, body }) => {
  if (status >= 200 && status < 300) return undefined;
  const described = describeErrorBody(body);
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  const code = typeof error === 'string' ? error : described.marketplaceCode;
  const detail = { ...described, ...(code ? { marketplaceCode: code } : {}) };
  if (code && DEAD_GRANT.has(code)) return { outcome: 'auth', refreshable: false, ...detail };
  const verdict = verdictFromStatus(status, body);
  return verdict.outcome === 'ok' ? undefined : { ...verdict, ...detail };
};
