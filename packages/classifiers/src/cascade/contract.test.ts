import { afterAll, beforeAll } from 'vitest';
import { runClassifierContract } from '@lianxing/testkit';
import { fewShotSplit } from '../../test/support/few-shot-examples.js';
import { createKnnChatModel } from '../../test/support/knn-chat-model.js';
import { startOpenAICompatibleServer, type OpenAICompatibleServer } from '../../test/support/openai-compatible-server.js';
import { loadBuiltinNgramClassifier } from '../builtin/load-builtin-ngram.js';
import { createEmbeddingClassifier } from '../embedding/create-embedding-classifier.js';
import { createHashingEmbedder } from '../embedding/hashing-embedder.js';
import { createKeywordClassifier } from '../keyword/create-keyword-classifier.js';
import { createRemoteLlmClassifier } from '../remote-llm/create-remote-llm-classifier.js';
import { createCascadeClassifier } from './create-cascade-classifier.js';

const examples = [...fewShotSplit('en', 5).examples, ...fewShotSplit('es', 5).examples];
const model = createKnnChatModel({ examples });
let server: OpenAICompatibleServer;
beforeAll(async () => {
  server = await startOpenAICompatibleServer({ chat: model.answer });
});
afterAll(() => server.close());
const local = () => [{ classifier: loadBuiltinNgramClassifier(), weight: 1 }, { classifier: createKeywordClassifier(), weight: 1.5 }];

runClassifierContract({
  name: 'cascade (built-in local model → remote LLM)',
  create: () => createCascadeClassifier({ local: local(), localFusion: { temperature: 0.55 }, remote: createRemoteLlmClassifier({ baseURL: server.url, model: 'stand-in' }) }),
  knownAnswers: [{ text: 'Where is my package? I need the tracking number', language: 'en', intent: 'order_tracking' }],
});
runClassifierContract({
  name: 'cascade (built-in local model → embedding k-NN, mixed)',
  create: () => createCascadeClassifier({ local: local(), localFusion: { temperature: 0.55 }, remote: createEmbeddingClassifier({ embedder: createHashingEmbedder(), examples }), combine: 'mix', threshold: 0.9 }),
});
