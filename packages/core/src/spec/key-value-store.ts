/** Options of {@link KeyValueStore.set} and {@link KeyValueStore.setIfAbsent}. */
export interface KeyValueSetOptions {
  /** Forget the entry after this many milliseconds; absent means keep it. */
  readonly ttlMs?: number;
}

/**
 * A small string key–value store: the one persistence extension point of Lianxing. Adapters keep idempotency
 * records and webhook dedupe ids in it, the Inbox its cursors and dedupe keys. Back it with memory, a file, Redis,
 * a SQL table… Values are strings (callers JSON-encode); keys are namespaced by their callers
 * (`adapters-tiktok:send:…`).
 *
 * Implementations must be safe to call concurrently. `setIfAbsent` is what makes a claim atomic across
 * processes; a store without it still works, with a small race window between `get` and `set`.
 * @example
 * const store: KeyValueStore = {
 *   get: async (key) => (await redis.get(key)) ?? undefined,
 *   set: async (key, value, options) => void (options?.ttlMs ? redis.set(key, value, 'PX', options.ttlMs) : redis.set(key, value)),
 *   setIfAbsent: async (key, value, options) =>
 *     (await redis.set(key, value, 'PX', options?.ttlMs ?? 86_400_000, 'NX')) === 'OK',
 *   delete: async (key) => void (await redis.del(key)),
 * };
 */
export interface KeyValueStore {
  /** The value under `key`, or `undefined` when absent or expired. */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` under `key`, replacing any previous value. */
  set(key: string, value: string, options?: KeyValueSetOptions): Promise<void>;
  /** Removes `key`; removing an absent key is not an error. */
  delete(key: string): Promise<void>;
  /** Stores `value` only when `key` is absent (or expired), atomically; resolves `true` when it stored. */
  setIfAbsent?(key: string, value: string, options?: KeyValueSetOptions): Promise<boolean>;
}
