import type { StateStoreListOptions, StateStoreOperation } from '../spec/state-store.js';

/** One stored value and when it expires (epoch milliseconds). */
export interface StateEntry {
  readonly value: string;
  readonly expiresAt?: number;
}

/** Applies a batch to a map of entries, in order. */
export function applyOperations(entries: Map<string, StateEntry>, operations: readonly StateStoreOperation[], now: number): void {
  for (const operation of operations) {
    if (operation.type === 'delete') entries.delete(operation.key);
    else entries.set(operation.key, operation.ttlMs === undefined ? { value: operation.value } : { value: operation.value, expiresAt: now + operation.ttlMs });
  }
}

/** Whether an entry is still alive at `now`. */
export function isLive(entry: StateEntry | undefined, now: number): entry is StateEntry {
  return entry !== undefined && (entry.expiresAt === undefined || entry.expiresAt > now);
}

/** The live entries under `prefix`, sorted by key, paged by `after` and `limit`. */
export function listEntries(entries: ReadonlyMap<string, StateEntry>, prefix: string, options: StateStoreListOptions, now: number): [string, string][] {
  const keys: string[] = [];
  for (const [key, entry] of entries) {
    if (key.startsWith(prefix) && isLive(entry, now) && (options.after === undefined || key > options.after)) keys.push(key);
  }
  keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const limited = options.limit === undefined ? keys : keys.slice(0, Math.max(0, options.limit));
  return limited.map((key) => [key, entries.get(key)!.value]);
}

/** Throws a TypeError naming the problem when a batch is malformed (a store must never half-apply one). */
export function checkOperations(operations: unknown, scope: string): void {
  if (!Array.isArray(operations)) throw new TypeError(`${scope} write() needs an array of operations.`);
  (operations as readonly unknown[]).forEach((raw, index) => {
    const operation = raw as { type?: unknown; key?: unknown; value?: unknown; ttlMs?: unknown } | null;
    if (typeof operation !== 'object' || operation === null || typeof operation.key !== 'string' || operation.key === '') {
      throw new TypeError(`${scope} operations[${index}] needs a non-empty string \`key\`.`);
    }
    if (operation.type === 'set') {
      if (operation.ttlMs !== undefined && !(typeof operation.ttlMs === 'number' && Number.isFinite(operation.ttlMs) && operation.ttlMs > 0)) {
        throw new RangeError(`${scope} operations[${index}].ttlMs must be a positive number of milliseconds.`);
      }
      if (typeof operation.value !== 'string') throw new TypeError(`${scope} operations[${index}].value must be a string (JSON-encode other values).`);
    } else if (operation.type !== 'delete') {
      throw new TypeError(`${scope} operations[${index}].type must be \`set\` or \`delete\`.`);
    }
  });
}

/** The batch for a single `set`. */
export const setOperation = (key: string, value: string, ttlMs: number | undefined): StateStoreOperation =>
  ttlMs === undefined ? { type: 'set', key, value } : { type: 'set', key, value, ttlMs };
