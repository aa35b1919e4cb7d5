import { afterAll, beforeAll } from 'vitest';
import { runClassifierContract } from '@lianxing/testkit';
import { startOpenAICompatibleServer, type OpenAICompatibleServer } from '../../test/support/openai-compatible-server.js';
import { fewShotSplit } from '../../test/support/few-shot-examples.js';
import { createEmbeddingClassifier } from './create-embedding-classifier.js';
import { createHashingEmbedder } from './hashing-embedder.js';
import { createOpenAICompatibleEmbedder } from './openai-compatible-embedder.js';

const hashing = createHashingEmbedder();
let server: OpenAICompatibleServer;
beforeAll(async () => {
  server = await startOpenAICompatibleServer({ embed: async (inputs) => (await hashing.embed(inputs)).map((vector) => Array.from(vector)) });
});
afterAll(() => server.close());

const examples = [...fewShotSplit('en', 5).examples, ...fewShotSplit('ja', 5).examples];

runClassifierContract({
  name: 'embedding (k-NN over an OpenAI-compatible /v1/embeddings server)',
  create: () => createEmbeddingClassifier({ embedder: createOpenAICompatibleEmbedder({ baseURL: server.url, model: 'hashing' }), examples }),
  knownAnswers: [
    { text: 'Where is my package? I need the tracking number', language: 'en', intent: 'order_tracking' },
  ],
});
runClassifierContract({
  name: 'embedding (nearest centroid, local hashing embedder)',
  create: () => createEmbeddingClassifier({ embedder: hashing, examples, method: 'centroid' }),
});
