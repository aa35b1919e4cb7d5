import { StoreError } from '../errors/store-error.js';
import type { KeyValueSetOptions } from '../spec/key-value-store.js';
import type { StateStore, StateStoreListOptions, StateStoreOperation } from '../spec/state-store.js';
import { applyOperations, checkOperations, isLive, listEntries, setOperation, type StateEntry } from './state-entries.js';

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** The clock, for tests of expiry. @default Date.now */
  readonly now?: () => number;
}

/**
 * A state store kept in memory: fast, and gone when the process ends. The Inbox's default; use
 * {@link createFileStore} (or a database-backed store) to survive restarts. Also a `KeyValueStore` for adapters.
 * @example
 * const store = createMemoryStore();
 * await store.write([{ type: 'set', key: 'cursor/amazon', value: '42' }]);
 * await store.get('cursor/amazon'); // '42'
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): Required<StateStore> {
  const now = options.now ?? Date.now;
  const entries = new Map<string, StateEntry>();
  let closed = false;
  const ensureOpen = (operation: 'read' | 'write'): void => {
    if (closed) throw new StoreError(operation, '[core] The memory store is closed; create a new one.');
  };
  const write = async (operations: readonly StateStoreOperation[]): Promise<void> => {
    ensureOpen('write');
    checkOperations(operations, '[core] memory store');
    applyOperations(entries, operations, now());
  };
  return {
    async get(key: string): Promise<string | undefined> {
      ensureOpen('read');
      const entry = entries.get(key);
      return isLive(entry, now()) ? entry.value : undefined;
    },
    async list(prefix: string, listOptions: StateStoreListOptions = {}) {
      ensureOpen('read');
      return listEntries(entries, prefix, listOptions, now());
    },
    write,
    set: (key: string, value: string, setOptions?: KeyValueSetOptions) => write([setOperation(key, value, setOptions?.ttlMs)]),
    delete: (key: string) => write([{ type: 'delete', key }]),
    async setIfAbsent(key: string, value: string, setOptions?: KeyValueSetOptions): Promise<boolean> {
      ensureOpen('write');
      if (isLive(entries.get(key), now())) return false;
      await write([setOperation(key, value, setOptions?.ttlMs)]);
      return true;
    },
    async close(): Promise<void> {
      closed = true;
    },
  };
}
