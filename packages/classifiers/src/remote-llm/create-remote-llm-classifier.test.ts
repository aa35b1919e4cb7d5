import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_TAXONOMY, ConfigError, createPipeline, ModelApiError, ResponseShapeError, type ClassifyContext } from '@lianxing/core';
import { readFencedMessages } from '../../test/support/fenced-messages.js';
import { startOpenAICompatibleServer, type ChatAnswer, type ChatRequestView, type OpenAICompatibleServer } from '../../test/support/openai-compatible-server.js';
import { createRemoteLlmClassifier, type RemoteLlmClassifierOptions } from './create-remote-llm-classifier.js';
import type { RequestEndInfo } from './remote-llm-events.js';

// A scripted "model": answers every fenced message by a keyword rule, results in reverse order, unless a test
// swaps `reply` for a misbehaving one.
const KEYWORDS: readonly [RegExp, string][] = [[/refund|money back/i, 'refund_request'], [/where|track/i, 'order_tracking'], [/broken|defect/i, 'product_defect'], [/thank/i, 'positive_feedback']];
const keywordAnswer = (request: ChatRequestView): string => {
  const { messages } = readFencedMessages(request.system, request.user);
  const results = messages.map((message) => ({ id: message.id, intent: KEYWORDS.find(([pattern]) => pattern.test(message.text))?.[1] ?? 'unknown', confidence: 0.93 }));
  return JSON.stringify({ results: results.reverse() });
};
let reply: (request: ChatRequestView) => ChatAnswer = keywordAnswer;
let server: OpenAICompatibleServer;
let plainServer: OpenAICompatibleServer;
beforeAll(async () => {
  server = await startOpenAICompatibleServer({ chat: (request) => reply(request) });
  plainServer = await startOpenAICompatibleServer({ chat: (request) => reply(request), rejectResponseFormat: true });
});
afterAll(async () => {
  await server.close();
  await plainServer.close();
});
beforeEach(() => {
  reply = keywordAnswer;
  server.requests.splice(0);
  plainServer.requests.splice(0);
});

const context: ClassifyContext = { taxonomy: BUILTIN_TAXONOMY };
const create = (options: Partial<RemoteLlmClassifierOptions> = {}) => createRemoteLlmClassifier({ baseURL: server.url, model: 'local-test', maxRetries: 2, ...options });
const bodies = (target = server) => target.requests.map((request) => request.body as { messages: { role: string; content: string }[]; response_format?: { json_schema?: { schema: unknown } } });

describe('createRemoteLlmClassifier', () => {
  it('sends several messages per request and matches answers back by id', async () => {
    const llm = create({ batchSize: 8 });
    const texts = ['I want my money back', 'where is my parcel', 'it arrived broken', 'thanks a lot!', 'hmm'];
    const outputs = await llm.classifyBatch(texts.map((text) => ({ text, language: 'en' })), context);
    expect(outputs.map((output) => output.predictions[0]?.intent ?? 'unknown')).toEqual(['refund_request', 'order_tracking', 'product_defect', 'positive_feedback', 'unknown']);
    expect(server.requests).toHaveLength(1);
    const [system, user] = bodies()[0]!.messages;
    expect(system!.role).toBe('system');
    expect(system!.content).toContain('refund_request: Money back, a partial refund, compensation. Borders: A refund already agreed');
    expect(system!.content).toMatch(/Examples: "I want my money back for this order\."/);
    expect(readFencedMessages(system!.content, user!.content).messages.map((message) => message.text)).toEqual(texts);
  });

  it('coalesces concurrent classify calls into batched requests', async () => {
    const llm = create({ batchSize: 8, batchWindowMs: 20 });
    const texts = Array.from({ length: 20 }, (_, index) => `where is order ${index}`);
    const outputs = await Promise.all(texts.map((text) => llm.classify({ text, language: 'en' }, context)));
    expect(outputs.every((output) => output.predictions[0]?.intent === 'order_tracking')).toBe(true);
    expect(server.requests).toHaveLength(3); // 8 + 8 + 4
  });

  it('asks for JSON-schema output with the taxonomy\'s ids and this request\'s message ids as enums', async () => {
    await create().classify({ text: 'where is it', language: 'en' }, context);
    const format = bodies()[0]!.response_format as { type: string; json_schema: { strict: boolean; schema: { properties: { results: { items: { properties: { intent: { enum: string[] }; id: { enum: string[] } } } } } } } };
    expect(format.type).toBe('json_schema');
    expect(format.json_schema.strict).toBe(true);
    const item = format.json_schema.schema.properties.results.items.properties;
    expect(item.intent.enum).toEqual([...BUILTIN_TAXONOMY.ids, 'unknown']);
    expect(item.id.enum).toHaveLength(1);
    expect(item.id.enum[0]).toMatch(/^m[0-9a-z]{6}$/);
  });

  it('falls back to prompt-only JSON with a strict parser when the server rejects response_format', async () => {
    const llm = create({ baseURL: plainServer.url });
    const fallbacks: unknown[] = [];
    llm.events.on('structured-output-fallback', (info) => fallbacks.push(info));
    reply = (request) => `Sure! Here is the classification:\n\`\`\`json\n${keywordAnswer(request)}\n\`\`\`\nLet me know if you need more.`;
    const output = await llm.classify({ text: 'I want a refund', language: 'en' }, context);
    expect(output.predictions[0]?.intent).toBe('refund_request');
    expect(fallbacks).toEqual([{ from: 'json_schema', to: 'none', status: 400 }]);
    expect(bodies(plainServer).at(-1)!.response_format).toBeUndefined();
    await llm.classify({ text: 'where is it', language: 'en' }, context); // remembered: no second rejection
    expect(plainServer.requests).toHaveLength(3);
  });

  it('retries malformed output once, then succeeds', async () => {
    const llm = create();
    const invalid: unknown[] = [];
    llm.events.on('output-invalid', (info) => invalid.push(info));
    let calls = 0;
    reply = (request) => (++calls === 1 ? '{"results": [{"id": "x", "intent": ' : keywordAnswer(request));
    const output = await llm.classify({ text: 'refund please', language: 'en' }, context);
    expect(output.predictions[0]?.intent).toBe('refund_request');
    expect(server.requests).toHaveLength(2);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toMatchObject({ attempt: 1, willRetry: true });
  });

  it('rejects output that stays malformed with a typed ResponseShapeError (two JSON objects, prose, wrong ids)', async () => {
    const cases: ((request: ChatRequestView) => string)[] = [
      () => 'I think it is a refund request.',
      (request) => `${keywordAnswer(request)}\n${keywordAnswer(request)}`,
      () => JSON.stringify({ results: [{ id: 'not-a-real-id', intent: 'refund_request', confidence: 0.9 }] }),
      () => JSON.stringify({ label: 'refund_request' }),
    ];
    for (const bad of cases) {
      reply = bad;
      const error: unknown = await create({ cacheSize: 0 }).classify({ text: 'refund please', language: 'en' }, context).catch((caught: unknown) => caught);
      expect(ResponseShapeError.isInstance(error)).toBe(true);
    }
  });

  it('never passes through a label outside the taxonomy: retried once, then unknown', async () => {
    reply = (request) => {
      const { messages } = readFencedMessages(request.system, request.user);
      return JSON.stringify({ results: messages.map((message) => ({ id: message.id, intent: message.text.includes('refund') ? 'refund' : 'order_tracking', confidence: 0.9 })) });
    };
    const outputs = await create().classifyBatch([{ text: 'refund please', language: 'en' }, { text: 'where is it', language: 'en' }], context);
    expect(outputs[0]!.predictions).toEqual([]);
    expect(outputs[0]!.evidence?.[0]?.term).toBe('remote-llm:invalid-output');
    expect(outputs[1]!.predictions[0]?.intent).toBe('order_tracking');
    expect(server.requests).toHaveLength(2);
    // the retry asked again only for the message whose answer was invalid
    expect(readFencedMessages('', bodies()[1]!.messages[1]!.content).messages.map((message) => message.text)).toEqual(['refund please']);
  });

  it('retries 429 (honouring Retry-After) and 5xx bursts; times out slow answers', async () => {
    server.fail({ kind: 'status', status: 429, retryAfter: '0' }, { kind: 'status', status: 500 }, { kind: 'status', status: 503 });
    expect((await create({ maxRetries: 3 }).classify({ text: 'where is it', language: 'en' }, context)).predictions[0]?.intent).toBe('order_tracking');
    expect(server.requests).toHaveLength(4);
    server.fail({ kind: 'delay', ms: 1500 });
    const error: unknown = await create({ timeoutMs: 150, maxRetries: 0 }).classify({ text: 'where is it', language: 'en' }, context).catch((caught: unknown) => caught);
    expect(ModelApiError.isInstance(error)).toBe(true);
    expect((error as ModelApiError).message).toMatch(/did not answer within 150 ms/);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    // A server of its own: no request of another test is still being handled there.
    const own = await startOpenAICompatibleServer({ chat: async (request) => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      return keywordAnswer(request);
    } });
    try {
      const llm = create({ baseURL: own.url, batchSize: 1, concurrency: 2 });
      await llm.classifyBatch(Array.from({ length: 6 }, (_, index) => ({ text: `where is ${index}`, language: 'en' })), context);
      expect(own.requests).toHaveLength(6);
      expect(own.maxInFlight).toBe(2);
    } finally {
      await own.close();
    }
  });

  it('caches answers by normalized text', async () => {
    const llm = create();
    await llm.classify({ text: 'Where is my parcel?', language: 'en' }, context);
    await llm.classify({ text: '  where IS my parcel? ', language: 'en' }, context);
    await llm.classifyBatch([{ text: 'WHERE is my parcel?', language: 'en' }], context);
    expect(server.requests).toHaveLength(1);
    expect(llm.usage().cacheHits).toBe(2);
  });

  it('counts token usage and estimated cost, and emits them per request', async () => {
    const llm = create({ pricing: { promptPer1k: 0.15, completionPer1k: 0.6 } });
    const ends: RequestEndInfo[] = [];
    llm.events.on('request-end', (info) => ends.push(info));
    reply = (request) => ({ content: keywordAnswer(request), usage: { prompt_tokens: 1000, completion_tokens: 100, total_tokens: 1100 } });
    await llm.classifyBatch([{ text: 'refund', language: 'en' }, { text: 'where', language: 'en' }], context);
    expect(ends).toHaveLength(1);
    expect(ends[0]).toMatchObject({ messages: 2, attempt: 1, structuredOutput: 'json_schema', usage: { promptTokens: 1000, completionTokens: 100, totalTokens: 1100, estimated: false } });
    expect(ends[0]!.estimatedCost).toBeCloseTo(0.15 + 0.06);
    reply = (request) => ({ content: keywordAnswer(request), usage: null });
    await llm.classify({ text: 'thanks', language: 'en' }, context);
    expect(ends[1]!.usage.estimated).toBe(true);
    expect(ends[1]!.usage.promptTokens).toBeGreaterThan(100);
    expect(llm.usage()).toMatchObject({ requests: 2, estimated: true });
    expect(llm.usage().estimatedCost).toBeGreaterThan(0.21);
  });

  it('masks e-mails, phone and card numbers before sending', async () => {
    const llm = create();
    const planted = 'Refund to card 4111 1111 1111 1111 please, mail me at li.wei@example.cn or call +86 138 0013 8000';
    await llm.classify({ text: planted, language: 'en' }, context);
    await llm.classifyBatch([{ text: `${planted} again`, language: 'en' }], context);
    const sent = server.requests.map((request) => request.raw).join('\n');
    for (const secret of ['4111 1111 1111 1111', '4111111111111111', 'li.wei@example.cn', '138 0013 8000']) expect(sent).not.toContain(secret);
    expect(sent).toContain('[CARD_1]');
    expect(sent).toContain('[EMAIL_1]');
  });

  it('caps every score at maxConfidence, so its label alone never auto-replies', async () => {
    reply = (request) => {
      const { messages } = readFencedMessages(request.system, request.user);
      return JSON.stringify({ results: messages.map((message) => ({ id: message.id, intent: 'order_tracking', confidence: 1 })) });
    };
    const llm = create();
    const output = await llm.classify({ text: 'where is my order 1234?', language: 'en' }, context);
    expect(output.predictions).toEqual([{ intent: 'order_tracking', score: 0.7 }]);
    expect(output.confidenceCap).toBe(0.7);
    expect(output.evidence?.[0]).toEqual({ term: 'remote-llm:order_tracking', weight: 1 });
    // whatever the pipeline's fusion does (a sharpening temperature would otherwise turn 0.7 into 0.98)
    for (const fusion of [{}, { temperature: 0.3 }, { temperature: 0.55, floor: 0.2 }]) {
      const result = await createPipeline({ classifiers: [llm], fusion }).classify('where is my order 1234?');
      expect(result.intent).toBe('order_tracking');
      expect(result.confidence).toBeLessThanOrEqual(0.7);
      expect(result.decision.action).toBe('suggest');
      expect(result.decision.reasons).toContainEqual(expect.objectContaining({ code: 'below_auto_reply_threshold', threshold: 0.85 }));
    }
    expect(() => create({ maxConfidence: 0.99 })).toThrow(ConfigError);
  });

  it('abstains on empty text without a request, and validates its options', async () => {
    expect(await create().classify({ text: '   ', language: 'und' }, context)).toEqual({ predictions: [] });
    expect(server.requests).toHaveLength(0);
    expect(() => create({ batchSize: 0 })).toThrow(ConfigError);
    expect(() => createRemoteLlmClassifier({ baseURL: 'not a url', model: 'm' })).toThrow(/baseURL/);
  });
});
