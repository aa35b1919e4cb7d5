import { z } from 'zod';
import {
  ConfigError,
  ModelFormatError,
  type Classifier,
  type ClassifierOutput,
  type ClassifyContext,
  type ClassifyInput,
  type Prediction,
  type TrainingExample,
  type TrainOptions,
  type TrainReport,
} from '@lianxing/core';
import { createNgramScorer, type NgramScorer } from './create-ngram-scorer.js';
import { DEFAULT_FEATURE_OPTIONS, featurize, type FeatureOptions } from './featurize.js';
import { deserializeModel, serializeModel, type NgramModelJson } from './model-format.js';
import { prepareTrainingData } from './prepare-training-data.js';
import { createRandom, shuffle } from './seeded-random.js';
import { computeLogits, fitTemperature, softmaxInPlace, trainSoftmax, type SoftmaxModel } from './softmax-regression.js';

const optionsSchema = z.strictObject({
  /** @default 'ngram' */
  id: z.string().min(1).optional(),
  /** @default 20 (about a million hash buckets) */
  hashBits: z.number().int().min(12).max(24).optional(),
  /** @default [1, 2] */
  wordNgrams: z.array(z.number().int().min(1).max(2)).optional(),
  /** @default [3, 5] */
  latinCharRange: z.tuple([z.number().int().min(1).max(8), z.number().int().min(1).max(8)]).optional(),
  /** @default [1, 3] */
  cjkCharRange: z.tuple([z.number().int().min(1).max(8), z.number().int().min(1).max(8)]).optional(),
  /**
   * Weights smaller than this fraction of the largest are pruned after training. On CLINC150, 0.03 keeps
   * accuracy (0.910 against 0.9105 at 0.01) at 40% of the size, and scoring touches fewer weights. @default 0.03
   */
  pruneFraction: z.number().min(0).max(0.5).optional(),
  /**
   * Passes over the data, or `'auto'`: enough AdaGrad steps to converge (about 45,000) within a compute budget
   * of examples × epochs × intents ≤ 12M, between 3 and 30 passes. CLINC150 (15k examples, 151 intents) gets 3;
   * a few hundred examples get 30. @default 'auto'
   */
  epochs: z.union([z.number().int().min(1).max(200), z.literal('auto')]).optional(),
  /**
   * Independent training runs (different shuffles) whose weights are averaged into one model: a seed ensemble
   * that costs nothing when scoring, and `runs` times the training time. @default 1
   */
  runs: z.number().int().min(1).max(16).optional(),
  /**
   * In training, each feature of an example is left out of a pass with this probability (the others count
   * 1 / (1 − p) more): a regularizer that makes the model spread its weight over more of a message's cues instead
   * of the few that fit the training lines (dropout on the inputs). Needs more passes to converge. The built-in model
   * uses 0.4 with 8 passes (see `scripts/builtin-training.ts` for what it measured). @default 0
   */
  featureDropout: z.number().min(0).max(0.9).optional(),
  /** AdaGrad's base learning rate. @default 0.5 */
  learningRate: z.number().gt(0).max(10).optional(),
  /** L2 penalty on the weights each step updates. @default 1e-6 */
  l2: z.number().min(0).max(1).optional(),
  /** Seed of the shuffles: the same data and seed give the same model. @default 42 */
  seed: z.number().int().optional(),
  /** Share of the data held out to fit the temperature; 0 skips calibration. @default 0.1 */
  calibrationFraction: z.number().min(0).max(0.5).optional(),
  /** Intents reported per message. @default 5 */
  topK: z.number().int().min(1).max(1000).optional(),
  /** Allowed intent ids for training, e.g. the taxonomy's; absent means any snake_case id. */
  intents: z.array(z.string()).optional(),
});

/** Options of {@link createNgramClassifier}. */
export type NgramClassifierOptions = z.input<typeof optionsSchema>;

/** An n-gram classifier: a Classifier that can be trained and serialized. */
export interface NgramClassifier extends Classifier {
  train(examples: readonly TrainingExample[], options?: TrainOptions): Promise<TrainReport>;
  toJSON(): NgramModelJson;
  /** The intents the current model knows (empty before training). */
  readonly intents: readonly string[];
  readonly trained: boolean;
}

/**
 * A trainable linear classifier: hashed word 1–2-grams and character n-grams (3–5 inside Latin-script words, 1–3
 * over Chinese, Japanese and Thai), TF-IDF weighted; multinomial logistic regression trained by AdaGrad with L2, probabilities
 * calibrated by temperature scaling on a held-out fold. Deterministic for a seed. Serializes to compact JSON
 * (sparse rows, int8 weights); restore with {@link loadNgramClassifier}.
 * @example
 * const ngram = createNgramClassifier();
 * await ngram.train(history, { onProgress: ({ epoch, epochs }) => console.log(`${epoch}/${epochs}`) });
 * writeFileSync('model.json', JSON.stringify(ngram.toJSON()));
 */
export function createNgramClassifier(options: NgramClassifierOptions = {}): NgramClassifier {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw ConfigError.fromIssues('[classifiers] [ngram] Options', parsed.error.issues, parsed.error);
  const settings = parsed.data;
  const features: FeatureOptions = {
    hashBits: settings.hashBits ?? DEFAULT_FEATURE_OPTIONS.hashBits,
    wordNgrams: settings.wordNgrams ?? DEFAULT_FEATURE_OPTIONS.wordNgrams,
    latinCharRange: settings.latinCharRange ?? DEFAULT_FEATURE_OPTIONS.latinCharRange,
    cjkCharRange: settings.cjkCharRange ?? DEFAULT_FEATURE_OPTIONS.cjkCharRange,
  };
  return buildClassifier(settings.id ?? 'ngram', features, settings, undefined, 0, false);
}

/**
 * Restores a classifier from `toJSON()` output (a parsed object or the JSON text).
 * @throws ModelFormatError when the data is not a valid model.
 */
export function loadNgramClassifier(json: unknown, options: Pick<NgramClassifierOptions, 'topK'> & { readonly readOnly?: boolean } = {}): NgramClassifier {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json) as unknown;
    } catch (error) {
      throw new ModelFormatError('[classifiers] [ngram] The model is not valid JSON.', { cause: error });
    }
  }
  const { model, id, features, examples } = deserializeModel(value);
  return buildClassifier(id, features, options, model, examples, options.readOnly ?? false);
}

type Settings = z.output<typeof optionsSchema>;

/** The number of passes for `epochs: 'auto'` (see the option's documentation). */
export function resolveEpochs(epochs: number | 'auto', examples: number, intents: number): number {
  if (epochs !== 'auto') return epochs;
  const forConvergence = 45_000 / Math.max(1, examples);
  const forBudget = 12_000_000 / Math.max(1, examples * intents);
  return Math.max(3, Math.min(30, Math.round(Math.min(forConvergence, forBudget))));
}

function buildClassifier(id: string, features: FeatureOptions, settings: Pick<Settings, 'topK'> & Partial<Settings>, initial: SoftmaxModel | undefined, initialExamples: number, readOnly: boolean): NgramClassifier {
  let model = initial;
  // Built on first use (it lays the weights out for scoring), so loading a model stays fast.
  let scorer: NgramScorer | undefined;
  let exampleCount = initialExamples;
  let logits = new Float64Array(model?.classes.length ?? 0);
  const topK = settings.topK ?? 5;
  const top = new Int32Array(topK);

  // Which of the model's classes each taxonomy allows, computed once per taxonomy (and per trained model).
  let allowedByTaxonomy = new WeakMap<ClassifyContext['taxonomy'], Uint8Array>();
  const allowedFor = (current: SoftmaxModel, taxonomy: ClassifyContext['taxonomy']): Uint8Array => {
    let allowed = allowedByTaxonomy.get(taxonomy);
    if (!allowed) {
      allowed = Uint8Array.from(current.classes, (intent) => (taxonomy.has(intent) ? 1 : 0));
      allowedByTaxonomy.set(taxonomy, allowed);
    }
    return allowed;
  };

  function predict(text: string, context: ClassifyContext): ClassifierOutput {
    if (!model || text.length === 0) return { predictions: [] };
    scorer ??= createNgramScorer(model, features);
    if (scorer.score(text, logits) === 0) return { predictions: [] }; // nothing the model has seen
    softmaxInPlace(logits, model.temperature);
    const allowed = allowedFor(model, context.taxonomy);
    // Keep the top K by insertion into a short sorted list (scratch, reused: nothing is allocated but the answer).
    let kept = 0;
    for (let k = 0; k < logits.length; k++) {
      if (allowed[k] === 0) continue;
      const probability = logits[k]!;
      let position = kept;
      while (position > 0 && logits[top[position - 1]!]! < probability) position--;
      if (position >= topK) continue;
      for (let shift = Math.min(kept, topK - 1); shift > position; shift--) top[shift] = top[shift - 1]!;
      top[position] = k;
      if (kept < topK) kept++;
    }
    const predictions: Prediction[] = new Array<Prediction>(kept);
    for (let index = 0; index < kept; index++) predictions[index] = { intent: model.classes[top[index]!]!, score: logits[top[index]!]! };
    return { predictions };
  }

  const classifier: NgramClassifier = {
    specificationVersion: 'v1',
    id,
    capabilities: { trainable: !readOnly, serializable: true },
    get intents() {
      return model ? [...model.classes] : [];
    },
    get trained() {
      return model !== undefined;
    },
    classify(input: ClassifyInput, context: ClassifyContext): ClassifierOutput {
      return predict(input.text, context);
    },
    async classifyBatch(inputs: readonly ClassifyInput[], context: ClassifyContext): Promise<readonly ClassifierOutput[]> {
      return inputs.map((input) => predict(input.text, context));
    },
    async train(examples: readonly TrainingExample[], trainOptions: TrainOptions = {}): Promise<TrainReport> {
      if (readOnly) throw new ModelFormatError(`[classifiers] [ngram] \`${id}\` is read-only (it is shared): train your own with createNgramClassifier().`);
      const started = performance.now();
      const data = prepareTrainingData(examples, settings.intents ? new Set(settings.intents) : undefined);
      const classes = [...new Set(data.intents)].sort();
      const classIndex = new Map(classes.map((intent, index) => [intent, index]));
      const vectors = data.texts.map((text) => featurize(text, features));
      const labels = Int32Array.from(data.intents, (intent) => classIndex.get(intent)!);
      const epochs = resolveEpochs(settings.epochs ?? 'auto', data.texts.length, classes.length);
      const hyper = { epochs, learningRate: settings.learningRate ?? 0.5, l2: settings.l2 ?? 1e-6, seed: settings.seed ?? 42, hashBits: features.hashBits, pruneFraction: settings.pruneFraction ?? 0.03, runs: settings.runs ?? 1, featureDropout: settings.featureDropout ?? 0, ...(trainOptions.signal ? { signal: trainOptions.signal } : {}) };
      const fraction = settings.calibrationFraction ?? 0.1;
      // The held-out fold for the temperature (stratified: a share of each intent), chosen before training so
      // progress counts the passes that really run.
      const heldOut = new Set<number>();
      if (fraction > 0) {
        const random = createRandom(hyper.seed ^ 0x5bd1e995);
        const byClass = new Map<number, number[]>();
        labels.forEach((label, index) => {
          const list = byClass.get(label);
          if (list) list.push(index);
          else byClass.set(label, [index]);
        });
        for (const indices of byClass.values()) {
          shuffle(indices, random);
          for (const index of indices.slice(0, Math.floor(indices.length * fraction))) heldOut.add(index);
        }
      }
      const passes = heldOut.size > 0 ? 2 : 1;
      let pass = 0;
      const perPass = epochs * hyper.runs;
      const onEpoch = (epoch: number, loss: number): void => trainOptions.onProgress?.({ epoch: pass * perPass + epoch, epochs: passes * perPass, loss });

      let temperature = 1;
      if (heldOut.size > 0) {
        // Fit the temperature on the held-out fold with a model trained on the rest, then train on everything.
        const trainIndices = Array.from(labels.keys()).filter((index) => !heldOut.has(index));
        const partial = await trainSoftmax(trainIndices.map((index) => vectors[index]!), Int32Array.from(trainIndices, (index) => labels[index]!), classes, { ...hyper, onEpoch });
        const heldOutLogits: Float64Array[] = [];
        const heldOutLabels: number[] = [];
        for (const index of heldOut) {
          const out = new Float64Array(classes.length);
          computeLogits(partial, vectors[index]!, out);
          heldOutLogits.push(out);
          heldOutLabels.push(labels[index]!);
        }
        temperature = fitTemperature(heldOutLogits, heldOutLabels);
        pass = 1;
      }
      const trainedModel = await trainSoftmax(vectors, labels, classes, { ...hyper, onEpoch });
      trainedModel.temperature = temperature;
      model = trainedModel;
      scorer = undefined;
      logits = new Float64Array(classes.length);
      allowedByTaxonomy = new WeakMap();
      exampleCount = data.texts.length;
      return { examples: data.texts.length, intents: classes.length, durationMs: performance.now() - started, warnings: data.warnings };
    },
    toJSON(): NgramModelJson {
      if (!model) throw new ModelFormatError(`[classifiers] [ngram] Classifier \`${id}\` has no model yet: call train() first.`);
      return serializeModel(model, id, features, exampleCount);
    },
  };
  return classifier;
}
