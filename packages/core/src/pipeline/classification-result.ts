import type { LanguageDetection } from '../stages/detect-language.js';
import type { Contribution } from '../stages/fuse.js';
import type { TextFlags } from '../stages/normalize.js';
import type { Decision } from '../schemas/decision.js';
import type { Entity } from '../schemas/entity.js';
import type { ScoredIntent } from '../schemas/prediction.js';
import type { Priority, Sentiment, Urgency } from '../schemas/sentiment.js';
import type { RiskLevel } from '../schemas/taxonomy.js';
import type { ReplySuggestion } from '../schemas/template.js';
import type { LianxingError } from '../errors/lianxing-error.js';

/** Milliseconds spent in each stage of one classification. */
export interface StageTimings {
  readonly normalize: number;
  readonly language: number;
  readonly entities: number;
  readonly rules: number;
  readonly classifiers: number;
  readonly fusion: number;
  readonly sentiment: number;
  readonly decision: number;
  readonly suggestions: number;
  readonly total: number;
}

/** Why the pipeline answered as it did. */
export interface Explanation {
  /** What each classifier and rule contributed. */
  readonly contributions: readonly Contribution[];
  /** Classifiers that failed on this message (the others were fused without them). */
  readonly failures: readonly { readonly source: string; readonly code: string; readonly message: string }[];
}

/** Everything the pipeline says about one message. */
export interface ClassificationResult {
  /** The message id, when the input had one. */
  readonly id?: string | undefined;
  /** The primary intent, or `unknown` under the confidence floor. */
  readonly intent: string;
  /** Calibrated confidence of the best intent, in [0, 1] (reported even when the intent is `unknown`). */
  readonly confidence: number;
  readonly risk: RiskLevel | undefined;
  readonly secondary: readonly ScoredIntent[];
  /** The fused distribution's top five. */
  readonly distribution: readonly ScoredIntent[];
  readonly language: LanguageDetection;
  readonly sentiment: Sentiment;
  readonly urgency: Urgency;
  readonly priority: Priority;
  /**
   * What the entity stage found, offsets into the normalized text. Personal data keeps its original `text` and
   * `value` here, with the `placeholder` that stands for it in `maskedText`; event payloads carry the placeholder.
   */
  readonly entities: readonly Entity[];
  /** The normalized text with PII replaced by placeholders: safe to log. */
  readonly maskedText: string;
  readonly decision: Decision;
  readonly suggestions: readonly ReplySuggestion[];
  readonly flags: TextFlags;
  readonly explanation: Explanation;
  readonly timings: StageTimings;
}

/** One outcome of a batch: a result, or the error that message met. Batches never drop a message. */
export type BatchOutcome<TInput = unknown> =
  | { readonly ok: true; readonly index: number; readonly input: TInput; readonly result: ClassificationResult }
  | { readonly ok: false; readonly index: number; readonly input: TInput; readonly error: LianxingError };
