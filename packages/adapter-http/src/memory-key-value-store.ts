import type { KeyValueSetOptions, KeyValueStore } from '@lianxing/core';

/** Options of {@link createMemoryKeyValueStore}. */
export interface MemoryKeyValueStoreOptions {
  /** The clock, in epoch milliseconds. @default Date.now */
  readonly now?: () => number;
}

/**
 * A `KeyValueStore` in process memory: the default of every adapter. Its records die with the process, so
 * sends are idempotent within one run only; pass a persistent store for more.
 * @example
 * const store = createMemoryKeyValueStore();
 * await store.set('a', '1', { ttlMs: 60_000 });
 */
export function createMemoryKeyValueStore(options: MemoryKeyValueStoreOptions = {}): KeyValueStore {
  const now = options.now ?? Date.now;
  const entries = new Map<string, { value: string; expiresAt: number }>();
  const read = (key: string): string | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.value;
  };
  const write = (key: string, value: string, setOptions?: KeyValueSetOptions): void => {
    entries.set(key, { value, expiresAt: setOptions?.ttlMs === undefined ? Number.POSITIVE_INFINITY : now() + setOptions.ttlMs });
  };
  return {
    get: async (key) => read(key),
    set: async (key, value, setOptions) => write(key, value, setOptions),
    delete: async (key) => {
      entries.delete(key);
    },
    setIfAbsent: async (key, value, setOptions) => {
      if (read(key) !== undefined) return false;
      write(key, value, setOptions);
      return true;
    },
  };
}
