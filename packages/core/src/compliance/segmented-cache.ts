/** A bounded map that keeps what is asked for again over what was seen once. */
export interface SegmentedCache<TValue> {
  get(key: string): TValue | undefined;
  set(key: string, value: TValue): void;
  readonly size: number;
}

/**
 * A segmented LRU cache of `capacity` entries. A new entry waits in a small probation segment (a tenth); asked for
 * again, it moves to the protected segment, whose least recently used entry goes back to probation when it is full.
 * A stream of one-off keys (replies carrying an order number) then cycles through probation without pushing out the
 * entries that keep coming back (templates rendered without data).
 * @example
 * const cache = createSegmentedCache<number>(1000);
 * cache.set('a', 1);
 * cache.get('a'); // 1, and 'a' is now protected
 */
export function createSegmentedCache<TValue>(capacity: number): SegmentedCache<TValue> {
  const probationSize = Math.max(1, Math.round(capacity / 10));
  const protectedSize = Math.max(0, capacity - probationSize);
  const probation = new Map<string, TValue>();
  const kept = new Map<string, TValue>();

  const admit = (key: string, value: TValue): void => {
    probation.set(key, value);
    if (probation.size > probationSize) probation.delete(probation.keys().next().value as string);
  };

  return {
    get(key) {
      const protectedValue = kept.get(key);
      if (protectedValue !== undefined) {
        kept.delete(key);
        kept.set(key, protectedValue);
        return protectedValue;
      }
      const value = probation.get(key);
      if (value === undefined) return undefined;
      probation.delete(key);
      if (protectedSize === 0) {
        probation.set(key, value);
        return value;
      }
      kept.set(key, value);
      if (kept.size > protectedSize) {
        const oldest = kept.keys().next().value as string;
        const demoted = kept.get(oldest) as TValue;
        kept.delete(oldest);
        admit(oldest, demoted);
      }
      return value;
    },
    set(key, value) {
      if (kept.has(key)) {
        kept.delete(key);
        kept.set(key, value);
        return;
      }
      probation.delete(key);
      admit(key, value);
    },
    get size() {
      return probation.size + kept.size;
    },
  };
}
