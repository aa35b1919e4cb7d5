import { describe, expect, it } from 'vitest';
import type { Classifier, TrainingExample } from '../spec/classifier-v1.js';
import { createPipeline } from '../pipeline/create-pipeline.js';
import { crossValidate, evaluate } from './evaluate.js';

/** Answers by a fixed table, with a fixed confidence, so every metric can be computed by hand. */
function tableClassifier(answers: Record<string, [string, number]>): Classifier {
  return {
    specificationVersion: 'v1', id: 'table', capabilities: { trainable: false, serializable: false },
    classify: (input) => {
      const answer = answers[input.text];
      return { predictions: answer ? [{ intent: answer[0], score: answer[1] }] : [] };
    },
  };
}

describe('evaluate', () => {
  const classifier = tableClassifier({
    'where is it': ['order_tracking', 0.9], 'tracking?': ['order_tracking', 0.8], 'refund': ['refund_request', 0.95],
    'money back': ['order_tracking', 0.6], 'factura': ['invoice_request', 0.7],
  });
  const examples = [
    { text: 'where is it', intent: 'order_tracking', language: 'en' },
    { text: 'tracking?', intent: 'order_tracking', language: 'en' },
    { text: 'refund', intent: 'refund_request', language: 'en' },
    { text: 'money back', intent: 'refund_request', language: 'en' },
    { text: 'factura', intent: 'invoice_request', language: 'es' },
    { text: 'nothing known', intent: 'invoice_request', language: 'es' },
  ];

  it('computes accuracy, per-intent scores, macro-F1 and the confusion matrix', async () => {
    const report = await evaluate(classifier, examples);
    expect(report.count).toBe(6);
    expect(report.accuracy).toBeCloseTo(4 / 6);
    const tracking = report.perIntent.find((scores) => scores.intent === 'order_tracking')!;
    expect(tracking).toMatchObject({ precision: 2 / 3, recall: 1, support: 2 });
    expect(tracking.f1).toBeCloseTo(0.8);
    const refund = report.perIntent.find((scores) => scores.intent === 'refund_request')!;
    expect(refund.f1).toBeCloseTo(2 / 3);
    const invoice = report.perIntent.find((scores) => scores.intent === 'invoice_request')!;
    expect(invoice.f1).toBeCloseTo(2 / 3);
    expect(report.macroF1).toBeCloseTo((0.8 + 2 / 3 + 2 / 3) / 3);
    expect(report.confusion.labels).toEqual(['invoice_request', 'order_tracking', 'refund_request', 'unknown']);
    expect(report.confusion.matrix).toEqual([[1, 0, 0, 1], [0, 2, 0, 0], [0, 1, 1, 0], [0, 0, 0, 0]]);
  });

  it('computes calibration error, the risk–coverage curve and a per-language breakdown', async () => {
    const report = await evaluate(classifier, examples, { thresholds: [0, 0.75, 0.9] });
    // Bins: 0.0 → [0 conf, wrong], 0.6 → [0.6, wrong], 0.7 → [0.7, right], 0.8 → [0.8, right], 0.9 → [0.9, 0.95 right]
    const expected = (1 / 6) * 0 + (1 / 6) * 0.6 + (1 / 6) * 0.3 + (1 / 6) * 0.2 + (2 / 6) * Math.abs(1 - 0.925);
    expect(report.expectedCalibrationError).toBeCloseTo(expected);
    expect(report.riskCoverage).toEqual([
      { threshold: 0, coverage: 5 / 6, accuracy: 4 / 5 },
      { threshold: 0.75, coverage: 3 / 6, accuracy: 1 },
      { threshold: 0.9, coverage: 2 / 6, accuracy: 1 },
    ]);
    expect(report.perLanguage['en']).toMatchObject({ count: 4, accuracy: 0.75 });
    expect(report.perLanguage['es']).toMatchObject({ count: 2, accuracy: 0.5 });
  });

  it('evaluates a whole pipeline', async () => {
    const pipeline = createPipeline({ classifiers: [classifier] });
    const report = await evaluate(pipeline, examples.slice(0, 3));
    expect(report.accuracy).toBe(1);
  });
});

describe('crossValidate', () => {
  it('trains a fresh classifier per fold and averages', async () => {
    const trainedOn: number[] = [];
    const create = (): Classifier => {
      let memory = new Map<string, string>();
      return {
        specificationVersion: 'v1', id: 'memorizer', capabilities: { trainable: true, serializable: false },
        classify: (input) => ({ predictions: memory.has(input.text) ? [{ intent: memory.get(input.text)!, score: 1 }] : [] }),
        train: async (examples: readonly TrainingExample[]) => {
          trainedOn.push(examples.length);
          memory = new Map(examples.map((example) => [example.text, example.intent]));
          return { examples: examples.length, intents: 1, durationMs: 0, warnings: [] };
        },
      };
    };
    const examples = Array.from({ length: 10 }, (_, index) => ({ text: `t${index}`, intent: index % 2 ? 'a_intent' : 'b_intent' }));
    const report = await crossValidate(create, examples, { folds: 5 });
    expect(trainedOn).toEqual([8, 8, 8, 8, 8]);
    expect(report.folds).toHaveLength(5);
    expect(report.accuracy).toBe(0); // a memorizer never saw its test fold
  });
});
