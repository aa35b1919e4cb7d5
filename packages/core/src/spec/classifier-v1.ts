import type { LanguageCode } from '../languages.js';
import type { Evidence, Prediction } from '../schemas/prediction.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';

/** What a classifier is given: the normalized, PII-masked text and what the pipeline knows of it. */
export interface ClassifyInput {
  readonly text: string;
  readonly language: LanguageCode;
  readonly marketplace?: string;
}

/** Per-call context shared by every classifier of a pipeline. */
export interface ClassifyContext {
  /** The taxonomy the pipeline classifies into: return only its ids. */
  readonly taxonomy: Taxonomy;
  readonly signal?: AbortSignal;
}

/** A classifier's answer for one message. */
export interface ClassifierOutput {
  /**
   * Scored intents, best first. Scores are probabilities over the taxonomy's intents (summing to at most 1;
   * intents left out share what remains). An empty list means the classifier abstains: it saw nothing it knows.
   */
  readonly predictions: readonly Prediction[];
  /** Terms or features that drove the answer, for explanations. */
  readonly evidence?: readonly Evidence[];
  /**
   * For composite classifiers (such as the cascade of `@lianxing/classifiers/cascade`): the id of the backend whose
   * answer this is, e.g. `builtin-ngram+keyword` when the local model was sure enough, or `remote-llm` when the
   * message was escalated. The pipeline copies it into the result's `explanation.contributions[].decidedBy`.
   * Plain classifiers leave it out.
   */
  readonly decidedBy?: string | undefined;
  /**
   * The highest confidence this answer may lead to on its own. Backends whose scores are not evidence enough to
   * act on (a remote LLM's label) set it below the decision policy's auto-reply threshold: when every classifier
   * that spoke for a message set a cap (and no rule matched), the fused confidence is held at the largest cap,
   * whatever the fusion's weights and temperature. A local classifier that speaks too lifts it. Absent means no cap.
   */
  readonly confidenceCap?: number | undefined;
}

/** A labelled example for training. */
export interface TrainingExample {
  readonly text: string;
  readonly intent: string;
  readonly language?: LanguageCode;
}

/** Progress of a training run. */
export interface TrainProgress {
  readonly epoch: number;
  readonly epochs: number;
  readonly loss: number;
}

/** Options of {@link ClassifierV1.train}. */
export interface TrainOptions {
  readonly onProgress?: (progress: TrainProgress) => void;
  readonly signal?: AbortSignal;
}

/** What training reports. */
export interface TrainReport {
  readonly examples: number;
  readonly intents: number;
  readonly durationMs: number;
  readonly warnings: readonly string[];
}

/** What a classifier can do beyond `classify`. */
export interface ClassifierCapabilities {
  readonly trainable: boolean;
  readonly serializable: boolean;
  /** Languages it was built for; absent means any. */
  readonly languages?: readonly LanguageCode[];
}

/**
 * The classifier extension point, version 1. Keyword, n-gram, embedding and remote-LLM backends implement it,
 * and so can yours; run `@lianxing/testkit`'s `runClassifierContract` against it.
 *
 * `classify` may return a plain value (local backends) or a promise (remote ones). It must not throw on ordinary
 * text of any language; an empty prediction list is the way to say "no idea".
 */
export interface ClassifierV1 {
  readonly specificationVersion: 'v1';
  /** A stable id, shown in explanations, e.g. `keyword` or `ngram`. */
  readonly id: string;
  readonly capabilities: ClassifierCapabilities;
  classify(input: ClassifyInput, context: ClassifyContext): ClassifierOutput | Promise<ClassifierOutput>;
  /** Classifies several inputs at once (one request for remote backends). Same order as `inputs`. */
  classifyBatch?(inputs: readonly ClassifyInput[], context: ClassifyContext): Promise<readonly ClassifierOutput[]>;
  /** Trains (or retrains) on labelled examples. Present when `capabilities.trainable`. */
  train?(examples: readonly TrainingExample[], options?: TrainOptions): Promise<TrainReport>;
  /** A JSON-safe snapshot that the backend's `fromJSON` restores. Present when `capabilities.serializable`. */
  toJSON?(): unknown;
}

/** The current classifier interface. */
export type Classifier = ClassifierV1;
