import { createSingleFlight } from './single-flight.js';
import { raceSignal } from './race-signal.js';

/** An access token and when it expires. */
export interface AccessToken {
  readonly accessToken: string;
  /** Expiry as epoch milliseconds; absent means unknown (refreshed only on a 401). */
  readonly expiresAt?: number;
}

/** Options of {@link createTokenManager}. */
export interface TokenManagerOptions {
  /** A token to start with (e.g. one saved from the previous run). */
  readonly initial?: AccessToken;
  /**
   * Gets a new access token. It persists whatever else the marketplace returned (a rotated refresh token)
   * before resolving. Called by one caller at a time: concurrent needs share one call.
   */
  readonly refresh: () => Promise<AccessToken>;
  /** Refresh this long before expiry. @default 60_000 */
  readonly refreshMarginMs?: number;
  /** The clock, in epoch milliseconds. @default Date.now */
  readonly now?: () => number;
}

/** Hands out a valid access token, refreshing it once for all concurrent callers. */
export interface TokenManager {
  /** A token valid for at least the margin; refreshes first when missing or about to expire. */
  get(signal?: AbortSignal): Promise<string>;
  /**
   * Refreshes because `staleToken` was refused (a 401). When another caller already replaced that token, resolves
   * the newer one without refreshing again.
   */
  refresh(staleToken?: string, signal?: AbortSignal): Promise<string>;
  /** The token held now, if any. */
  current(): AccessToken | undefined;
}

/**
 * Creates a token manager: single-flight refresh before expiry and on demand.
 * @example
 * const tokens = createTokenManager({ refresh: async () => { const t = await oauth.refresh(); await save(t); return t; } });
 * headers.set('authorization', `Bearer ${await tokens.get()}`);
 */
export function createTokenManager(options: TokenManagerOptions): TokenManager {
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginMs ?? 60_000;
  let token = options.initial;
  const refreshOnce = createSingleFlight(async () => {
    token = await options.refresh();
    return token.accessToken;
  });
  const fresh = (candidate: AccessToken | undefined): candidate is AccessToken =>
    candidate !== undefined && (candidate.expiresAt === undefined || candidate.expiresAt - margin > now());

  return {
    async get(signal) {
      if (fresh(token)) return token.accessToken;
      return raceSignal(refreshOnce(), signal);
    },
    async refresh(staleToken, signal) {
      if (staleToken !== undefined && token !== undefined && token.accessToken !== staleToken && fresh(token)) return token.accessToken;
      return raceSignal(refreshOnce(), signal);
    },
    current: () => token,
  };
}
