import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Lowercase hex HMAC-SHA256 of `message` under `key`, as TikTok, Shopee and others sign.
 * @example
 * hmacSha256Hex(appSecret, appKey + rawBody);
 */
export function hmacSha256Hex(key: string, message: string): string {
  return createHmac('sha256', key).update(message, 'utf8').digest('hex');
}

/**
 * Compares two hex signatures in constant time (case-insensitive); `false` for a missing or malformed one.
 * @example
 * if (!safeEqualHex(request.headers.authorization, expected)) throw forged();
 */
export function safeEqualHex(received: string | undefined, expected: string): boolean {
  if (received === undefined) return false;
  const normalized = received.trim().toLowerCase();
  if (!/^[0-9a-f]+$/.test(normalized) || normalized.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(normalized, 'hex'), Buffer.from(expected.toLowerCase(), 'hex'));
}
