/** A value a {@link StateStoreV1} keeps: anything JSON can represent. */
export type StateValue = null | boolean | number | string | readonly StateValue[] | { readonly [key: string]: StateValue };

/** One change in a {@link StateStoreV1.write} batch. */
export type StateStoreOperation =
  | {
      readonly type: 'set';
      readonly key: string;
      readonly value: StateValue;
      /** Forget the entry this many milliseconds after it is written. Absent means keep it. */
      readonly ttlMs?: number;
    }
  | { readonly type: 'delete'; readonly key: string };

/** Options of {@link StateStoreV1.list}. */
export interface StateStoreListOptions {
  /** At most this many entries. @default all */
  readonly limit?: number;
  /** Only keys sorting strictly after this one (for paging). */
  readonly after?: string;
}

/**
 * The state store extension point, version 1: a small durable key-value store for cursors, dedupe keys,
 * idempotency keys and refresh tokens. The Inbox and the adapters keep their state in one, so it survives a
 * restart; `@lianxing/core` ships `createMemoryStore()` and `createFileStore()`, and a database-backed store
 * implements the same four members.
 *
 * Contract:
 * - `write` is atomic: after it resolves every operation is durable, and after a crash at any point either all
 *   of a batch's operations are visible or none is. The Inbox relies on this to advance a cursor, record a
 *   dedupe key and append its journal entry together.
 * - Writes are applied in the order `write` was called.
 * - Expired entries (see `ttlMs`) are never returned by `get` or `list`.
 */
export interface StateStoreV1 {
  readonly specificationVersion: 'v1';
  get(key: string): Promise<StateValue | undefined>;
  /** Entries whose key starts with `prefix`, sorted by key (code-unit order). */
  list(prefix: string, options?: StateStoreListOptions): Promise<readonly (readonly [key: string, value: StateValue])[]>;
  /** Applies a batch of operations atomically, in order. */
  write(operations: readonly StateStoreOperation[]): Promise<void>;
  /** Flushes pending writes and releases what the store holds (file locks, connections). Idempotent. */
  close?(): Promise<void>;
}

/** The current state store interface. */
export type StateStore = StateStoreV1;
