import { z } from 'zod';
import { ConfigError, type Embedder } from '@lianxing/core';
import { assertTexts } from './assert-texts.js';
import { DEFAULT_FEATURE_OPTIONS, featurize, type FeatureOptions } from '../ngram/featurize.js';

const SCOPE = '[classifiers] [embedding]';

const optionsSchema = z.strictObject({
  dimensions: z.union([z.literal(256), z.literal(512), z.literal(1024), z.literal(2048), z.literal(4096), z.literal(8192), z.literal(16_384)]).optional(),
});

/** Options of {@link createHashingEmbedder}. */
export interface HashingEmbedderOptions {
  /** The vector length, a power of two from 256 to 16384. @default 2048 */
  readonly dimensions?: 256 | 512 | 1024 | 2048 | 4096 | 8192 | 16_384;
}

/**
 * A local, model-free {@link Embedder}: the n-gram classifier's features (word 1–2-grams, character 3–5-grams
 * inside Latin words, 1–3-grams over Chinese, Japanese and Thai) hashed into a fixed number of dimensions and
 * L2-normalized. It knows no meaning beyond shared spelling, so it is a baseline: few-shot intents of your own
 * with no model to run, tests, and benchmarks. Deterministic and synchronous inside.
 * @example
 * const classifier = createEmbeddingClassifier({ embedder: createHashingEmbedder(), examples });
 */
export function createHashingEmbedder(options: HashingEmbedderOptions = {}): Embedder {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw ConfigError.fromIssues(`${SCOPE} createHashingEmbedder options`, parsed.error.issues, parsed.error);
  const dimensions = parsed.data.dimensions ?? 2048;
  const features: FeatureOptions = { ...DEFAULT_FEATURE_OPTIONS, hashBits: Math.log2(dimensions) };
  return {
    specificationVersion: 'v1',
    id: `hashing-ngram@${dimensions}`,
    dimensions,
    async embed(texts) {
      assertTexts(texts, SCOPE);
      return texts.map((text) => {
        const vector = new Float32Array(dimensions);
        const sparse = featurize(text, features);
        for (let position = 0; position < sparse.indices.length; position++) vector[sparse.indices[position]!] = sparse.values[position]!;
        return vector;
      });
    },
  };
}
