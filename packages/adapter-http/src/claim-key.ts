import type { KeyValueStore } from '@lianxing/core';

/**
 * Records `key` in `store` if it is not there yet; `true` the first time. Atomic when the store has
 * `setIfAbsent`, otherwise a read then a write.
 * @example
 * if (!(await claimKey(store, `acme:notification:${id}`, 86_400_000))) return { duplicate: true };
 */
export async function claimKey(store: KeyValueStore, key: string, ttlMs: number, value = '1'): Promise<boolean> {
  if (store.setIfAbsent) return store.setIfAbsent(key, value, { ttlMs });
  if ((await store.get(key)) !== undefined) return false;
  await store.set(key, value, { ttlMs });
  return true;
}
