export { createEmbeddingClassifier, loadEmbeddingClassifier, type AddExamplesOptions, type EmbeddingClassifier, type EmbeddingClassifierOptions, type LoadEmbeddingClassifierOptions } from './embedding/create-embedding-classifier.js';
export type { EmbeddingIndexJson } from './embedding/embedding-index.js';
export type { Calibration } from './embedding/fit-calibration.js';
export { createOpenAICompatibleEmbedder, type OpenAICompatibleEmbedderOptions } from './embedding/openai-compatible-embedder.js';
export { createTransformersEmbedder, type TransformersEmbedderOptions } from './embedding/transformers-embedder.js';
export { createHashingEmbedder, type HashingEmbedderOptions } from './embedding/hashing-embedder.js';
export type { ConnectionOptions } from './openai-compatible/connection-options.js';
