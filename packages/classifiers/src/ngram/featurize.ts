import { foldText } from '@lianxing/core';
import { countBuckets } from './count-buckets.js';
import { DEFAULT_FEATURE_OPTIONS, type FeatureOptions } from './feature-options.js';

export { DEFAULT_FEATURE_OPTIONS, type FeatureOptions } from './feature-options.js';

/** A sparse, L2-normalized feature vector: bucket ids (sorted, unique) and their values. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

/** Text as the model sees it: folded, every digit read as 0 (order numbers are noise, their shape is not). */
export function prepareText(text: string): string {
  return foldText(text).replace(/\d/g, '0');
}

/** A position in the list of distinct buckets fits below this; a bucket (< 2^24) times it stays an exact double. */
const POSITION_SPAN = 2 ** 26;

/**
 * Extracts hashed features (see {@link countBuckets}): word 1–2-grams, character n-grams inside Latin-script
 * words, and character n-grams over unsegmented runs (Chinese, Japanese, Thai). Values are log(1 + count), then
 * L2-normalized; buckets come sorted, so training sees the same vector whatever order the n-grams came in.
 */
export function featurize(text: string, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): SparseVector {
  const { size, buckets, counts } = countBuckets(text, options);
  // Sort (bucket, position) pairs packed into doubles: one numeric typed-array sort, no comparator.
  const keyed = new Float64Array(size);
  for (let position = 0; position < size; position++) keyed[position] = buckets[position]! * POSITION_SPAN + position;
  keyed.sort();
  const indices = new Int32Array(size);
  const values = new Float32Array(size);
  let norm = 0;
  for (let index = 0; index < size; index++) {
    const key = keyed[index]!;
    const position = key % POSITION_SPAN;
    indices[index] = (key - position) / POSITION_SPAN;
    const value = Math.log1p(counts[position]!);
    values[index] = value;
    norm += value * value;
  }
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let index = 0; index < size; index++) values[index]! *= scale;
  }
  return { indices, values };
}
