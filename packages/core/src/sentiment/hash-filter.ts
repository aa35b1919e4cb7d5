/** A set of 32-bit hashes that may answer "maybe" for a hash never added, and never "no" for one that was. */
export interface HashFilter {
  add(hash: number): void;
  /** False: the hash was never added. True: it probably was. */
  has(hash: number): boolean;
}

const SIZE_BITS = 16;
const MASK = (1 << SIZE_BITS) - 1;

/**
 * A Bloom filter of 65,536 bits (8 KB) probed at two positions taken from the hash: for a lexicon of a few
 * thousand words it rules out almost every other word with two bit tests on a table small enough to stay in cache.
 * @example const filter = createHashFilter(); filter.add(hashCodeUnits('good', 0, 4)); filter.has(hashCodeUnits('good', 0, 4)) // true
 */
export function createHashFilter(): HashFilter {
  const bits = new Uint32Array(1 << (SIZE_BITS - 5));
  const set = (position: number): void => {
    bits[position >>> 5]! |= 1 << (position & 31);
  };
  const test = (position: number): boolean => (bits[position >>> 5]! & (1 << (position & 31))) !== 0;
  return {
    add(hash) {
      set(hash & MASK);
      set(hash >>> SIZE_BITS);
    },
    has(hash) {
      return test(hash & MASK) && test(hash >>> SIZE_BITS);
    },
  };
}

/**
 * FNV-1a over the UTF-16 code units of `text` from `from` to `to`, as an unsigned 32-bit number.
 * @example hashCodeUnits('good', 0, 4) === hashCodeUnits('so good', 3, 7) // true
 */
export function hashCodeUnits(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let index = from; index < to; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}
