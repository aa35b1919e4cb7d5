import { describe, expect, it } from 'vitest';
import { BUILTIN_TAXONOMY, ModelFormatError, type ClassifierOutput } from '@lianxing/core';
import { loadBuiltinNgramClassifier } from '../src/builtin/load-builtin-ngram.js';
import { createKeywordClassifier } from '../src/keyword/create-keyword-classifier.js';
import { createNgramClassifier, loadNgramClassifier } from '../src/ngram/create-ngram-classifier.js';
import { featurize } from '../src/ngram/featurize.js';
import { TEST_EXAMPLES } from '../src/ngram/__fixtures__/ngram-training-examples.js';

const context = { taxonomy: BUILTIN_TAXONOMY };
const intents = (output: ClassifierOutput | Promise<ClassifierOutput>) => (output as ClassifierOutput).predictions.map((prediction) => prediction.intent);

describe('keyword matching', () => {
  it('matches lexicon entries written with an elision', () => {
    const french = createKeywordClassifier({ builtin: false, lexicons: { fr: { product_defect: [["s'allume pas", 3]], spam: [["gagner de l'argent", 3]] } } });
    expect(intents(french.classify({ text: "il ne s'allume pas", language: 'fr' }, context))).toEqual(['product_defect']);
    expect(intents(french.classify({ text: "gagner de l'argent facilement", language: 'fr' }, context))).toEqual(['spam']);
  });

  it('does not count shorter Chinese entries inside a repeated longer one', () => {
    const chinese = createKeywordClassifier({ builtin: false, lexicons: { zh: { refund_status: [['还没收到退款', 3]], delivery_problem: ['还没收到'], refund_request: ['退款'] } } });
    expect(intents(chinese.classify({ text: '还没收到退款，还没收到退款', language: 'zh' }, context))).toEqual(['refund_status']);
  });

  it('flags a typo in any word of a phrase, and prefers an exact occurrence', () => {
    const english = createKeywordClassifier({ builtin: false, lexicons: { en: { order_tracking: ['track order'], refund_request: ['refund'] } } });
    const phrase = (english.classify({ text: 'track ordre', language: 'en' }, context) as ClassifierOutput).predictions[0];
    expect(phrase?.evidence?.[0]?.term).toBe('track order~');
    const both = (english.classify({ text: 'refnd, I mean refund', language: 'en' }, context) as ClassifierOutput).predictions[0];
    expect(both?.evidence?.[0]).toMatchObject({ term: 'refund', start: 14 });
  });

  it('matches mixed-in English exactly, so other languages are not read as English typos', () => {
    const mixed = createKeywordClassifier({ builtin: false, lexicons: { en: { human_agent: [['agent', 2]] }, fr: { refund_request: [['rembours*', 2]] } } });
    expect(intents(mixed.classify({ text: 'je veux mon argent', language: 'fr' }, context))).toEqual([]);
  });
});

describe('n-gram model files', () => {
  it('reject corrupt varints, impossible row lengths, huge row counts, non-finite scales and duplicate classes', async () => {
    const ngram = createNgramClassifier();
    await ngram.train(TEST_EXAMPLES);
    const json = ngram.toJSON();
    const corrupt = [
      { ...json, rowLengths: Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, ...Buffer.from(json.rowLengths, 'base64').subarray(5)]).toString('base64') },
      { ...json, rows: 1e10 },
      { ...json, rowScales: Buffer.from(new Float32Array(json.rows).fill(Number.NaN).buffer).toString('base64') },
      { ...json, classes: [json.classes[0], json.classes[0], json.classes[2]] },
    ];
    for (const model of corrupt) expect(() => loadNgramClassifier(model)).toThrow(ModelFormatError);
  });
});

describe('n-gram training and featurization', () => {
  it('featurizes a very long text with many hash bits without hanging', () => {
    const text = Array.from({ length: 300_000 }, (_, index) => String.fromCharCode(0x4e00 + ((index * 7919) % 20_000))).join('');
    const vector = featurize(text, { hashBits: 24, wordNgrams: [1, 2], latinCharRange: [3, 5], cjkCharRange: [1, 3] });
    expect(vector.indices.length).toBeGreaterThan(1000);
    expect(featurize('where is my order').indices.length).toBe(featurize('where is my order').indices.length);
  });

  it('can be aborted by a timer while training', async () => {
    const many = Array.from({ length: 20_000 }, (_, index) => ({ text: `message number ${index} about ${index % 2 ? 'refund please' : 'where is it'}`, intent: index % 2 ? 'refund_request' : 'order_tracking' }));
    await expect(createNgramClassifier({ epochs: 200 }).train(many, { signal: AbortSignal.timeout(50) })).rejects.toMatchObject({ code: 'aborted' });
  }, 60_000);

  it('numbers progress by the passes that run (no held-out fold: one pass)', async () => {
    const epochs: number[] = [];
    await createNgramClassifier({ epochs: 3, calibrationFraction: 0.1 }).train(TEST_EXAMPLES.slice(0, 6).concat(TEST_EXAMPLES.slice(14, 20)), { onProgress: (progress) => epochs.push(progress.epochs) });
    expect(new Set(epochs)).toEqual(new Set([3]));
  });

  it('keeps Thai words that differ only by a tone mark apart when removing duplicates', async () => {
    const report = await createNgramClassifier({ epochs: 3 }).train([
      { text: 'ไม่', intent: 'a_intent' }, { text: 'ไม้', intent: 'b_intent' }, { text: 'ไม่ได้', intent: 'a_intent' }, { text: 'ไม้ดี', intent: 'b_intent' },
    ]);
    expect(report.examples).toBe(4);
    expect(report.warnings).toEqual([]);
  });
});

describe('the built-in model', () => {
  it('is shared read-only: retraining it is refused', async () => {
    const builtin = loadBuiltinNgramClassifier();
    expect(builtin.capabilities.trainable).toBe(false);
    await expect(builtin.train(TEST_EXAMPLES)).rejects.toThrow(/read-only/);
    expect(loadBuiltinNgramClassifier().intents).toHaveLength(24);
  });
});
