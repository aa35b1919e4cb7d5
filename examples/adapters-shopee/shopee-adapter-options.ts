import { z } from 'zod';
import type { KeyValueStore, LianxingError } from '@lianxing/core';
import type { AccessToken, RetryPolicy, TokenBucketOptions } from '@lianxing/adapter-http';

/** Options of {@link createShopeeAdapter}. */
export interface ShopeeAdapterOptions {
  /** @default process.env.SHOPEE_PARTNER_ID */
  readonly partnerId?: string;
  /** Signs requests and verifies pushes. @default process.env.SHOPEE_PARTNER_KEY */
  readonly partnerKey?: string;
  /** @default process.env.SHOPEE_SHOP_ID */
  readonly shopId?: string;
  /** The shop's access token. @default process.env.SHOPEE_ACCESS_TOKEN */
  readonly accessToken?: string;
  /** When `accessToken` expires (epoch ms or Date). */
  readonly accessTokenExpiresAt?: number | Date;
  /**
   * Gets a new access token (and persists whatever it must). Our reference documents no Shopee refresh
   * endpoint, so this is yours to provide; without it, a refused token is an `AuthError`.
   */
  readonly refreshAccessToken?: () => Promise<AccessToken>;
  /** The exact URL Shopee pushes to: part of the push signature. Required to verify pushes. */
  readonly callbackUrl?: string;
  /** @default 'https://partner.shopeemobile.com' */
  readonly baseUrl?: string;
  readonly fetch?: typeof globalThis.fetch;
  readonly headers?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy;
  /** Shopee's chat limits are not in our reference: a conservative default. @default { ratePerSecond: 10, burst: 10 } */
  readonly rateLimit?: TokenBucketOptions | false;
  /** Longest reply, if you know Shopee's limit (our reference states none). */
  readonly maxTextLength?: number;
  /** @default 20 */
  readonly pageSize?: number;
  /** How far back the first `fetchMessages` (no cursor) reaches. @default 7 days */
  readonly initialLookbackMs?: number;
  /** Pushes whose `timestamp` is further than this from now are rejected as replays. @default 900_000 */
  readonly pushToleranceMs?: number;
  readonly store?: KeyValueStore;
  readonly onInvalidRecord?: (error: LianxingError) => void;
}

const fn = z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', 'expected a function');
const positive = z.number().int().positive();

/** Internal: the option schema, parsed once by the factory (after environment fallbacks). */
export const shopeeAdapterOptionsSchema = z.strictObject({
  partnerId: z.string().regex(/^\d+$/, 'is the numeric partner id (or set SHOPEE_PARTNER_ID)'),
  partnerKey: z.string().min(1, 'is required (or set SHOPEE_PARTNER_KEY)'),
  shopId: z.string().regex(/^\d+$/, 'is the numeric shop id (or set SHOPEE_SHOP_ID)'),
  accessToken: z.string().min(1, 'is required (or set SHOPEE_ACCESS_TOKEN)'),
  accessTokenExpiresAt: z.union([z.number(), z.date()]).optional(),
  refreshAccessToken: fn.optional(),
  callbackUrl: z.url().optional(),
  baseUrl: z.url().optional(),
  fetch: fn.optional(),
  headers: z.record(z.string(), z.string()).optional(),
  timeoutMs: positive.optional(),
  retry: z.record(z.string(), z.unknown()).optional(),
  rateLimit: z.union([z.literal(false), z.strictObject({ ratePerSecond: z.number().positive(), burst: z.number().min(1) })]).optional(),
  maxTextLength: positive.optional(),
  pageSize: positive.max(100).optional(),
  initialLookbackMs: positive.optional(),
  pushToleranceMs: positive.optional(),
  store: z.custom<KeyValueStore>((value) => typeof value === 'object' && value !== null && typeof (value as { get?: unknown }).get === 'function', 'expected a KeyValueStore').optional(),
  onInvalidRecord: fn.optional(),
});
