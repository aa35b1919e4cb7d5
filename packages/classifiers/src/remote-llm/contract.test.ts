import { afterAll, beforeAll } from 'vitest';
import { runClassifierContract } from '@lianxing/testkit';
import { fewShotSplit } from '../../test/support/few-shot-examples.js';
import { createKnnChatModel } from '../../test/support/knn-chat-model.js';
import { startOpenAICompatibleServer, type OpenAICompatibleServer } from '../../test/support/openai-compatible-server.js';
import { createRemoteLlmClassifier } from './create-remote-llm-classifier.js';

// The "LLM" is a local stand-in: k-NN over hashed n-grams of a few training examples per intent, behind a real
// chat-completions endpoint on 127.0.0.1.
const model = createKnnChatModel({ examples: [...fewShotSplit('en', 5).examples, ...fewShotSplit('ja', 5).examples, ...fewShotSplit('zh', 5).examples, ...fewShotSplit('th', 5).examples] });
let server: OpenAICompatibleServer;
beforeAll(async () => {
  server = await startOpenAICompatibleServer({ chat: model.answer });
});
afterAll(() => server.close());

runClassifierContract({
  name: 'remote-llm (OpenAI-compatible chat completions)',
  create: () => createRemoteLlmClassifier({ baseURL: server.url, model: 'stand-in' }),
  knownAnswers: [{ text: 'Where is my package? I need the tracking number', language: 'en', intent: 'order_tracking' }],
});
runClassifierContract({
  name: 'remote-llm (no structured output, no cache, one message per request)',
  create: () => createRemoteLlmClassifier({ baseURL: server.url, model: 'stand-in', structuredOutput: 'none', cacheSize: 0, batchSize: 1 }),
});
