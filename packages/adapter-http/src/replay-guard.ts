import { NotificationError, type KeyValueStore } from '@lianxing/core';
import { claimKey } from './claim-key.js';

/** Options of {@link createReplayGuard}. */
export interface ReplayGuardOptions {
  readonly store: KeyValueStore;
  /** Prefix of the store keys, e.g. `adapters-tiktok:webhook`. */
  readonly namespace: string;
  readonly marketplace: string;
  readonly packageName: string;
  /** Notifications whose timestamp is further than this from now are rejected as stale. */
  readonly toleranceMs: number;
  /** The clock, in epoch milliseconds. @default Date.now */
  readonly now?: () => number;
}

/** Tells fresh notifications from redeliveries, and rejects old ones. */
export interface ReplayGuard {
  /**
   * `fresh` the first time an id is seen inside the window, `duplicate` after; throws a `NotificationError`
   * (`stale`) when the timestamp is outside the window. Call it only after the signature is verified.
   */
  check(id: string, timestampMs: number): Promise<'fresh' | 'duplicate'>;
}

/**
 * Creates a replay guard: a timestamp window plus the ids seen inside it (kept in the store for twice the
 * window), so a captured notification can be replayed neither late (stale) nor early (duplicate).
 * @example
 * const guard = createReplayGuard({ store, namespace: 'acme:webhook', marketplace: 'acme', packageName: 'adapters-acme', toleranceMs: 900_000 });
 * if ((await guard.check(envelope.id, envelope.timestamp * 1000)) === 'duplicate') return { duplicate: true };
 */
export function createReplayGuard(options: ReplayGuardOptions): ReplayGuard {
  const now = options.now ?? Date.now;
  const ttlMs = options.toleranceMs * 2;
  return {
    async check(id, timestampMs) {
      const skew = Math.abs(now() - timestampMs);
      if (!Number.isFinite(timestampMs) || skew > options.toleranceMs) {
        throw new NotificationError(
          `[${options.packageName}] Rejected a ${options.marketplace} notification whose timestamp is ${Number.isFinite(skew) ? `${Math.round(skew / 1000)} s` : 'unreadably'} away from now (tolerance ${options.toleranceMs / 1000} s): a replay or a badly set clock.`,
          { marketplace: options.marketplace, reason: 'stale' },
        );
      }
      return (await claimKey(options.store, `${options.namespace}:${id}`, ttlMs, String(timestampMs))) ? 'fresh' : 'duplicate';
    },
  };
}
