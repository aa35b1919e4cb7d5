import { describe, expect, it } from 'vitest';
import type { Classifier, ClassifyInput } from '../spec/classifier-v1.js';
import { createManualMode } from '../stages/manual-mode.js';
import type { ClassificationResult } from './classification-result.js';
import { createPipeline } from './create-pipeline.js';

/** A real, tiny classifier: the first listed word found in the text decides the intent, with a fixed score. */
function wordClassifier(words: Record<string, string>, score = 0.95): Classifier {
  return {
    specificationVersion: 'v1', id: 'words', capabilities: { trainable: false, serializable: false },
    classify(input: ClassifyInput) {
      const lower = input.text.toLowerCase();
      const hit = Object.entries(words).find(([word]) => lower.includes(word));
      return { predictions: hit ? [{ intent: hit[1], score }] : [] };
    },
  };
}

const words = { where: 'order_tracking', review: 'complaint_escalation', person: 'human_agent', thanks: 'positive_feedback', bitcoin: 'spam', broken: 'product_defect' };

describe('createPipeline: decisions, hand-offs and manual mode', () => {
  it('fires handoff for every human decision, and only for those', async () => {
    const pipeline = createPipeline({ classifiers: [wordClassifier(words)] });
    const handoffs: ClassificationResult[] = [];
    pipeline.events.on('handoff', (result) => handoffs.push(result));
    const texts = ['Where is my order?', 'I will leave a 1-star review', 'Let me talk to a person', 'qwertyuiop', 'thanks, love it', 'bitcoin profits', 'it came broken'];
    const results = [];
    for (const text of texts) results.push(await pipeline.classify({ id: text, text, language: 'en' }));
    expect(results.map((result) => result.decision.action)).toEqual(['auto_reply', 'human', 'human', 'human', 'auto_reply', 'discard', 'suggest']);
    expect(handoffs.map((result) => result.id)).toEqual(results.filter((result) => result.decision.action === 'human').map((result) => result.id));
    expect(handoffs.map((result) => result.decision.reasons[0]?.code)).toEqual(['rule', 'rule', 'intent_unknown']);
  });

  it('fires handoff for human decisions inside a batch too', async () => {
    const pipeline = createPipeline({ classifiers: [wordClassifier(words)] });
    let handoffs = 0;
    pipeline.events.on('handoff', () => handoffs++);
    for await (const outcome of pipeline.classifyBatch(['review incoming', 'where is it', '???', 'talk to a person please'])) expect(outcome.ok).toBe(true);
    expect(handoffs).toBe(3);
  });

  it('switches to manual mode at run time, without rebuilding the pipeline', async () => {
    const pipeline = createPipeline({ classifiers: [wordClassifier(words)] });
    expect((await pipeline.classify('Where is my order?')).decision.action).toBe('auto_reply');
    pipeline.manualMode.enable('carrier outage');
    const manual = await pipeline.classify('Where is my order?');
    expect(manual.decision).toMatchObject({ action: 'suggest', reasons: [{ code: 'rule' }, { code: 'manual_mode', source: 'switch', note: 'carrier outage' }] });
    expect((await pipeline.classify('bitcoin profits')).decision.action).toBe('suggest');
    pipeline.manualMode.disable();
    expect((await pipeline.classify('Where is my order?')).decision.action).toBe('auto_reply');
  });

  it('shares one switch between pipelines: one call stops every marketplace', async () => {
    const manualMode = createManualMode();
    const amazon = createPipeline({ classifiers: [wordClassifier(words)], manualMode });
    const tiktok = createPipeline({ classifiers: [wordClassifier(words)], manualMode });
    manualMode.enable();
    expect((await amazon.classify({ text: 'where is it', marketplace: 'amazon' })).decision.action).toBe('suggest');
    expect((await tiktok.classify({ text: 'where is it', marketplace: 'tiktok' })).decision.action).toBe('suggest');
    expect(amazon.manualMode).toBe(manualMode);
  });

  it('blocks auto-reply for an angry or negative message of a low-risk intent, and raises its priority', async () => {
    const pipeline = createPipeline({ classifiers: [wordClassifier(words)] });
    const calm = await pipeline.classify({ text: 'Where is my order?', language: 'en' });
    const angry = await pipeline.classify({ text: 'WHERE IS MY ORDER??? THIS IS A SCAM', language: 'en' });
    expect(angry.sentiment.label).toBe('negative');
    expect(angry.decision.action).toBe('suggest');
    expect(angry.decision.reasons.map((reason) => reason.code)).toEqual(expect.arrayContaining(['negative_sentiment', 'angry']));
    expect(Number(angry.priority.slice(1))).toBeLessThan(Number(calm.priority.slice(1)));
  });

  it('measures urgency against the order the caller passes, and applies the policy priority formula', async () => {
    const pipeline = createPipeline({ classifiers: [wordClassifier(words)], policy: { priority: { thresholds: { P1: 3, P2: 2, P3: 1 } } } });
    const promised = new Date(Date.now() - 10 * 86_400_000).toISOString();
    const result = await pipeline.classify({ text: 'Where is my order?', language: 'en' }, { order: { promisedDeliveryDate: promised, status: 'in_transit' } });
    expect(result.urgency.reasons).toContainEqual({ code: 'past_promised_delivery', days: 10 });
    expect(result.urgency.level).toBe('normal');
    expect(result.priority).toBe('P3');
    const urgent = await pipeline.classify({ text: 'Where is my order? I need it today, urgent', language: 'en' }, { order: { promisedDeliveryDate: promised } });
    expect(urgent.urgency.level).toBe('high');
    expect(urgent.priority).toBe('P2');
  });

  it('refuses an invalid policy when the pipeline is built, naming the field', () => {
    expect(() => createPipeline({ policy: { intents: { refund_request: 'auto_reply' } } })).toThrow(/intents\.refund_request/);
    expect(() => createPipeline({ policy: { priority: { thresholds: { P1: 0, P2: 3, P3: 1 } } } })).toThrow(/priority\.thresholds/);
  });
});
