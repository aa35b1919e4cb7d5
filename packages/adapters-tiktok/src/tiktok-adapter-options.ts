import { z } from 'zod';
import type { KeyValueStore, LianxingError } from '@lianxing/core';
import type { RetryEvent, RetryPolicy, TokenBucket, TokenBucketOptions } from '@lianxing/adapter-http';

/** Tokens the adapter obtained by a refresh: persist them (TikTok rotates the refresh token). */
export interface TikTokTokens {
  readonly accessToken: string;
  /** Epoch milliseconds. */
  readonly accessTokenExpiresAt: number;
  readonly refreshToken: string;
  /** Epoch milliseconds, when TikTok says. */
  readonly refreshTokenExpiresAt?: number;
}

/** Options of {@link createTikTokAdapter}. */
export interface TikTokAdapterOptions {
  /** The app key. @default process.env.TIKTOK_SHOP_APP_KEY */
  readonly appKey?: string;
  /** The app secret: signs requests and verifies webhooks. @default process.env.TIKTOK_SHOP_APP_SECRET */
  readonly appSecret?: string;
  /** The shop's access token, if you have a valid one. @default process.env.TIKTOK_SHOP_ACCESS_TOKEN */
  readonly accessToken?: string;
  /** When `accessToken` expires (epoch ms or Date); unknown means it is used until refused. */
  readonly accessTokenExpiresAt?: number | Date;
  /** The refresh token. @default process.env.TIKTOK_SHOP_REFRESH_TOKEN */
  readonly refreshToken?: string;
  /** Called with new tokens right after each refresh, before they are used: persist them. */
  readonly onTokens?: (tokens: TikTokTokens) => void | Promise<void>;
  /** The shop cipher (required for cross-border shops), from `/authorization/202309/shops`. @default process.env.TIKTOK_SHOP_CIPHER */
  readonly shopCipher?: string;
  /** Partner API base URL. @default 'https://open-api.tiktokglobalshop.com' */
  readonly baseUrl?: string;
  /** Token endpoint base URL. @default 'https://auth.tiktok-shops.com' */
  readonly authBaseUrl?: string;
  /** The `locale` query parameter of list calls, e.g. `en-US`. */
  readonly locale?: string;
  readonly fetch?: typeof globalThis.fetch;
  readonly headers?: Readonly<Record<string, string>>;
  /** @default 10_000 */
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy;
  /** Client-side limit. TikTok publishes none; 50 req/s per shop is what third-party adapters assume. @default { ratePerSecond: 50, burst: 50 } */
  readonly rateLimit?: TokenBucketOptions | TokenBucket | false;
  /** Where idempotency records and webhook ids are kept. @default an in-memory store */
  readonly store?: KeyValueStore;
  /** Webhooks whose `timestamp` is further than this from now are rejected as replays. @default 900_000 (15 min) */
  readonly webhookToleranceMs?: number;
  /** How far back the first `fetchMessages` (no cursor) looks. @default 7 days (TikTok closes idle chats after 7) */
  readonly initialLookbackMs?: number;
  /** @default 20 (TikTok's maximum) */
  readonly conversationPageSize?: number;
  /** @default 10 (TikTok's maximum) */
  readonly messagePageSize?: number;
  /**
   * Stop listing conversations at the first page none of whose conversations has news. Only correct if TikTok
   * lists conversations by latest activity, which is unconfirmed. @default false
   */
  readonly stopAtStaleConversationPage?: boolean;
  /** Mark the conversation read before each reply, as TikTok advises. @default true */
  readonly markReadBeforeReply?: boolean;
  /** Business codes that mean "refresh the access token" (besides HTTP 401 and messages about the token). */
  readonly authErrorCodes?: readonly number[];
  /** Business codes that mean "rate limited" (besides messages mentioning frequency limits). */
  readonly rateLimitErrorCodes?: readonly number[];
  /** Told about a record that could not be converted (the rest of the page goes on). */
  readonly onInvalidRecord?: (error: LianxingError) => void;
  readonly onRetry?: (event: RetryEvent) => void;
}

const fn = z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', 'expected a function');
const positive = z.number().int().positive();

/** Internal: the option schema, parsed once by the factory (after environment fallbacks). */
export const tiktokAdapterOptionsSchema = z.strictObject({
  appKey: z.string().min(1, 'is required (or set TIKTOK_SHOP_APP_KEY)'),
  appSecret: z.string().min(1, 'is required (or set TIKTOK_SHOP_APP_SECRET)'),
  accessToken: z.string().min(1).optional(),
  accessTokenExpiresAt: z.union([z.number(), z.date()]).optional(),
  refreshToken: z.string().min(1).optional(),
  onTokens: fn.optional(),
  shopCipher: z.string().min(1).optional(),
  baseUrl: z.url().optional(),
  authBaseUrl: z.url().optional(),
  locale: z.string().min(2).optional(),
  fetch: fn.optional(),
  headers: z.record(z.string(), z.string()).optional(),
  timeoutMs: positive.optional(),
  retry: z.record(z.string(), z.unknown()).optional(),
  rateLimit: z.unknown().optional(),
  store: z.custom<KeyValueStore>((value) => typeof value === 'object' && value !== null && typeof (value as { get?: unknown }).get === 'function', 'expected a KeyValueStore').optional(),
  webhookToleranceMs: positive.optional(),
  initialLookbackMs: positive.optional(),
  conversationPageSize: positive.max(20).optional(),
  messagePageSize: positive.max(10).optional(),
  stopAtStaleConversationPage: z.boolean().optional(),
  markReadBeforeReply: z.boolean().optional(),
  authErrorCodes: z.array(z.number().int()).optional(),
  rateLimitErrorCodes: z.array(z.number().int()).optional(),
  onInvalidRecord: fn.optional(),
  onRetry: fn.optional(),
});
