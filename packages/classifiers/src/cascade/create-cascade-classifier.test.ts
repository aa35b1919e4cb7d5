import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_TAXONOMY, ConfigError, createPipeline, type Classifier, type ClassifierOutput, type ClassifyContext } from '@lianxing/core';
import { readFencedMessages } from '../../test/support/fenced-messages.js';
import { startOpenAICompatibleServer, type ChatRequestView, type OpenAICompatibleServer } from '../../test/support/openai-compatible-server.js';
import { createRemoteLlmClassifier } from '../remote-llm/create-remote-llm-classifier.js';
import { createCascadeClassifier } from './create-cascade-classifier.js';
import type { EscalationInfo } from './cascade-events.js';

// The local side: a table-driven ClassifierV1 (what a local model would answer for each test text).
const LOCAL: Readonly<Record<string, ClassifierOutput>> = {
  'where is my order 123': { predictions: [{ intent: 'order_tracking', score: 0.92 }] },
  'my thing is weird': { predictions: [{ intent: 'product_question', score: 0.31 }, { intent: 'product_defect', score: 0.28 }] },
  'the money thing again': { predictions: [{ intent: 'refund_request', score: 0.4 }, { intent: 'refund_status', score: 0.3 }] },
};
const local: Classifier = {
  specificationVersion: 'v1', id: 'table', capabilities: { trainable: false, serializable: false },
  classify: (input) => LOCAL[input.text] ?? { predictions: [] },
};

// The remote side: the real LLM classifier, over HTTP, against a server that answers by a rule per text.
let answers: Readonly<Record<string, string>> = {};
const answer = (request: ChatRequestView): string => {
  const { messages } = readFencedMessages(request.system, request.user);
  return JSON.stringify({ results: messages.map((message) => ({ id: message.id, intent: answers[message.text] ?? 'unknown', confidence: 0.9 })) });
};
let server: OpenAICompatibleServer;
beforeAll(async () => {
  server = await startOpenAICompatibleServer({ chat: answer });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.splice(0);
  answers = { 'my thing is weird': 'product_defect', 'the money thing again': 'positive_feedback' };
});
const context: ClassifyContext = { taxonomy: BUILTIN_TAXONOMY };
const llm = () => createRemoteLlmClassifier({ baseURL: server.url, model: 'local', maxRetries: 0 });
const replace = 'replace' as const;

describe('createCascadeClassifier', () => {
  it('answers from the local model when it is sure, without calling the remote backend', async () => {
    const cascade = createCascadeClassifier({ local, remote: llm(), threshold: 0.6 });
    const output = await cascade.classify({ text: 'where is my order 123', language: 'en' }, context);
    expect(output).toMatchObject({ decidedBy: 'table', predictions: [{ intent: 'order_tracking', score: 0.92 }] });
    expect(server.requests).toHaveLength(0);
    expect(cascade.stats()).toEqual({ classified: 1, escalated: 0 });
  });

  it('escalates when the local model is unsure, and says the remote backend decided', async () => {
    const cascade = createCascadeClassifier({ local, remote: llm(), threshold: 0.6, combine: replace });
    const seen: EscalationInfo[] = [];
    cascade.events.on('escalation', (info) => seen.push(info));
    const output = await cascade.classify({ text: 'my thing is weird', language: 'en' }, context);
    expect(output.decidedBy).toBe('remote-llm');
    expect(output.predictions[0]).toEqual({ intent: 'product_defect', score: 0.7 });
    expect(seen[0]).toMatchObject({ decidedBy: 'remote-llm', local: { intent: 'product_question', confidence: 0.31 }, remote: { intent: 'product_defect', confidence: 0.7 } });
    // in a pipeline, the result's explanation carries it
    const result = await createPipeline({ classifiers: [cascade] }).classify('my thing is weird');
    expect(result.intent).toBe('product_defect');
    expect(result.explanation.contributions[0]).toMatchObject({ source: 'classifier:cascade', decidedBy: 'remote-llm' });
  });

  it('keeps the local answer when the remote one is of lower risk (risk guard), unless switched off', async () => {
    const guarded = await createCascadeClassifier({ local, remote: llm() }).classify({ text: 'the money thing again', language: 'en' }, context);
    expect(guarded.decidedBy).toBe('table');
    expect(guarded.predictions[0]?.intent).toBe('refund_request');
    expect(guarded.evidence?.map((entry) => entry.term)).toContain('cascade:risk-guard:positive_feedback');
    const unguarded = await createCascadeClassifier({ local, remote: llm(), riskGuard: false, combine: replace }).classify({ text: 'the money thing again', language: 'en' }, context);
    expect(unguarded).toMatchObject({ decidedBy: 'remote-llm', predictions: [{ intent: 'positive_feedback' }] });
  });

  it('falls back to the local answer when the remote backend fails or abstains', async () => {
    const cascade = createCascadeClassifier({ local, remote: llm() });
    const errors: unknown[] = [];
    cascade.events.on('escalation-error', (error) => errors.push(error));
    server.fail({ kind: 'status', status: 500 });
    const failed = await cascade.classify({ text: 'my thing is weird', language: 'en' }, context);
    expect(failed.decidedBy).toBe('table');
    expect(failed.predictions[0]?.intent).toBe('product_question');
    expect(errors[0]).toMatchObject({ code: 'api_call_failed', status: 500 });
    answers = {};
    const abstained = await cascade.classify({ text: 'my thing is weird', language: 'en' }, context);
    expect(abstained.decidedBy).toBe('table');
    expect(abstained.evidence?.map((entry) => entry.term)).toContain('cascade:remote-abstained');
    server.fail({ kind: 'status', status: 500 });
    await expect(createCascadeClassifier({ local, remote: llm(), onRemoteError: 'throw' }).classify({ text: 'the money thing again', language: 'en' }, context)).rejects.toMatchObject({ code: 'api_call_failed' });
  });

  it('mixes both distributions by default', async () => {
    const cascade = createCascadeClassifier({ local, remote: llm() });
    const output = await cascade.classify({ text: 'my thing is weird', language: 'en' }, context);
    // product_defect: (0.28 + 0.7) / 2 = 0.49 beats product_question: (0.31 + 0.3/23) / 2
    expect(output.predictions[0]?.intent).toBe('product_defect');
    expect(output.predictions[0]?.score).toBeCloseTo(0.49, 2);
    expect(output.decidedBy).toBe('remote-llm');
  });

  it('keeps an escalated message under the auto-reply threshold when the remote answer is capped', async () => {
    answers = { 'my thing is weird': 'product_question' }; // agrees with the unsure local model
    for (const combine of ['mix', 'replace'] as const) {
      const cascade = createCascadeClassifier({ local, remote: llm(), combine });
      const output = await cascade.classify({ text: 'my thing is weird', language: 'en' }, context);
      expect(output.confidenceCap).toBe(0.7); // max(local 0.31, remote cap 0.7)
      const result = await createPipeline({ classifiers: [cascade], fusion: { temperature: 0.3 } }).classify('my thing is weird');
      expect(result.intent).toBe('product_question');
      expect(result.confidence).toBeLessThanOrEqual(0.7);
      expect(result.decision.action).not.toBe('auto_reply');
    }
  });

  it('sends a batch\'s escalated messages to the remote backend together', async () => {
    const cascade = createCascadeClassifier({ local, remote: llm(), riskGuard: false, combine: replace });
    const outputs = await cascade.classifyBatch(['where is my order 123', 'my thing is weird', 'the money thing again', ''].map((text) => ({ text, language: 'en' })), context);
    expect(outputs.map((output) => output.decidedBy)).toEqual(['table', 'remote-llm', 'remote-llm', 'table']);
    expect(server.requests).toHaveLength(1);
    expect(cascade.stats()).toEqual({ classified: 4, escalated: 2 });
  });

  it('fuses a list of local classifiers with their weights', async () => {
    const other: Classifier = { ...local, id: 'other', classify: () => ({ predictions: [{ intent: 'order_tracking', score: 0.9 }] }) };
    const cascade = createCascadeClassifier({ local: [local, { classifier: other, weight: 3 }], remote: llm(), threshold: 0.5, localFusion: { floor: 0.35, temperature: 1 } });
    const output = await cascade.classify({ text: 'my thing is weird', language: 'en' }, context);
    expect(output.decidedBy).toBe('table+other');
    expect(output.predictions[0]?.intent).toBe('order_tracking');
    expect(server.requests).toHaveLength(0);
  });

  it('fuses a local list as the pipeline would, geometric pooling included', async () => {
    const first: Classifier = { ...local, id: 'first', classify: () => ({ predictions: [{ intent: 'order_tracking', score: 0.9 }, { intent: 'refund_request', score: 0.1 }] }) };
    const second: Classifier = { ...local, id: 'second', classify: () => ({ predictions: [{ intent: 'refund_request', score: 0.6 }, { intent: 'order_cancel', score: 0.4 }] }) };
    const fusion = { pooling: 'geometric', smoothing: 0.01, floor: 0.35, temperature: 0.5 } as const;
    const cascade = createCascadeClassifier({ local: [first, second], remote: llm(), threshold: 0.3, localFusion: fusion });
    const output = await cascade.classify({ text: 'my thing is weird', language: 'en' }, context);
    const pipeline = await createPipeline({ classifiers: [first, second], fusion }).classify('my thing is weird');
    // Linearly, order_tracking (0.45 + 0.45 · 0) would lead; pooled, the intent both give weight wins.
    expect(output.predictions[0]?.intent).toBe('refund_request');
    expect(output.predictions[0]?.score).toBeCloseTo(pipeline.confidence, 12);
    expect(pipeline.intent).toBe('refund_request');
    expect(() => createCascadeClassifier({ local: [first, second], remote: llm(), localFusion: { pooling: 'harmonic' as 'linear' } })).toThrow(ConfigError);
  });

  it('weighs a local classifier by the message\'s language when it has per-language weights', async () => {
    const first: Classifier = { ...local, id: 'first', classify: () => ({ predictions: [{ intent: 'order_tracking', score: 0.9 }] }) };
    const second: Classifier = { ...local, id: 'second', classify: () => ({ predictions: [{ intent: 'refund_request', score: 0.9 }] }) };
    const cascade = createCascadeClassifier({ local: [first, { classifier: second, weight: 2, weightByLanguage: { fr: 0.5 } }], remote: llm(), threshold: 0 });
    const [german, french] = await cascade.classifyBatch([{ text: 'x', language: 'de' }, { text: 'x', language: 'fr' }], context);
    expect(german?.predictions[0]?.intent).toBe('refund_request');
    expect(french?.predictions[0]?.intent).toBe('order_tracking');
    expect(() => createCascadeClassifier({ local: [{ classifier: second, weightByLanguage: { xx: 1 } as never }], remote: llm() })).toThrow(ConfigError);
    expect(() => createCascadeClassifier({ local: [{ classifier: second, weightByLanguage: { fr: undefined } as never }], remote: llm() })).not.toThrow();
    // Weights are copied as validated: changing the caller's object afterwards changes nothing.
    const weights: Record<string, number> = { fr: 0.5 };
    const copied = createCascadeClassifier({ local: [first, { classifier: second, weight: 2, weightByLanguage: weights }], remote: llm(), threshold: 0 });
    weights.fr = 5;
    expect((await copied.classify({ text: 'x', language: 'fr' }, context)).predictions[0]?.intent).toBe('order_tracking');
  });

  it('validates its options', () => {
    expect(() => createCascadeClassifier({ local, remote: {} as Classifier })).toThrow(ConfigError);
    expect(() => createCascadeClassifier({ local, remote: llm(), threshold: 2 })).toThrow(ConfigError);
    expect(() => createCascadeClassifier({ local: [], remote: llm() })).toThrow(ConfigError);
  });
});
