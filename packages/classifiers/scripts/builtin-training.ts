import type { NgramClassifierOptions } from '../src/ngram/create-ngram-classifier.js';

/** How the built-in model is trained: fixed, so `npm run train:builtin` is reproducible. */
export const BUILTIN_TRAINING_OPTIONS: NgramClassifierOptions = {
  id: 'builtin-ngram',
  epochs: 10,
  learningRate: 0.5,
  l2: 1e-5,
  seed: 20261121,
  calibrationFraction: 0.15,
};
