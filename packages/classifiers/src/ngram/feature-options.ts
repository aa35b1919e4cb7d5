/** Which n-grams to extract. */
export interface FeatureOptions {
  /** log2 of the number of hash buckets. @default 20 */
  readonly hashBits: number;
  /** Word n-gram orders (1 = words, 2 = word pairs). @default [1, 2] */
  readonly wordNgrams: readonly number[];
  /** Character n-gram range inside Latin-script words (padded with spaces). @default [3, 5] */
  readonly latinCharRange: readonly [number, number];
  /** Character n-gram range over Chinese, Japanese and Thai runs. @default [1, 3] */
  readonly cjkCharRange: readonly [number, number];
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { hashBits: 20, wordNgrams: [1, 2], latinCharRange: [3, 5], cjkCharRange: [1, 3] };
