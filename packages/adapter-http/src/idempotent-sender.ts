import { IdempotencyError, LianxingError, MarketplaceError, type KeyValueStore, type SentReply } from '@lianxing/core';

/** What a marketplace answered to one posted message. */
export interface SendOutcome {
  readonly messageId: string;
  /** ISO 8601. */
  readonly sentAt: string;
}

/** One send, guarded by its idempotency key. */
export interface IdempotentSendTask {
  /** The caller's idempotency key. */
  readonly key: string;
  /** Posts the message. Called at most once per `run`. */
  readonly send: () => Promise<SendOutcome>;
  /**
   * Looks on the marketplace for the message an earlier attempt with this key may have posted, at or after
   * `since` (epoch ms): used when that attempt's outcome is unknown (a timeout, a 5xx, a crash mid-send).
   */
  readonly reconcile?: (since: number) => Promise<SendOutcome | undefined>;
}

/** Options of {@link createIdempotentSender}. */
export interface IdempotentSenderOptions {
  readonly store: KeyValueStore;
  /** Prefix of the store keys, e.g. `adapters-tiktok:send`. */
  readonly namespace: string;
  /** How long a claim by another process is honoured before this one takes over. @default 60_000 */
  readonly leaseMs?: number;
  /** How long a sent record is kept (and so how long a key dedupes). @default 30 days */
  readonly ttlMs?: number;
  /** Allowance for the marketplace's clock when reconciling. @default 120_000 */
  readonly clockSkewMs?: number;
  /** The clock, in epoch milliseconds. @default Date.now */
  readonly now?: () => number;
}

/** Runs sends so that a retried send never posts twice. */
export interface IdempotentSender {
  run(task: IdempotentSendTask): Promise<SentReply>;
}

type SendRecord =
  | { readonly state: 'pending' | 'unknown'; readonly startedAt: number }
  | { readonly state: 'sent'; readonly messageId: string; readonly sentAt: string };

function parseRecord(value: string | undefined): SendRecord | undefined {
  if (value === undefined) return undefined;
  try {
    const record = JSON.parse(value) as Partial<{ state: string; startedAt: number; messageId: string; sentAt: string }>;
    if (record.state === 'sent' && typeof record.messageId === 'string' && typeof record.sentAt === 'string')
      return { state: 'sent', messageId: record.messageId, sentAt: record.sentAt };
    if ((record.state === 'pending' || record.state === 'unknown') && typeof record.startedAt === 'number')
      return { state: record.state, startedAt: record.startedAt };
  } catch {
    // An unreadable record is treated as an attempt of unknown outcome, the safe side.
  }
  return { state: 'unknown', startedAt: 0 };
}

/**
 * Whether a failed send certainly posted nothing: the marketplace answered and refused (a 4xx or a business
 * error), or the request never left (validation, auth, rate limit, connection refused). Timeouts and 5xx are
 * "unknown": the message may have been posted.
 */
export function isDefinitelyNotSent(error: unknown): boolean {
  if (!LianxingError.isInstance(error)) return false;
  if (['validation_failed', 'auth_failed', 'rate_limited', 'config_invalid', 'idempotency_conflict'].includes(error.code)) return true;
  if (MarketplaceError.isInstance(error) && error.status !== undefined) return error.status < 500 && error.status !== 408;
  return false;
}

/**
 * Creates an idempotent sender over a `KeyValueStore`: the first `run` with a key claims it and posts; later
 * runs with the same key return the recorded reply with `deduplicated: true`. When an attempt's outcome is
 * unknown, the next run asks `reconcile` whether the message is on the marketplace before posting again.
 * Concurrent runs with one key in this process share one send; across processes, a claim is honoured for
 * `leaseMs` (the other run fails with a retryable `IdempotencyError`).
 * @example
 * const sender = createIdempotentSender({ store, namespace: 'adapters-acme:send' });
 * const sent = await sender.run({ key: reply.idempotencyKey, send: () => postMessage(reply) });
 */
export function createIdempotentSender(options: IdempotentSenderOptions): IdempotentSender {
  const now = options.now ?? Date.now;
  const leaseMs = options.leaseMs ?? 60_000;
  const ttlMs = options.ttlMs ?? 30 * 86_400_000;
  const skewMs = options.clockSkewMs ?? 120_000;
  const inFlight = new Map<string, Promise<SentReply>>();

  const settleSent = async (storeKey: string, outcome: SendOutcome): Promise<void> => {
    await options.store.set(storeKey, JSON.stringify({ state: 'sent', messageId: outcome.messageId, sentAt: outcome.sentAt }), { ttlMs });
  };

  const attempt = async (task: IdempotentSendTask, storeKey: string, claimsLeft: number): Promise<SentReply> => {
    const existing = parseRecord(await options.store.get(storeKey));
    if (existing?.state === 'sent') return { messageId: existing.messageId, sentAt: existing.sentAt, deduplicated: true };
    if (existing) {
      const found = task.reconcile ? await task.reconcile(existing.startedAt - skewMs) : undefined;
      if (found) {
        await settleSent(storeKey, found);
        return { ...found, deduplicated: true };
      }
      const elapsed = now() - existing.startedAt;
      if (existing.state === 'pending' && elapsed < leaseMs) {
        throw new IdempotencyError(
          `[adapter-http] A send with idempotency key "${task.key}" is already under way elsewhere. Retry in ${leaseMs - elapsed} ms.`,
          { idempotencyKey: task.key, retryAfterMs: leaseMs - elapsed },
        );
      }
    }
    const startedAt = now();
    const pending = JSON.stringify({ state: 'pending', startedAt });
    if (!existing && options.store.setIfAbsent) {
      const claimed = await options.store.setIfAbsent(storeKey, pending, { ttlMs });
      if (!claimed) {
        if (claimsLeft <= 0) throw new IdempotencyError(`[adapter-http] Could not claim idempotency key "${task.key}". Retry later.`, { idempotencyKey: task.key, retryAfterMs: leaseMs });
        return attempt(task, storeKey, claimsLeft - 1);
      }
    } else {
      await options.store.set(storeKey, pending, { ttlMs });
    }
    let outcome: SendOutcome;
    try {
      outcome = await task.send();
    } catch (error) {
      if (isDefinitelyNotSent(error)) await options.store.delete(storeKey);
      else await options.store.set(storeKey, JSON.stringify({ state: 'unknown', startedAt }), { ttlMs });
      throw error;
    }
    await settleSent(storeKey, outcome);
    return { ...outcome, deduplicated: false };
  };

  return {
    run(task) {
      const storeKey = `${options.namespace}:${task.key}`;
      const running = inFlight.get(storeKey);
      if (running) return running.then((reply) => ({ ...reply, deduplicated: true }));
      const promise = attempt(task, storeKey, 1).finally(() => inFlight.delete(storeKey));
      inFlight.set(storeKey, promise);
      return promise;
    },
  };
}
