import type { LanguageCode } from '../languages.js';
import { mapOrdered } from '../pipeline/map-ordered.js';
import type { Pipeline } from '../pipeline/create-pipeline.js';
import { UNKNOWN_INTENT } from '../schemas/taxonomy.js';
import type { Classifier, ClassifierOutput } from '../spec/classifier-v1.js';
import { detectLanguage } from '../stages/detect-language.js';
import { normalizeText } from '../stages/normalize.js';
import { BUILTIN_TAXONOMY, type Taxonomy } from '../taxonomy/taxonomy.js';

/** A labelled message to evaluate on. */
export interface LabelledExample {
  readonly text: string;
  readonly intent: string;
  readonly language?: string;
}

/** Precision, recall and F1 of one intent. */
export interface IntentScores {
  readonly intent: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Gold examples of the intent. */
  readonly support: number;
}

/** One point of the risk–coverage curve: answering only at confidence ≥ threshold. */
export interface CoveragePoint {
  readonly threshold: number;
  /** Share of messages answered (the automation rate). */
  readonly coverage: number;
  /** Accuracy among the answered ones (1 when none are). */
  readonly accuracy: number;
}

/** What {@link evaluate} reports. */
export interface EvaluationReport {
  readonly count: number;
  readonly accuracy: number;
  /** Mean F1 over the intents present in the gold labels. */
  readonly macroF1: number;
  readonly perIntent: readonly IntentScores[];
  /** Rows: gold intent; columns: predicted intent (`unknown` included). */
  readonly confusion: { readonly labels: readonly string[]; readonly matrix: readonly (readonly number[])[] };
  /** Expected calibration error over 10 equal-width confidence bins. */
  readonly expectedCalibrationError: number;
  readonly riskCoverage: readonly CoveragePoint[];
  readonly perLanguage: Readonly<Record<string, { readonly count: number; readonly accuracy: number; readonly macroF1: number }>>;
  /** Each example's prediction, in input order. */
  readonly predictions: readonly { readonly intent: string; readonly confidence: number; readonly language: string }[];
}

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** For a bare classifier: the taxonomy it answers in. @default BUILTIN_TAXONOMY (a pipeline brings its own) */
  readonly taxonomy?: Taxonomy;
  /** Messages in flight (pipelines and remote classifiers). @default 8 */
  readonly concurrency?: number;
  /** Thresholds of the risk–coverage curve. @default 0, 0.1 … 0.9, 0.95, 0.99 */
  readonly thresholds?: readonly number[];
}

const DEFAULT_THRESHOLDS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99];

function isClassifier(target: Classifier | Pipeline): target is Classifier {
  return 'specificationVersion' in target;
}

/**
 * Evaluates a classifier or a whole pipeline on labelled examples: accuracy, macro-F1, per-intent precision/recall/F1,
 * the confusion matrix, expected calibration error, the risk–coverage curve and a per-language breakdown.
 * A bare classifier sees the text normalized, with the example's language or the detected one; no answer counts as
 * `unknown` (wrong).
 * @example
 * const report = await evaluate(createPipeline(), devSet);
 * console.log(report.accuracy, report.macroF1, report.riskCoverage.find((p) => p.threshold === 0.9));
 */
export async function evaluate(target: Classifier | Pipeline, examples: readonly LabelledExample[], options: EvaluateOptions = {}): Promise<EvaluationReport> {
  const taxonomy = isClassifier(target) ? (options.taxonomy ?? BUILTIN_TAXONOMY) : target.taxonomy;
  const predict = async (example: LabelledExample): Promise<{ intent: string; confidence: number; language: string }> => {
    if (!isClassifier(target)) {
      const result = await target.classify(example.language === undefined ? { text: example.text } : { text: example.text, language: example.language });
      return { intent: result.intent, confidence: result.confidence, language: example.language ?? result.language.code };
    }
    const text = normalizeText(example.text).text;
    const language: LanguageCode = detectLanguage(text, { hint: example.language }).code;
    const output: ClassifierOutput = await target.classify({ text, language }, { taxonomy });
    const best = output.predictions[0];
    return { intent: best?.intent ?? UNKNOWN_INTENT, confidence: best?.score ?? 0, language: example.language ?? language };
  };
  const predictions: { intent: string; confidence: number; language: string }[] = [];
  for await (const prediction of mapOrdered(examples, predict, options.concurrency ?? 8)) predictions.push(prediction);
  return scorePredictions(examples, predictions, options.thresholds);
}

function f1Scores(gold: readonly string[], predicted: readonly string[]): { perIntent: IntentScores[]; macroF1: number } {
  const intents = [...new Set(gold)].sort();
  const perIntent = intents.map((intent) => {
    let truePositive = 0;
    let predictedCount = 0;
    let support = 0;
    gold.forEach((label, index) => {
      const hit = predicted[index] === intent;
      if (hit) predictedCount++;
      if (label === intent) {
        support++;
        if (hit) truePositive++;
      }
    });
    const precision = predictedCount === 0 ? 0 : truePositive / predictedCount;
    const recall = support === 0 ? 0 : truePositive / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { intent, precision, recall, f1, support };
  });
  const macroF1 = perIntent.length === 0 ? 0 : perIntent.reduce((sum, scores) => sum + scores.f1, 0) / perIntent.length;
  return { perIntent, macroF1 };
}

/**
 * Scores predictions made elsewhere (another process, a stored run) against their gold labels, with the same
 * metrics as {@link evaluate}. `predictions[i]` answers `examples[i]`; `language` groups the per-language scores.
 */
export function scorePredictions(
  examples: readonly Pick<LabelledExample, 'intent'>[],
  predictions: readonly { readonly intent: string; readonly confidence: number; readonly language: string }[],
  thresholds: readonly number[] = DEFAULT_THRESHOLDS,
): EvaluationReport {
  const gold = examples.map((example) => example.intent);
  const predicted = predictions.map((prediction) => prediction.intent);
  const correct = predicted.map((intent, index) => intent === gold[index]);
  const count = examples.length;
  const accuracy = count === 0 ? 0 : correct.filter(Boolean).length / count;
  const { perIntent, macroF1 } = f1Scores(gold, predicted);

  const labels = [...new Set([...gold, ...predicted])].sort((a, b) => (a === UNKNOWN_INTENT ? 1 : b === UNKNOWN_INTENT ? -1 : a.localeCompare(b)));
  const position = new Map(labels.map((label, index) => [label, index]));
  const matrix = labels.map(() => labels.map(() => 0));
  gold.forEach((label, index) => {
    matrix[position.get(label)!]![position.get(predicted[index]!)!]!++;
  });

  const bins = Array.from({ length: 10 }, () => ({ count: 0, confidence: 0, correct: 0 }));
  predictions.forEach((prediction, index) => {
    const bin = bins[Math.min(9, Math.floor(prediction.confidence * 10))]!;
    bin.count++;
    bin.confidence += prediction.confidence;
    if (correct[index]) bin.correct++;
  });
  const expectedCalibrationError = count === 0 ? 0 : bins.reduce((sum, bin) => (bin.count === 0 ? sum : sum + (bin.count / count) * Math.abs(bin.correct / bin.count - bin.confidence / bin.count)), 0);

  const riskCoverage = thresholds.map((threshold) => {
    let answered = 0;
    let right = 0;
    predictions.forEach((prediction, index) => {
      if (prediction.intent !== UNKNOWN_INTENT && prediction.confidence >= threshold) {
        answered++;
        if (correct[index]) right++;
      }
    });
    return { threshold, coverage: count === 0 ? 0 : answered / count, accuracy: answered === 0 ? 1 : right / answered };
  });

  const perLanguage: Record<string, { count: number; accuracy: number; macroF1: number }> = {};
  for (const language of [...new Set(predictions.map((prediction) => prediction.language))].sort()) {
    const indices = predictions.map((prediction, index) => (prediction.language === language ? index : -1)).filter((index) => index !== -1);
    const languageGold = indices.map((index) => gold[index]!);
    const languagePredicted = indices.map((index) => predicted[index]!);
    perLanguage[language] = {
      count: indices.length,
      accuracy: indices.filter((index) => correct[index]).length / indices.length,
      macroF1: f1Scores(languageGold, languagePredicted).macroF1,
    };
  }
  return { count, accuracy, macroF1, perIntent, confusion: { labels, matrix }, expectedCalibrationError, riskCoverage, perLanguage, predictions };
}

/** Options of {@link crossValidate}. */
export interface CrossValidateOptions extends EvaluateOptions {
  /** @default 5 */
  readonly folds?: number;
  /** Seed of the fold assignment. @default 1 */
  readonly seed?: number;
}

/** What {@link crossValidate} reports: each fold's report and their means. */
export interface CrossValidationReport {
  readonly folds: readonly EvaluationReport[];
  readonly accuracy: number;
  readonly macroF1: number;
  readonly expectedCalibrationError: number;
}

/**
 * k-fold cross-validation of a trainable classifier: `create` builds a fresh, untrained classifier for each fold.
 * Folds are assigned by a seeded shuffle.
 */
export async function crossValidate(create: () => Classifier, examples: readonly LabelledExample[], options: CrossValidateOptions = {}): Promise<CrossValidationReport> {
  const folds = Math.max(2, Math.floor(options.folds ?? 5));
  let state = (options.seed ?? 1) >>> 0;
  const random = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const order = examples.map((_, index) => index);
  for (let index = order.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  const reports: EvaluationReport[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const test = order.filter((_, position) => position % folds === fold).map((index) => examples[index]!);
    const train = order.filter((_, position) => position % folds !== fold).map((index) => examples[index]!);
    const classifier = create();
    if (!classifier.train) throw new TypeError(`[core] crossValidate needs a trainable classifier; \`${classifier.id}\` has no train().`);
    await classifier.train(train.map((example) => ({ text: example.text, intent: example.intent })));
    reports.push(await evaluate(classifier, test, options));
  }
  const mean = (pick: (report: EvaluationReport) => number): number => reports.reduce((sum, report) => sum + pick(report), 0) / reports.length;
  return { folds: reports, accuracy: mean((report) => report.accuracy), macroF1: mean((report) => report.macroF1), expectedCalibrationError: mean((report) => report.expectedCalibrationError) };
}
