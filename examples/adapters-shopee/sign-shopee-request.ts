import { hmacSha256Hex } from '@lianxing/adapter-http';

/** What a Shopee Open Platform (v2, shop-level) signature covers. */
export interface ShopeeSignInput {
  readonly partnerId: string;
  /** The request path, e.g. `/api/v2/sellerchat/get_message`. */
  readonly path: string;
  /** Unix seconds, as sent in `timestamp`. */
  readonly timestamp: number;
  readonly accessToken: string;
  readonly shopId: string;
  readonly partnerKey: string;
}

/**
 * Signs a shop-level Shopee request as documented: `hex(HMAC_SHA256(partner_key, partner_id + path + timestamp +
 * access_token + shop_id))`, sent as the `sign` query parameter beside the other four.
 * @example
 * url.searchParams.set('sign', signShopeeRequest({ partnerId, path: url.pathname, timestamp, accessToken, shopId, partnerKey }));
 */
export function signShopeeRequest(input: ShopeeSignInput): string {
  return hmacSha256Hex(input.partnerKey, `${input.partnerId}${input.path}${input.timestamp}${input.accessToken}${input.shopId}`);
}

/** The push (webhook) signature: `hex(HMAC_SHA256(partner_key, callbackUrl + "|" + rawBody))`. */
export function signShopeePush(partnerKey: string, callbackUrl: string, rawBody: string): string {
  return hmacSha256Hex(partnerKey, `${callbackUrl}|${rawBody}`);
}
