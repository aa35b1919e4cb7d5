import { z } from 'zod';
import type { KeyValueStore, LianxingError } from '@lianxing/core';
import type { RetryEvent, RetryPolicy, TokenBucketOptions } from '@lianxing/adapter-http';

/** Tokens from a refresh. Mercado Libre's refresh token is single-use: persist `refreshToken` before anything else. */
export interface MercadoLibreTokens {
  readonly accessToken: string;
  /** Epoch milliseconds. */
  readonly accessTokenExpiresAt: number;
  readonly refreshToken: string;
  readonly userId?: string;
}

/** Options of {@link createMercadoLibreAdapter}. */
export interface MercadoLibreAdapterOptions {
  /** The app's client id (its application id). @default process.env.MERCADOLIBRE_CLIENT_ID */
  readonly clientId?: string;
  /** @default process.env.MERCADOLIBRE_CLIENT_SECRET */
  readonly clientSecret?: string;
  /** The seller's user id. @default process.env.MERCADOLIBRE_SELLER_ID */
  readonly sellerId?: string;
  /** A valid access token, if you have one. @default process.env.MERCADOLIBRE_ACCESS_TOKEN */
  readonly accessToken?: string;
  /** When `accessToken` expires (epoch ms or Date). */
  readonly accessTokenExpiresAt?: number | Date;
  /** The latest refresh token (single-use). @default process.env.MERCADOLIBRE_REFRESH_TOKEN */
  readonly refreshToken?: string;
  /**
   * Persists the new tokens. Called after every refresh, before the new access token is used; required with a
   * refresh token, because the old one stops working the moment Mercado Libre issues the new one.
   */
  readonly onTokens?: (tokens: MercadoLibreTokens) => void | Promise<void>;
  /** `local` (MLA, MLB, MLM… with `tag=post_sale`) or `global` (Global Selling, `/marketplace/messages`). @default 'local' */
  readonly mode?: 'local' | 'global';
  /** @default 'https://api.mercadolibre.com' */
  readonly baseUrl?: string;
  readonly fetch?: typeof globalThis.fetch;
  readonly headers?: Readonly<Record<string, string>>;
  /** @default 10_000 */
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy;
  /** Client-side limits: Mercado Libre allows 500 requests a minute shared by the GETs, and 500 by POST/PUT. */
  readonly rateLimit?: { readonly read?: TokenBucketOptions; readonly write?: TokenBucketOptions } | false;
  /** Longest reply, in characters. 350 is what integrations implement; the official page was not seen in full. @default 350 */
  readonly maxTextLength?: number;
  /** Messages per page when reading a pack. @default 10 */
  readonly pageSize?: number;
  /** Packs `fetchMessages` always reads, besides those the unread list names (e.g. packs of recent orders). */
  readonly packIds?: readonly string[];
  /** How far back the first `fetchMessages` (no cursor) reaches. @default 30 days */
  readonly initialLookbackMs?: number;
  /** Where idempotency records and notification ids are kept. @default an in-memory store */
  readonly store?: KeyValueStore;
  /**
   * The path of the action-guide option POST that starts a seller-initiated conversation (`{packId}` is
   * replaced). Its shape is unconfirmed. @default '/messages/action_guide/packs/{packId}/option'
   */
  readonly actionGuideOptionPath?: string;
  readonly onInvalidRecord?: (error: LianxingError) => void;
  readonly onRetry?: (event: RetryEvent) => void;
}

const fn = z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', 'expected a function');
const positive = z.number().int().positive();
const bucket = z.strictObject({ ratePerSecond: z.number().positive(), burst: z.number().min(1) });

/** Internal: the option schema, parsed once by the factory (after environment fallbacks). */
export const mercadolibreAdapterOptionsSchema = z.strictObject({
  clientId: z.string().min(1, 'is required (or set MERCADOLIBRE_CLIENT_ID)'),
  clientSecret: z.string().min(1, 'is required (or set MERCADOLIBRE_CLIENT_SECRET)'),
  sellerId: z.string().regex(/^\d+$/, 'is the seller’s numeric user id (or set MERCADOLIBRE_SELLER_ID)'),
  accessToken: z.string().min(1).optional(),
  accessTokenExpiresAt: z.union([z.number(), z.date()]).optional(),
  refreshToken: z.string().min(1).optional(),
  onTokens: fn.optional(),
  mode: z.enum(['local', 'global']).optional(),
  baseUrl: z.url().optional(),
  fetch: fn.optional(),
  headers: z.record(z.string(), z.string()).optional(),
  timeoutMs: positive.optional(),
  retry: z.record(z.string(), z.unknown()).optional(),
  rateLimit: z.union([z.literal(false), z.strictObject({ read: bucket.optional(), write: bucket.optional() })]).optional(),
  maxTextLength: positive.optional(),
  pageSize: positive.max(100).optional(),
  packIds: z.array(z.string().regex(/^\d+$/)).optional(),
  initialLookbackMs: positive.optional(),
  store: z.custom<KeyValueStore>((value) => typeof value === 'object' && value !== null && typeof (value as { get?: unknown }).get === 'function', 'expected a KeyValueStore').optional(),
  actionGuideOptionPath: z.string().startsWith('/').includes('{packId}').optional(),
  onInvalidRecord: fn.optional(),
  onRetry: fn.optional(),
});
