export { createNgramClassifier, loadNgramClassifier, type NgramClassifier, type NgramClassifierOptions } from './ngram/create-ngram-classifier.js';
export type { NgramModelJson } from './ngram/model-format.js';
