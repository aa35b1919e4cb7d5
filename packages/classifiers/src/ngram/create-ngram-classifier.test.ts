import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TAXONOMY, ModelFormatError, TrainingDataError, type ClassifierOutput, type TrainProgress } from '@lianxing/core';
import { createNgramClassifier, loadNgramClassifier } from './create-ngram-classifier.js';
import { TEST_EXAMPLES } from './__fixtures__/ngram-training-examples.js';

const context = { taxonomy: BUILTIN_TAXONOMY };
const top = (output: ClassifierOutput | Promise<ClassifierOutput>) => (output as ClassifierOutput).predictions[0];

describe('n-gram classifier', () => {
  it('learns intents across languages and scripts, with calibrated probabilities', async () => {
    const ngram = createNgramClassifier({ epochs: 30 });
    const progress: TrainProgress[] = [];
    const report = await ngram.train(TEST_EXAMPLES, { onProgress: (step) => progress.push(step) });
    expect(report).toMatchObject({ examples: 42, intents: 3 });
    expect(progress.at(-1)).toMatchObject({ epoch: 60, epochs: 60 });
    expect(progress.at(-1)!.loss).toBeLessThan(progress[0]!.loss);
    expect(top(ngram.classify({ text: 'where is my parcel?', language: 'en' }, context))?.intent).toBe('order_tracking');
    expect(top(ngram.classify({ text: 'quiero mi factura', language: 'es' }, context))?.intent).toBe('invoice_request');
    expect(top(ngram.classify({ text: '退款', language: 'zh' }, context))?.intent).toBe('refund_request');
    expect(top(ngram.classify({ text: '領収書', language: 'ja' }, context))?.intent).toBe('invoice_request');
    const scores = (ngram.classify({ text: 'refund', language: 'en' }, context) as ClassifierOutput).predictions.map((prediction) => prediction.score);
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });

  it('abstains on text with no feature it has seen, and before training', async () => {
    const untrained = createNgramClassifier();
    expect((untrained.classify({ text: 'refund', language: 'en' }, context) as ClassifierOutput).predictions).toEqual([]);
    await untrained.train(TEST_EXAMPLES);
    expect((untrained.classify({ text: '😡😡', language: 'und' }, context) as ClassifierOutput).predictions).toEqual([]);
    expect((untrained.classify({ text: '', language: 'und' }, context) as ClassifierOutput).predictions).toEqual([]);
  });

  it('is deterministic for a seed and differs for another', async () => {
    const a = createNgramClassifier({ seed: 7 });
    const b = createNgramClassifier({ seed: 7 });
    const c = createNgramClassifier({ seed: 8 });
    await Promise.all([a.train(TEST_EXAMPLES), b.train(TEST_EXAMPLES), c.train(TEST_EXAMPLES)]);
    expect(JSON.stringify(a.toJSON())).toBe(JSON.stringify(b.toJSON()));
    expect(JSON.stringify(a.toJSON())).not.toBe(JSON.stringify(c.toJSON()));
  });

  it('averages the weights of several runs into one model (a seed ensemble), deterministically', async () => {
    const progress: TrainProgress[] = [];
    const averaged = createNgramClassifier({ runs: 3, epochs: 4, seed: 5 });
    const again = createNgramClassifier({ runs: 3, epochs: 4, seed: 5 });
    const single = createNgramClassifier({ epochs: 4, seed: 5 });
    await averaged.train(TEST_EXAMPLES, { onProgress: (step) => progress.push(step) });
    await Promise.all([again.train(TEST_EXAMPLES), single.train(TEST_EXAMPLES)]);
    // Two passes (calibration fold, then all data), each of 3 runs × 4 epochs.
    expect(progress.map((step) => step.epoch)).toEqual(Array.from({ length: 24 }, (_, index) => index + 1));
    expect(progress.at(-1)!.epochs).toBe(24);
    expect(JSON.stringify(averaged.toJSON())).toBe(JSON.stringify(again.toJSON()));
    expect(JSON.stringify(averaged.toJSON())).not.toBe(JSON.stringify(single.toJSON()));
    expect(top(averaged.classify({ text: 'where is my parcel?', language: 'en' }, context))?.intent).toBe('order_tracking');
    expect(top(averaged.classify({ text: '退款', language: 'zh' }, context))?.intent).toBe('refund_request');
  });

  it('trains with feature dropout deterministically, and exactly as before when it is 0', async () => {
    const train = async (options: Parameters<typeof createNgramClassifier>[0]) => {
      const ngram = createNgramClassifier({ epochs: 12, seed: 3, ...options });
      await ngram.train(TEST_EXAMPLES);
      return ngram;
    };
    const [plain, zero, dropped, again] = await Promise.all([train({}), train({ featureDropout: 0 }), train({ featureDropout: 0.4 }), train({ featureDropout: 0.4 })]);
    expect(JSON.stringify(zero.toJSON())).toBe(JSON.stringify(plain.toJSON()));
    // The model the trainer made before dropout existed (commit a97d8c8), to the byte.
    expect(createHash('sha256').update(JSON.stringify(plain.toJSON())).digest('hex')).toBe('da1d17c1fa2b049d2445fbfbdb816d89ef09025f79621025871c4611679c70a9');
    expect(JSON.stringify(dropped.toJSON())).toBe(JSON.stringify(again.toJSON()));
    expect(JSON.stringify(dropped.toJSON())).not.toBe(JSON.stringify(plain.toJSON()));
    expect(top(dropped.classify({ text: 'where is my parcel?', language: 'en' }, context))?.intent).toBe('order_tracking');
    expect(top(dropped.classify({ text: 'quiero mi factura', language: 'es' }, context))?.intent).toBe('invoice_request');
    expect(top(dropped.classify({ text: '退款', language: 'zh' }, context))?.intent).toBe('refund_request');
  });

  it('round-trips through compact JSON with the same answers', async () => {
    const ngram = createNgramClassifier();
    await ngram.train(TEST_EXAMPLES);
    const json = JSON.stringify(ngram.toJSON());
    const restored = loadNgramClassifier(json);
    expect(restored.intents).toEqual(['invoice_request', 'order_tracking', 'refund_request']);
    for (const text of ['where is my order', 'necesito factura', '我要退款', 'give me my money back please']) {
      const before = top(ngram.classify({ text, language: 'und' }, context))!;
      const after = top(restored.classify({ text, language: 'und' }, context))!;
      expect(after.intent).toBe(before.intent);
      expect(after.score).toBeCloseTo(before.score, 1);
    }
  });

  it('rejects corrupt or foreign model files with a ModelFormatError', async () => {
    expect(() => loadNgramClassifier('{nope')).toThrow(ModelFormatError);
    expect(() => loadNgramClassifier({ format: 'other' })).toThrow(/format/);
    const ngram = createNgramClassifier();
    await ngram.train(TEST_EXAMPLES);
    const json = ngram.toJSON();
    expect(() => loadNgramClassifier({ ...json, values: json.values.slice(0, 40) })).toThrow(/truncated or corrupt/);
    expect(() => loadNgramClassifier({ ...json, columns: json.columns.slice(0, 8) })).toThrow(/truncated or corrupt/);
    expect(() => loadNgramClassifier({ ...json, rowLengths: "AAAA" })).toThrow(ModelFormatError);
    expect(() => createNgramClassifier().toJSON()).toThrow(/train\(\) first/);
    expect(() => loadNgramClassifier({ ...json, idf: undefined })).toThrow(/`idf` and `unseenIdf` are required/);
    expect(() => loadNgramClassifier({ ...json, idf: json.idf!.slice(0, 4) })).toThrow(/`idf` has the wrong size/);
  });

  it('still loads version 1 models, which score features without IDF', async () => {
    const ngram = createNgramClassifier();
    await ngram.train(TEST_EXAMPLES);
    const { idf: _idf, unseenIdf: _unseen, ...rest } = ngram.toJSON();
    const version1 = loadNgramClassifier({ ...rest, version: 1 });
    const output = version1.classify({ text: 'where is my order', language: 'en' }, context) as ClassifierOutput;
    expect(output.predictions[0]?.intent).toBe('order_tracking');
    expect(output.predictions.reduce((sum, prediction) => sum + prediction.score, 0)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('reports bad training data with typed errors naming lines, and warnings where it can go on', async () => {
    const ngram = createNgramClassifier({ intents: ['order_tracking', 'refund_request', 'invoice_request'] });
    await expect(ngram.train([...TEST_EXAMPLES, { text: 'x', intent: 'warranty' }])).rejects.toSatisfy((error: unknown) =>
      TrainingDataError.isInstance(error) && (error as TrainingDataError).issues[0]?.line === 43 && /not in the taxonomy/.test((error as TrainingDataError).message));
    await expect(createNgramClassifier().train([...TEST_EXAMPLES, { text: 'only once', intent: 'lonely_intent' }])).rejects.toThrow(/line 43: intent `lonely_intent` has 1 usable example/);
    await expect(createNgramClassifier().train([{ text: 'a', intent: 'Bad Id' }])).rejects.toThrow(/line 1: invalid intent id/);
    await expect(createNgramClassifier().train([{ text: 'a', intent: 'unknown' }])).rejects.toThrow(/reserved/);
    await expect(createNgramClassifier().train([{ text: 'a', intent: 'x' }, { text: 'b', intent: 'x' }])).rejects.toThrow(/at least 2 intents/);
    const report = await createNgramClassifier().train([
      ...TEST_EXAMPLES,
      { text: '   ', intent: 'order_tracking' },
      { text: 'Where is my order?', intent: 'order_tracking' },
      { text: 'refund or invoice', intent: 'refund_request' },
      { text: 'refund or invoice', intent: 'invoice_request' },
    ]);
    expect(report.warnings).toEqual([
      'line 43: empty text, skipped',
      'conflicting labels for the same text, all copies dropped: refund_request (line 45) vs invoice_request (line 46)',
      '1 duplicate example(s) kept once',
    ]);
  });

  it('rejects invalid options naming the field', () => {
    expect(() => createNgramClassifier({ epochs: 0 })).toThrow(/epochs/);
    expect(() => createNgramClassifier({ hashBits: 40 })).toThrow(/hashBits/);
    expect(() => createNgramClassifier({ featureDropout: 1 })).toThrow(/featureDropout/);
    expect(() => createNgramClassifier({ featureDropout: -0.1 })).toThrow(/featureDropout/);
  });
});
