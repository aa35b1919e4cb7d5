/** SP-API regions and their endpoints. */
export type SpApiRegion = 'na' | 'eu' | 'fe';

/** How to reach the Selling Partner API Messaging endpoints. */
export interface SpApiOptions {
  /** The marketplace of the orders, e.g. `ATVPDKIKX0DER` (amazon.com), `A1PA6795UKMFR9` (amazon.de). */
  readonly marketplaceId: string;
  /** @default 'na' */
  readonly region?: SpApiRegion;
  /** Overrides the region's base URL (a sandbox, a proxy, a test server). */
  readonly endpoint?: string;
  /**
   * Login with Amazon app credentials and the seller's refresh token. Each falls back to an environment
   * variable: `LWA_CLIENT_ID`, `LWA_CLIENT_SECRET`, `LWA_REFRESH_TOKEN`.
   */
  readonly credentials?: { readonly clientId?: string; readonly clientSecret?: string; readonly refreshToken?: string };
  /** @default 'https://api.amazon.com/auth/o2/token' */
  readonly tokenEndpoint?: string;
  /** The usage plan to stay under. @default { ratePerSecond: 1, burst: 5 } (the documented Messaging plan) */
  readonly rateLimit?: { readonly ratePerSecond: number; readonly burst: number };
  /** @default 10000 */
  readonly timeoutMs?: number;
  /** Retries after the first attempt. @default 3 */
  readonly retries?: number;
  /** A fetch implementation (a proxy agent). @default globalThis.fetch */
  readonly fetch?: typeof globalThis.fetch;
  /** Headers added to every call. */
  readonly headers?: Readonly<Record<string, string>>;
}
