import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TAXONOMY } from '@lianxing/core';
import { loadBuiltinNgramClassifier } from '../src/builtin/load-builtin-ngram.js';
import { corpusFingerprint } from '../scripts/corpus.js';
import { BUILTIN_MODEL_PATH, buildBuiltinModel } from '../scripts/train-builtin.js';

describe('the built-in model', () => {
  it('ships, within 8 MB, for the built-in taxonomy', () => {
    expect(existsSync(BUILTIN_MODEL_PATH), 'run `npm run train:builtin`').toBe(true);
    expect(statSync(BUILTIN_MODEL_PATH).size).toBeLessThanOrEqual(8 * 1024 * 1024);
    const classifier = loadBuiltinNgramClassifier();
    expect([...classifier.intents].sort()).toEqual([...BUILTIN_TAXONOMY.ids].sort());
  });

  it('is not stale: it records the fingerprint of the current corpus', () => {
    const shipped = JSON.parse(readFileSync(BUILTIN_MODEL_PATH, 'utf8')) as { corpus?: string };
    expect(shipped.corpus, 'the corpus changed since the model was trained: run `npm run train:builtin`').toBe(corpusFingerprint());
  });

  it('is what `npm run train:builtin` rebuilds, byte for byte (deterministic training)', async () => {
    const { json } = await buildBuiltinModel();
    expect(json === readFileSync(BUILTIN_MODEL_PATH, 'utf8').trimEnd(), 'the shipped model differs from a fresh build: run `npm run train:builtin`').toBe(true);
  }, 400_000);
});
