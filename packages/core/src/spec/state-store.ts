import type { KeyValueSetOptions, KeyValueStore } from './key-value-store.js';

/** One change in a {@link StateStore.write} batch. */
export type StateStoreOperation =
  | {
      readonly type: 'set';
      readonly key: string;
      readonly value: string;
      /** Forget the entry this many milliseconds after it is written. Absent means keep it. */
      readonly ttlMs?: number;
    }
  | { readonly type: 'delete'; readonly key: string };

/** Options of {@link StateStore.list}. */
export interface StateStoreListOptions {
  /** At most this many entries. @default all */
  readonly limit?: number;
  /** Only keys sorting strictly after this one (for paging). */
  readonly after?: string;
}

/**
 * A {@link KeyValueStore} that can also list keys and write several keys atomically: what the Inbox needs to
 * advance a cursor, record a dedupe key and append its journal entry together, and to find queued pushes after
 * a restart. `@lianxing/core` ships `createMemoryStore()` and `createFileStore()`; both also serve as the
 * adapters' KeyValueStore, so one file can hold an Inbox's state and its adapters' idempotency records.
 *
 * Contract:
 * - `write` is atomic: after it resolves every operation is durable, and after a crash at any point either all
 *   of a batch's operations are visible or none is.
 * - Writes (including `set`, `delete` and `setIfAbsent`) apply in the order they were called.
 * - Expired entries (see `ttlMs`) are never returned by `get` or `list`.
 */
export interface StateStore extends KeyValueStore {
  /** Entries whose key starts with `prefix`, sorted by key (code-unit order). */
  list(prefix: string, options?: StateStoreListOptions): Promise<readonly (readonly [key: string, value: string])[]>;
  /** Applies a batch of operations atomically, in order. */
  write(operations: readonly StateStoreOperation[]): Promise<void>;
  setIfAbsent(key: string, value: string, options?: KeyValueSetOptions): Promise<boolean>;
  /** Flushes pending writes and releases what the store holds (file locks, connections). Idempotent. */
  close?(): Promise<void>;
}
