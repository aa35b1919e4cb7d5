import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import {
  ConfigError,
  LianxingError,
  ModelFormatError,
  TrainingDataError,
  type Classifier,
  type ClassifierOutput,
  type ClassifyContext,
  type ClassifyInput,
  type Embedder,
  type Prediction,
  type Taxonomy,
  type TrainingExample,
  type TrainOptions,
  type TrainReport,
} from '@lianxing/core';
import { createCoalescer } from '../batching/create-coalescer.js';
import { cacheKey } from '../remote-text/cache-key.js';
import { prepareRemoteText } from '../remote-text/prepare-remote-text.js';
import { EmbeddingIndex, normalizeInPlace, type EmbeddingIndexJson } from './embedding-index.js';
import { fitCalibration, type Calibration } from './fit-calibration.js';
import { scoreIntents, softmaxSimilarities } from './score-intents.js';

const SCOPE = '[classifiers] [embedding]';

const embedderSchema = z.custom<Embedder>((value) => typeof value === 'object' && value !== null && (value as Partial<Embedder>).specificationVersion === 'v1' && typeof (value as Partial<Embedder>).embed === 'function' && typeof (value as Partial<Embedder>).id === 'string', 'must be an Embedder (specificationVersion v1, id, embed)');
const exampleSchema = z.looseObject({ text: z.string(), intent: z.string() });

const optionsSchema = z.strictObject({
  embedder: embedderSchema,
  examples: z.array(exampleSchema).optional(),
  id: z.string().min(1).optional(),
  method: z.enum(['centroid', 'knn']).optional(),
  k: z.number().int().min(1).max(100).optional(),
  temperature: z.union([z.literal('auto'), z.number().gt(0).max(100)]).optional(),
  minSimilarity: z.union([z.literal('auto'), z.number().min(-1).max(1)]).optional(),
  topK: z.number().int().min(1).max(1000).optional(),
  cacheSize: z.number().int().min(0).max(10_000_000).optional(),
  maskPii: z.boolean().optional(),
  maxInputChars: z.number().int().min(16).max(1_000_000).optional(),
  batchWindowMs: z.number().int().min(0).max(1000).optional(),
  maxBatchSize: z.number().int().min(1).max(4096).optional(),
});

/** Options of {@link createEmbeddingClassifier}. */
export interface EmbeddingClassifierOptions {
  /** What turns texts into vectors: an OpenAI-compatible server, a local transformers.js model, your own. */
  readonly embedder: Embedder;
  /** Labelled examples to start from (5 per intent already work); more can be added with `add`. */
  readonly examples?: readonly TrainingExample[];
  /** @default 'embedding' */
  readonly id?: string;
  /** `knn`: an intent's similarity is the mean of its `k` most similar examples; `centroid`: similarity to the mean of its examples. @default 'knn' */
  readonly method?: 'centroid' | 'knn';
  /** @default 3 */
  readonly k?: number;
  /** Softmax temperature over the intents' similarities, or `auto` (fitted by leave-one-out on the examples). @default 'auto' */
  readonly temperature?: 'auto' | number;
  /** Below this cosine similarity to every example the classifier abstains (`unknown`), or `auto` (the 1st percentile of the examples' own nearest-neighbour similarity). @default 'auto' */
  readonly minSimilarity?: 'auto' | number;
  /** Intents reported per message. @default 5 */
  readonly topK?: number;
  /** Query vectors kept in an LRU cache, keyed by normalized text; 0 disables it. @default 1000 */
  readonly cacheSize?: number;
  /** Mask e-mails, phone and card numbers before embedding (the embedder may be remote). @default true */
  readonly maskPii?: boolean;
  /** Texts are cut to this many characters before embedding. @default 2000 */
  readonly maxInputChars?: number;
  /** Concurrent `classify` calls within this many milliseconds share one `embed` call. @default 2 */
  readonly batchWindowMs?: number;
  /** Most texts per coalesced `embed` call. @default 64 */
  readonly maxBatchSize?: number;
}

/** Options of {@link EmbeddingClassifier.add}. */
export interface AddExamplesOptions {
  readonly signal?: AbortSignal;
}

/** A classifier over labelled examples' embeddings: k-NN or nearest centroid, trainable, serializable. */
export interface EmbeddingClassifier extends Classifier {
  classify(input: ClassifyInput, context: ClassifyContext): Promise<ClassifierOutput>;
  /** Embeds and adds labelled examples (incremental: the index keeps what it had). */
  add(examples: readonly TrainingExample[], options?: AddExamplesOptions): Promise<void>;
  /** Replaces every example with these. */
  train(examples: readonly TrainingExample[], options?: TrainOptions): Promise<TrainReport>;
  classifyBatch(inputs: readonly ClassifyInput[], context: ClassifyContext): Promise<readonly ClassifierOutput[]>;
  /** The index as JSON-safe data (vectors, labels, fitted calibration; never the example texts). */
  toJSON(): EmbeddingIndexJson;
  /** Examples in the index. */
  readonly size: number;
  /** Intents the index knows. */
  readonly intents: readonly string[];
  /** The fitted (or configured) calibration, once there are examples to fit it on. */
  readonly calibration: Calibration | undefined;
  /** Resolves once the examples given at creation are embedded (rejects, and retries on the next call, if that fails). */
  ready(): Promise<void>;
}

type Settings = z.output<typeof optionsSchema>;
const INTENT_ID = /^[a-z][a-z0-9_]*$/;

/**
 * An embedding classifier: labelled examples are embedded once; a message is embedded and compared by cosine
 * similarity with every intent's examples (k-NN: the mean of its k nearest; or its centroid). Similarities
 * become probabilities by a softmax whose temperature is fitted by leave-one-out on the examples, and the
 * classifier abstains (`unknown`) when the message is less similar to every example than the floor. Embed calls
 * are batched (concurrent `classify` calls are coalesced), query vectors are cached (LRU) and PII is masked first.
 * @throws ConfigError when an option is invalid.
 * @example
 * const classifier = createEmbeddingClassifier({
 *   embedder: createOpenAICompatibleEmbedder({ baseURL: 'http://127.0.0.1:11434/v1', model: 'nomic-embed-text' }),
 * });
 * await classifier.add([{ text: 'is this covered by the warranty?', intent: 'warranty_claim' }, ...moreExamples]);
 * const pipeline = createPipeline({ taxonomy, classifiers: [classifier] });
 */
export function createEmbeddingClassifier(options: EmbeddingClassifierOptions): EmbeddingClassifier {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw ConfigError.fromIssues(`${SCOPE} createEmbeddingClassifier options`, parsed.error.issues, parsed.error);
  return build(parsed.data, undefined, options.examples);
}

/** Options of {@link loadEmbeddingClassifier}: the embedder that made the index, and the run-time options. */
export type LoadEmbeddingClassifierOptions = Omit<EmbeddingClassifierOptions, 'examples' | 'method' | 'k'>;

/**
 * Restores a classifier from `toJSON()` output (an object or its JSON text), with the same embedder.
 * @throws ModelFormatError when the data is not a valid index or was made by another embedder.
 * @example
 * const classifier = loadEmbeddingClassifier(readFileSync('index.json', 'utf8'), { embedder });
 */
export function loadEmbeddingClassifier(json: unknown, options: LoadEmbeddingClassifierOptions): EmbeddingClassifier {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json) as unknown;
    } catch (error) {
      throw new ModelFormatError(`${SCOPE} The index is not valid JSON.`, { cause: error });
    }
  }
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw ConfigError.fromIssues(`${SCOPE} loadEmbeddingClassifier options`, parsed.error.issues, parsed.error);
  const { index, header } = EmbeddingIndex.fromJSON(value);
  if (header.embedder !== options.embedder.id) {
    throw new ModelFormatError(`${SCOPE} The index was built with embedder \`${header.embedder}\`, not \`${options.embedder.id}\`: vectors of different models cannot be compared. Rebuild it with \`train\`.`);
  }
  if (options.embedder.dimensions !== undefined && options.embedder.dimensions !== header.dimensions) {
    throw new ModelFormatError(`${SCOPE} The index holds ${header.dimensions}-dimensional vectors; the embedder makes ${options.embedder.dimensions}.`);
  }
  const restored: Calibration | undefined = header.temperature !== null && header.minSimilarity !== null ? { temperature: header.temperature, minSimilarity: header.minSimilarity } : undefined;
  return build({ ...parsed.data, method: header.method, k: header.k }, { index, calibration: restored }, undefined);
}

function build(settings: Settings, restored: { index: EmbeddingIndex; calibration: Calibration | undefined } | undefined, initialExamples: readonly TrainingExample[] | undefined): EmbeddingClassifier {
  const embedder: Embedder = settings.embedder;
  const method = { method: settings.method ?? 'knn', k: settings.k ?? 3 } as const;
  const topK = settings.topK ?? 5;
  const prepare = { maskPii: settings.maskPii ?? true, maxChars: settings.maxInputChars ?? 2000 };
  let index = restored?.index;
  let calibration = restored?.calibration;
  let fittedAt = calibration ? (index?.size ?? 0) : 0;
  let centroids: Float32Array[] | undefined;
  // Read through a function: TypeScript cannot see `add` (awaited) reassigning `index`.
  const currentIndex = (): EmbeddingIndex | undefined => index;
  let sims = new Float32Array(0);
  const cacheSize = settings.cacheSize ?? 1000;
  const cache = cacheSize > 0 ? new LRUCache<string, Float32Array>({ max: cacheSize }) : undefined;
  const allowedByTaxonomy = new WeakMap<Taxonomy, { size: number; allowed: Uint8Array }>();
  // Examples given at creation are embedded on first use (the factory stays synchronous); a failure is thrown to
  // that caller and the next call tries again.
  let initial = initialExamples && initialExamples.length > 0 ? initialExamples : undefined;
  let loading: Promise<void> | undefined;

  const embedUnit = async (texts: readonly string[], signal?: AbortSignal): Promise<Float32Array[]> => {
    const vectors = await embedder.embed(texts, signal ? { signal } : {});
    if (!Array.isArray(vectors) || vectors.length !== texts.length) throw new ModelFormatError(`${SCOPE} Embedder \`${embedder.id}\` returned ${Array.isArray(vectors) ? vectors.length : 'no'} vectors for ${texts.length} texts.`);
    return vectors.map((vector) => {
      const copy = Float32Array.from(vector);
      if (index && copy.length !== index.dimensions) throw new ModelFormatError(`${SCOPE} Embedder \`${embedder.id}\` returned a ${copy.length}-dimensional vector; the index holds ${index.dimensions}.`);
      return normalizeInPlace(copy) ? copy : new Float32Array(copy.length);
    });
  };
  const coalescer = createCoalescer<string, Float32Array>((texts) => embedUnit(texts), { maxBatchSize: settings.maxBatchSize ?? 64, windowMs: settings.batchWindowMs ?? 2 });

  const explicitCalibration = (): Calibration | undefined =>
    typeof settings.temperature === 'number' && typeof settings.minSimilarity === 'number' ? { temperature: settings.temperature, minSimilarity: settings.minSimilarity } : undefined;

  /** Refits when the index grew by a tenth (or its intents changed) since the last fit. */
  function currentCalibration(current: EmbeddingIndex): Calibration {
    const fixed = explicitCalibration();
    if (fixed) return fixed;
    if (!calibration || current.size >= fittedAt * 1.1 + 1) {
      const fitted = fitCalibration(current, method);
      calibration = fitted ?? { temperature: 0.05, minSimilarity: 0 };
      fittedAt = current.size;
    }
    return {
      temperature: typeof settings.temperature === 'number' ? settings.temperature : calibration.temperature,
      minSimilarity: typeof settings.minSimilarity === 'number' ? settings.minSimilarity : calibration.minSimilarity,
    };
  }

  async function add(examples: readonly TrainingExample[], addOptions: AddExamplesOptions = {}): Promise<void> {
    const issues: { line: number; message: string }[] = [];
    const isArray: (value: unknown) => value is readonly unknown[] = Array.isArray;
    if (!isArray(examples)) throw new TrainingDataError(`${SCOPE} add() needs an array of { text, intent } examples.`);
    examples.forEach((example, position) => {
      const checked = exampleSchema.safeParse(example);
      if (!checked.success) issues.push({ line: position + 1, message: 'needs a string `text` and `intent`' });
      else if (!INTENT_ID.test(example.intent) || example.intent === 'unknown') issues.push({ line: position + 1, message: `intent \`${example.intent}\` is not a snake_case id (and \`unknown\` is reserved)` });
      else if (example.text.trim() === '') issues.push({ line: position + 1, message: 'empty text' });
    });
    if (issues.length > 0) throw new TrainingDataError(`${SCOPE} ${issues.length} example(s) cannot be used: ${issues.slice(0, 3).map((issue) => `#${issue.line} ${issue.message}`).join('; ')}.`, issues);
    if (examples.length === 0) return;
    const texts = examples.map((example) => prepareRemoteText(example.text, example.language, prepare));
    const vectors = await embedUnit(texts, addOptions.signal);
    index ??= new EmbeddingIndex(vectors[0]!.length);
    for (const [position, vector] of vectors.entries()) {
      if (vector.length !== index.dimensions) throw new ModelFormatError(`${SCOPE} Embedder \`${embedder.id}\` returned vectors of different lengths (${vector.length} and ${index.dimensions}).`);
      index.add(examples[position]!.intent, vector);
    }
    centroids = undefined;
  }

  function allowedFor(current: EmbeddingIndex, taxonomy: Taxonomy): Uint8Array {
    let entry = allowedByTaxonomy.get(taxonomy);
    if (!entry || entry.size !== current.intents.length) {
      entry = { size: current.intents.length, allowed: Uint8Array.from(current.intents, (intent) => (taxonomy.has(intent) ? 1 : 0)) };
      allowedByTaxonomy.set(taxonomy, entry);
    }
    return entry.allowed;
  }

  function score(vector: Float32Array, context: ClassifyContext): ClassifierOutput {
    const current = index;
    if (!current || current.size === 0) return { predictions: [] };
    if (sims.length < current.size) sims = new Float32Array(Math.max(current.size, sims.length * 2));
    if (method.method === 'centroid') centroids ??= current.centroids();
    const { temperature, minSimilarity } = currentCalibration(current);
    const result = scoreIntents(current, vector, method, { sims, centroids });
    const nearestIntent = current.intents[result.nearestIntent];
    const evidence = nearestIntent === undefined ? [] : [{ term: `nearest:${nearestIntent}`, weight: Math.round(result.nearest * 1e4) / 1e4 }];
    if (result.nearest < minSimilarity) return { predictions: [], evidence };
    const allowed = allowedFor(current, context.taxonomy);
    const probabilities = softmaxSimilarities(result.byIntent, temperature, (label) => allowed[label] === 1);
    const ranked: Prediction[] = [];
    probabilities.forEach((probability, label) => {
      if (probability > 0) ranked.push({ intent: current.intents[label]!, score: probability });
    });
    ranked.sort((a, b) => b.score - a.score);
    return { predictions: ranked.slice(0, topK), evidence };
  }

  const queryText = (input: ClassifyInput): string | undefined => {
    if (typeof input?.text !== 'string') return undefined;
    const text = prepareRemoteText(input.text, input.language, prepare);
    return text.trim() === '' ? undefined : text;
  };

  async function ready(): Promise<void> {
    if (!initial) return;
    const examples = initial;
    loading ??= add(examples).then(() => {
      if (initial === examples) initial = undefined;
    }).finally(() => {
      loading = undefined;
    });
    await loading;
  }

  async function vectorFor(text: string, signal: AbortSignal | undefined): Promise<Float32Array> {
    const key = cacheKey(text);
    const cached = cache?.get(key);
    if (cached) return cached;
    const vector = await coalescer.load(text, signal);
    cache?.set(key, vector);
    return vector;
  }

  const api: EmbeddingClassifier = {
    specificationVersion: 'v1',
    id: settings.id ?? 'embedding',
    capabilities: { trainable: true, serializable: true },
    get size() {
      return index?.size ?? 0;
    },
    get intents() {
      return index?.intents ?? [];
    },
    get calibration() {
      return index && index.size > 0 ? currentCalibration(index) : undefined;
    },
    async classify(input, context) {
      await ready();
      const text = queryText(input);
      if (text === undefined || !index || index.size === 0) return { predictions: [] };
      return score(await vectorFor(text, context.signal), context);
    },
    async classifyBatch(inputs, context) {
      await ready();
      const texts = inputs.map(queryText);
      if (!index || index.size === 0) return texts.map(() => ({ predictions: [] }));
      // Vectors by key: cached ones first (read now, before new entries can evict them), then one embed call.
      const vectors = new Map<string, Float32Array>();
      const missing: string[] = [];
      const missingKeys = new Set<string>();
      for (const text of texts) {
        if (text === undefined) continue;
        const key = cacheKey(text);
        if (vectors.has(key) || missingKeys.has(key)) continue;
        const cached = cache?.get(key);
        if (cached) vectors.set(key, cached);
        else {
          missing.push(text);
          missingKeys.add(key);
        }
      }
      if (missing.length > 0) {
        const embedded = await embedUnit(missing, context.signal);
        missing.forEach((text, position) => {
          const vector = embedded[position];
          if (!vector) return;
          vectors.set(cacheKey(text), vector);
          cache?.set(cacheKey(text), vector);
        });
      }
      return texts.map((text) => {
        const vector = text === undefined ? undefined : vectors.get(cacheKey(text));
        return vector ? score(vector, context) : { predictions: [] };
      });
    },
    async add(examples, addOptions) {
      await ready();
      await add(examples, addOptions);
    },
    async train(examples, trainOptions = {}) {
      initial = undefined; // training replaces everything, the creation examples included
      await loading?.catch(() => undefined);
      const started = performance.now();
      const previous = { index, calibration, fittedAt };
      index = undefined;
      calibration = undefined;
      fittedAt = 0;
      try {
        await add(examples, trainOptions.signal ? { signal: trainOptions.signal } : {});
      } catch (error) {
        ({ index, calibration, fittedAt } = previous);
        throw LianxingError.isInstance(error) ? error : new ModelFormatError(`${SCOPE} Training failed.`, { cause: error });
      }
      const trained = currentIndex();
      const warnings: string[] = [];
      for (const intent of trained?.intents ?? []) {
        const count = trained?.countOf(intent) ?? 0;
        if (count < 2) warnings.push(`intent \`${intent}\` has ${count} example: give at least 2 (5 is better) so it can be calibrated`);
      }
      trainOptions.onProgress?.({ epoch: 1, epochs: 1, loss: 0 });
      return { examples: examples.length, intents: trained?.intents.length ?? 0, durationMs: performance.now() - started, warnings };
    },
    ready,
    toJSON() {
      if (initial) throw new ConfigError(`${SCOPE} toJSON() was called before the examples given at creation were embedded: \`await classifier.ready()\` first.`);
      const current = index ?? new EmbeddingIndex(embedder.dimensions ?? 1);
      const fitted = current.size > 0 ? currentCalibration(current) : undefined;
      return current.toJSON({ embedder: embedder.id, method: method.method, k: method.k, temperature: fitted?.temperature ?? null, minSimilarity: fitted?.minSimilarity ?? null });
    },
  };
  return api;
}
