import { hmacSha256Hex } from '@lianxing/adapter-http';

/** What a TikTok Shop request signature covers. */
export interface TikTokSignInput {
  /** The request path, e.g. `/customer_service/202309/conversations`. */
  readonly path: string;
  /** Every query parameter; `sign` and `access_token` are left out of the signature. */
  readonly query: URLSearchParams | Iterable<readonly [string, string]>;
  /** The exact raw body string sent (non-multipart requests). */
  readonly body?: string | undefined;
  readonly appSecret: string;
}

/**
 * The string TikTok Shop's signature is the HMAC of: `app_secret + path + k1v1k2v2… (keys sorted, without
 * sign and access_token) + body + app_secret`.
 */
export function tiktokSignaturePayload(input: TikTokSignInput): string {
  const pairs = [...input.query].filter(([key]) => key !== 'sign' && key !== 'access_token');
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const concatenated = pairs.map(([key, value]) => `${key}${value}`).join('');
  return `${input.appSecret}${input.path}${concatenated}${input.body ?? ''}${input.appSecret}`;
}

/**
 * Signs a TikTok Shop Partner API request as documented: `sign = hex(HMAC_SHA256(app_secret, payload))` over
 * {@link tiktokSignaturePayload}. Send the same body bytes you signed.
 * @example
 * const sign = signTikTokRequest({ path: url.pathname, query: url.searchParams, body, appSecret });
 * url.searchParams.set('sign', sign);
 */
export function signTikTokRequest(input: TikTokSignInput): string {
  return hmacSha256Hex(input.appSecret, tiktokSignaturePayload(input));
}
