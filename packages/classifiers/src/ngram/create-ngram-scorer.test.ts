import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/corpus.js';
import { BUILTIN_MODEL_PATH } from '../../scripts/train-builtin.js';
import { compileKernel } from '../../scripts/build-kernel.js';
import { createNgramClassifier } from './create-ngram-classifier.js';
import { createNgramScorer } from './create-ngram-scorer.js';
import { featurize } from './featurize.js';
import { deserializeModel } from './model-format.js';
import { SCORING_KERNEL_WASM } from './scoring-kernel-wasm.js';
import { createRandom } from './seeded-random.js';
import { computeLogits } from './softmax-regression.js';

/** Checks both backends against the reference (featurize + computeLogits) on every text. */
function expectAgreement(json: unknown, texts: readonly string[]): void {
  const { model, features } = deserializeModel(json);
  const classes = model.classes.length;
  const wasm = createNgramScorer(model, features, { backend: 'wasm-simd' });
  const js = createNgramScorer(model, features, { backend: 'js' });
  expect(wasm.backend).toBe('wasm-simd');
  expect(js.backend).toBe('js');
  const reference = new Float64Array(classes);
  const fromWasm = new Float64Array(classes);
  const fromJs = new Float64Array(classes);
  let worst = 0;
  for (const text of texts) {
    const known = computeLogits(model, featurize(text, features), reference);
    expect(wasm.score(text, fromWasm), text.slice(0, 40)).toBe(known);
    expect(js.score(text, fromJs), text.slice(0, 40)).toBe(known);
    for (let k = 0; k < classes; k++) worst = Math.max(worst, Math.abs(fromWasm[k]! - reference[k]!), Math.abs(fromJs[k]! - reference[k]!));
  }
  // Float32 sums against the reference's float64 ones: far below what could change a ranking that matters.
  expect(worst).toBeLessThan(1e-4);
}

const EDGE_TEXTS = [
  '', '   ', '😡😡😡', '\u0000\u0001\uFFFD', 'a',
  // Long texts: more features than the kernel's work list holds, scored in several calls.
  'where is my order '.repeat(4000), 'dónde está mi pedido reembolso factura '.repeat(2500), '荷物が届きません返品したい'.repeat(3000),
  'สินค้าเสียหายครับ'.repeat(2000), Array.from({ length: 20_000 }, (_, index) => `w${index}x`).join(' '),
];

describe('the n-gram scorer', () => {
  it('ships the kernel compiled from scoring-kernel.wat (run `npm run build:kernel -w @lianxing/classifiers`)', async () => {
    expect(Buffer.from(await compileKernel()).toString('base64')).toBe(SCORING_KERNEL_WASM);
  });

  it('uses WebAssembly SIMD on Node and falls back to JavaScript on request', () => {
    const { model, features } = deserializeModel(JSON.parse(readFileSync(BUILTIN_MODEL_PATH, 'utf8')));
    expect(createNgramScorer(model, features).backend).toBe('wasm-simd');
    expect(createNgramScorer(model, features, { backend: 'js' }).backend).toBe('js');
  });

  it('agrees with the reference on the built-in model, over the corpus in 9 languages and edge cases', () => {
    const rows = loadCorpus();
    const texts = rows.filter((_, index) => index % 20 === 0).map((row) => row.text);
    expectAgreement(JSON.parse(readFileSync(BUILTIN_MODEL_PATH, 'utf8')), [...texts, ...EDGE_TEXTS]);
  }, 60_000);

  it('agrees on a model whose class count is not a multiple of four (padded lanes), dense and sparse rows alike', async () => {
    const random = createRandom(11);
    const vocabulary = Array.from({ length: 300 }, (_, index) => `tok${index.toString(36)}`);
    const common = ['please', 'order', 'my', 'the', 'hello'];
    const intents = Array.from({ length: 13 }, (_, index) => `intent_${String.fromCharCode(97 + index)}`);
    const examples = Array.from({ length: 650 }, (_, index) => {
      const intent = intents[index % intents.length]!;
      const own = vocabulary.slice((index % intents.length) * 20, (index % intents.length) * 20 + 20);
      const words = Array.from({ length: 6 }, () => (random() < 0.5 ? common : own)[Math.floor(random() * 5)]!);
      return { text: words.join(' '), intent };
    });
    const ngram = createNgramClassifier({ epochs: 5, calibrationFraction: 0 });
    await ngram.train(examples);
    expectAgreement(ngram.toJSON(), [...examples.slice(0, 200).map((example) => example.text), ...EDGE_TEXTS]);
  }, 60_000);
});
