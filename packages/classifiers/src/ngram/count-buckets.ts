import { foldText } from '@lianxing/core';
import type { FeatureOptions } from './feature-options.js';

/**
 * The distinct hash buckets of a text's n-grams and how often each occurred, in order of first occurrence.
 * The object and its arrays are scratch space shared by every call (scoring allocates nothing per message): read
 * `buckets[0 .. size)` and `counts[0 .. size)` before the next call.
 */
export interface BucketCounts {
  size: number;
  buckets: Int32Array;
  counts: Float32Array;
}

/** Longest text featurized, in code units: beyond it, more n-grams add nothing but memory and time. */
export const MAX_FEATURIZED_LENGTH = 100_000;

// Scratch space reused across calls (counting is synchronous): a small open-addressing table from bucket to its
// position in the output, sized to the text, that stays in the CPU cache (a table over all 2^hashBits buckets
// would not). The table is cleared after each call by walking the slots it used.
let slotKeys = new Int32Array(1024).fill(-1);
let slotPositions = new Int32Array(1024);
let usedSlots = new Int32Array(512);
let outBuckets = new Int32Array(512);
let outCounts = new Float32Array(512);
const result: BucketCounts = { size: 0, buckets: outBuckets, counts: outCounts };

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Distinct starting states keep word, word-pair and character features apart in the hash space.
const SALT_WORD = 0x9e3779b1;
const SALT_PAIR = 0x85ebca77;
const SALT_CHAR = 0xc2b2ae3d;
const SALT_CJK = 0x27d4eb2f;

const isUnsegmented = (code: number): boolean =>
  (code >= 0x3040 && code <= 0x30ff) || // hiragana, katakana
  (code >= 0x3400 && code <= 0x9fff) || // CJK ideographs (ext. A and unified)
  (code >= 0xf900 && code <= 0xfaff) || // compatibility ideographs
  (code >= 0x0e00 && code <= 0x0e7f); // Thai

const isWordChar = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39 || (code >= 0xc0 && code <= 0x24f) || (code >= 0x370 && code <= 0x52f);

/** The character code the model hashes: ASCII digits all count as '0'. */
const codeAt = (text: string, index: number): number => {
  const code = text.charCodeAt(index);
  return code >= 49 && code <= 57 ? 48 : code;
};

function finalize(hash: number): number {
  // murmur3 finalizer: spreads FNV's low-bit bias across the bucket range.
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Counts a text's hashed n-grams: word 1–2-grams, character n-grams inside Latin-script words (padded with a
 * space at each edge), and character n-grams over unsegmented runs (Chinese, Japanese, Thai). The text is folded
 * first; no substrings are built: hashes roll over character codes.
 */
export function countBuckets(text: string, options: FeatureOptions): BucketCounts {
  const prepared = foldText(text.length > MAX_FEATURIZED_LENGTH ? text.slice(0, MAX_FEATURIZED_LENGTH) : text);
  const mask = (1 << options.hashBits) - 1;
  // At most ~12 features per character, and never more than there are buckets: size the table for a load
  // factor under one half. The lists of used slots and of distinct buckets can hold as many entries as the table.
  const needed = Math.min(2 * (mask + 1), prepared.length * 24 + 64);
  if (slotKeys.length < needed) {
    let size = slotKeys.length;
    while (size < needed) size *= 2;
    slotKeys = new Int32Array(size).fill(-1);
    slotPositions = new Int32Array(size);
    usedSlots = new Int32Array(size);
    outBuckets = new Int32Array(size);
    outCounts = new Float32Array(size);
  }
  const keys = slotKeys;
  const positions = slotPositions;
  const buckets = outBuckets;
  const counts = outCounts;
  const slotMask = keys.length - 1;
  let size = 0;
  const add = (hash: number): void => {
    const bucket = finalize(hash) & mask;
    let slot = bucket & slotMask;
    let key = keys[slot]!;
    while (key !== bucket && key !== -1) {
      slot = (slot + 1) & slotMask;
      key = keys[slot]!;
    }
    if (key === -1) {
      keys[slot] = bucket;
      positions[slot] = size;
      usedSlots[size] = slot;
      buckets[size] = bucket;
      counts[size++] = 1;
    } else counts[positions[slot]!]! += 1;
  };
  const [latinMin, latinMax] = options.latinCharRange;
  const [cjkMin, cjkMax] = options.cjkCharRange;
  const useWords = options.wordNgrams.includes(1);
  const usePairs = options.wordNgrams.includes(2);

  let previousWordHash = 0;
  let hasPrevious = false;
  const length = prepared.length;
  let position = 0;
  while (position < length) {
    const code = prepared.charCodeAt(position);
    if (isUnsegmented(code)) {
      let end = position;
      while (end < length && isUnsegmented(prepared.charCodeAt(end))) end++;
      for (let start = position; start < end; start++) {
        let hash = (FNV_OFFSET ^ SALT_CJK) >>> 0;
        for (let n = 1; n <= cjkMax && start + n <= end; n++) {
          hash = Math.imul(hash ^ codeAt(prepared, start + n - 1), FNV_PRIME);
          if (n >= cjkMin) add(hash);
        }
      }
      hasPrevious = false;
      position = end;
      continue;
    }
    if (!isWordChar(code)) {
      position++;
      continue;
    }
    let end = position;
    while (end < length && isWordChar(prepared.charCodeAt(end))) end++;
    // Word feature.
    let wordHash = (FNV_OFFSET ^ SALT_WORD) >>> 0;
    for (let index = position; index < end; index++) wordHash = Math.imul(wordHash ^ codeAt(prepared, index), FNV_PRIME);
    if (useWords) add(wordHash);
    if (usePairs && hasPrevious) add(Math.imul((previousWordHash ^ SALT_PAIR) >>> 0, FNV_PRIME) ^ wordHash);
    previousWordHash = wordHash;
    hasPrevious = true;
    // Character n-grams of " word " (padding marks the word's edges).
    const paddedLength = end - position + 2;
    const last = paddedLength - 1;
    for (let start = 0; start < paddedLength; start++) {
      let hash = (FNV_OFFSET ^ SALT_CHAR) >>> 0;
      const stop = Math.min(latinMax, paddedLength - start);
      for (let n = 1; n <= stop; n++) {
        const index = start + n - 1;
        hash = Math.imul(hash ^ (index === 0 || index === last ? 32 : codeAt(prepared, position + index - 1)), FNV_PRIME);
        if (n >= latinMin && n !== paddedLength) add(hash);
      }
    }
    position = end;
  }
  for (let index = 0; index < size; index++) keys[usedSlots[index]!] = -1;
  result.size = size;
  result.buckets = buckets;
  result.counts = counts;
  return result;
}
