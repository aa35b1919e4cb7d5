import { describe, expect, it } from 'vitest';
import { BUILTIN_TAXONOMY, createPipeline, normalizeText, type Classifier, type ClassifierOutput, type ClassifyInput, type LanguageCode, type Taxonomy } from '@lianxing/core';

/** Options of {@link runClassifierContract}. */
export interface ClassifierContractOptions {
  /** Shown in the test names. */
  readonly name: string;
  /** Builds a fresh classifier (called once per test). */
  readonly create: () => Classifier | Promise<Classifier>;
  /** The taxonomy the classifier answers in. @default BUILTIN_TAXONOMY */
  readonly taxonomy?: Taxonomy;
  /** Texts the classifier must recognise, with the expected intent: checks that it is not blind. */
  readonly knownAnswers?: readonly { readonly text: string; readonly language: LanguageCode; readonly intent: string }[];
  /** Skip checks the backend cannot meet, with the reason. */
  readonly skip?: { readonly determinism?: string };
}

const HOSTILE_TEXTS: readonly { name: string; text: string; language: LanguageCode }[] = [
  { name: 'empty', text: '', language: 'und' },
  { name: 'whitespace only', text: '   \t  ', language: 'und' },
  { name: 'emoji only', text: '😡😡😡👎', language: 'und' },
  { name: 'punctuation only', text: '???!!!...', language: 'und' },
  { name: 'digits only', text: '112-4839201-5512873', language: 'und' },
  { name: 'Japanese', text: '返品したいのですが、どうすればよいですか。', language: 'ja' },
  { name: 'Chinese', text: '我的快递到哪里了？已经一个星期了', language: 'zh' },
  { name: 'Thai without spaces', text: 'พัสดุยังไม่มาถึงเลยค่ะช่วยเช็คให้หน่อย', language: 'th' },
  { name: 'Korean (unsupported)', text: '배송이 언제 되나요?', language: 'und' },
  { name: 'Arabic (unsupported)', text: 'أين طلبي؟', language: 'und' },
  { name: 'mixed scripts', text: 'order 注文 pedido คำสั่งซื้อ заказ', language: 'und' },
  { name: 'binary-looking', text: normalizeText('\u0000\u0001\u0002PK\u0003\u0004\ufffd\ufffd\u0010 GIF89a \u0007').text, language: 'und' },
  { name: 'very long', text: normalizeText('where is my order '.repeat(60_000)).text, language: 'en' },
  { name: 'placeholders from PII masking', text: 'my email is [EMAIL_1] and phone [PHONE_1]', language: 'en' },
];

function expectWellFormed(output: ClassifierOutput, taxonomy: Taxonomy): void {
  expect(Array.isArray(output.predictions)).toBe(true);
  let sum = 0;
  let previous = Number.POSITIVE_INFINITY;
  for (const prediction of output.predictions) {
    expect(taxonomy.has(prediction.intent), `unknown intent ${prediction.intent}`).toBe(true);
    expect(prediction.score).toBeGreaterThanOrEqual(0);
    expect(prediction.score).toBeLessThanOrEqual(1);
    expect(prediction.score, 'predictions are sorted best first').toBeLessThanOrEqual(previous + 1e-12);
    previous = prediction.score;
    sum += prediction.score;
  }
  expect(sum, 'scores are a (partial) probability distribution').toBeLessThanOrEqual(1 + 1e-6);
  const intents = output.predictions.map((prediction) => prediction.intent);
  expect(new Set(intents).size, 'each intent at most once').toBe(intents.length);
}

/**
 * The contract every classifier backend runs (built-in and third-party): the v1 shape, well-formed scores
 * over the taxonomy's ids, no throw on empty, emoji-only, unsupported-script, binary-looking or very long text,
 * batch parity, determinism, and working inside a pipeline.
 * @example
 * runClassifierContract({ name: 'keyword', create: () => createKeywordClassifier() });
 */
export function runClassifierContract(options: ClassifierContractOptions): void {
  const taxonomy = options.taxonomy ?? BUILTIN_TAXONOMY;
  const context = { taxonomy };

  describe(`classifier contract: ${options.name}`, () => {
    it('implements specification v1 with an id and consistent capabilities', async () => {
      const classifier = await options.create();
      expect(classifier.specificationVersion).toBe('v1');
      expect(typeof classifier.id).toBe('string');
      expect(classifier.id.length).toBeGreaterThan(0);
      expect(typeof classifier.classify).toBe('function');
      if (classifier.capabilities.trainable) expect(typeof classifier.train).toBe('function');
      if (classifier.capabilities.serializable) expect(typeof classifier.toJSON).toBe('function');
    });

    for (const hostile of HOSTILE_TEXTS) {
      it(`answers well-formed, without throwing, on ${hostile.name} text`, async () => {
        const classifier = await options.create();
        const output = await classifier.classify({ text: hostile.text, language: hostile.language }, context);
        expectWellFormed(output, taxonomy);
      });
    }

    it('abstains or answers for empty text, never inventing confidence', async () => {
      const classifier = await options.create();
      const output = await classifier.classify({ text: '', language: 'und' }, context);
      const best = output.predictions[0]?.score ?? 0;
      expect(best).toBeLessThan(0.5);
    });

    if (options.knownAnswers && options.knownAnswers.length > 0) {
      it('recognises the known answers', async () => {
        const classifier = await options.create();
        for (const sample of options.knownAnswers ?? []) {
          const output = await classifier.classify({ text: sample.text, language: sample.language }, context);
          expectWellFormed(output, taxonomy);
          expect(output.predictions[0]?.intent, sample.text).toBe(sample.intent);
        }
      });
    }

    it('gives the same answer in a batch as one by one', async () => {
      const classifier = await options.create();
      if (!classifier.classifyBatch) return;
      const inputs: ClassifyInput[] = HOSTILE_TEXTS.slice(0, 8).map(({ text, language }) => ({ text, language }));
      const batch = await classifier.classifyBatch(inputs, context);
      expect(batch).toHaveLength(inputs.length);
      for (const [index, input] of inputs.entries()) {
        const single = await classifier.classify(input, context);
        expect(batch[index]?.predictions.map((prediction) => prediction.intent)).toEqual(single.predictions.map((prediction) => prediction.intent));
      }
    });

    it.skipIf(options.skip?.determinism !== undefined)('is deterministic for the same input', async () => {
      const classifier = await options.create();
      const input: ClassifyInput = { text: 'I want to return this, it arrived broken', language: 'en' };
      const first = await classifier.classify(input, context);
      const second = await classifier.classify(input, context);
      expect(second.predictions).toEqual(first.predictions);
    });

    it('works inside a pipeline, whose results stay within the taxonomy', async () => {
      const classifier = await options.create();
      const pipeline = createPipeline({ taxonomy, classifiers: [classifier] });
      for (const hostile of HOSTILE_TEXTS.slice(0, 11)) {
        const result = await pipeline.classify(hostile.text);
        expect(result.intent === 'unknown' || taxonomy.has(result.intent)).toBe(true);
        expect(result.confidence).toBeGreaterThanOrEqual(0);
        expect(result.confidence).toBeLessThanOrEqual(1);
      }
    });
  });
}
