import { StoreError } from '../errors/store-error.js';
import type { StateStoreListOptions, StateStoreOperation, StateStoreV1, StateValue } from '../spec/state-store-v1.js';
import { applyOperations, checkOperations, isLive, listEntries, type StateEntry } from './state-entries.js';

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** The clock, for tests of expiry. @default Date.now */
  readonly now?: () => number;
}

/**
 * A state store kept in memory: fast, and gone when the process ends. The Inbox's default; use
 * {@link createFileStore} (or a database-backed store) to survive restarts. Values are copied in and out, so a
 * caller mutating an object after `write` does not change what is stored.
 * @example
 * const store = createMemoryStore();
 * await store.write([{ type: 'set', key: 'cursor/amazon', value: '42' }]);
 * await store.get('cursor/amazon'); // '42'
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): Required<StateStoreV1> {
  const now = options.now ?? Date.now;
  const entries = new Map<string, StateEntry>();
  let closed = false;
  const ensureOpen = (operation: 'read' | 'write'): void => {
    if (closed) throw new StoreError(operation, '[core] The memory store is closed; create a new one.');
  };
  return {
    specificationVersion: 'v1',
    async get(key: string): Promise<StateValue | undefined> {
      ensureOpen('read');
      const entry = entries.get(key);
      return isLive(entry, now()) ? structuredClone(entry.value) : undefined;
    },
    async list(prefix: string, listOptions: StateStoreListOptions = {}) {
      ensureOpen('read');
      return structuredClone(listEntries(entries, prefix, listOptions, now()));
    },
    async write(operations: readonly StateStoreOperation[]): Promise<void> {
      ensureOpen('write');
      checkOperations(operations, '[core] memory store');
      applyOperations(entries, structuredClone(operations), now());
    },
    async close(): Promise<void> {
      closed = true;
    },
  };
}
