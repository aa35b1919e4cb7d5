import { UNKNOWN_INTENT } from '../schemas/taxonomy.js';
import type { Evidence, Prediction, ScoredIntent } from '../schemas/prediction.js';
import type { ClassifierOutput } from '../spec/classifier-v1.js';
import type { RuleMatch } from './rules.js';

/** Options of {@link fusePredictions}. */
export interface FusionOptions {
  /** Below this confidence the result is `unknown`. @default 0.35 */
  readonly floor?: number;
  /** Temperature applied to the fused distribution (< 1 sharpens, > 1 flattens). @default 1 */
  readonly temperature?: number;
  /**
   * How the classifiers' distributions combine. `linear`: their weighted mean (one confident classifier can carry
   * an intent the others give nothing). `geometric`: their weighted geometric mean, renormalized (a logarithmic
   * opinion pool: an intent wins when every speaking classifier gives it weight, and one classifier's firm "not
   * this" counts). The facade's built-in pipeline pools its n-gram model and keyword classifier this way: on
   * held-out text it beat the best linear mixture in mean per-language macro-F1 (see `bench/crossfit-fusion.ts`).
   * @default 'linear'
   */
  readonly pooling?: 'linear' | 'geometric';
  /**
   * Geometric pooling only: each classifier's distribution is first mixed with the uniform one,
   * `(1 − smoothing) · p + smoothing / intents`, so an intent a classifier gives (almost) nothing is held down, not
   * ruled out. The same at any taxonomy size; a classifier pooled alone keeps its ranking, flattened by this
   * share. @default 0.2
   */
  readonly smoothing?: number;
  /** Other intents at or above this confidence are reported as secondary. @default 0.15 */
  readonly secondaryThreshold?: number;
  /** At most this many secondary intents. @default 3 */
  readonly maxSecondary?: number;
}

/** One classifier's output with its fusion weight. */
export interface WeightedOutput {
  readonly source: string;
  readonly weight: number;
  readonly output: ClassifierOutput;
}

/** What one source contributed, for the result's explanation. */
export interface Contribution {
  /** `classifier:<id>` or `rule:<id>`. */
  readonly source: string;
  readonly weight: number;
  /** The source's best intents, or the rule's intent. */
  readonly top: readonly ScoredIntent[];
  readonly evidence: readonly Evidence[];
  /** The source gave no prediction and took no part. */
  readonly abstained: boolean;
  /** For a composite classifier (a cascade): the backend whose answer this was (its output's `decidedBy`). */
  readonly decidedBy?: string | undefined;
}

/** The fused answer. */
export interface FusedPrediction {
  readonly intent: string;
  readonly confidence: number;
  readonly secondary: readonly ScoredIntent[];
  /** The fused distribution, best first (top 5). */
  readonly distribution: readonly ScoredIntent[];
  readonly contributions: readonly Contribution[];
}

/** Positions of a frozen id list (a taxonomy's), built once per list. */
const positionsOf = new WeakMap<readonly string[], ReadonlyMap<string, number>>();

function indexIntents(intentIds: readonly string[]): ReadonlyMap<string, number> {
  let index = positionsOf.get(intentIds);
  if (index === undefined) {
    index = new Map(intentIds.map((id, position) => [id, position]));
    // A list that may still change is indexed afresh on every call.
    if (Object.isFrozen(intentIds)) positionsOf.set(intentIds, index);
  }
  return index;
}

/** A prediction's position in the taxonomy if fusion takes it into account (a positive, finite score), else -1. */
function positionOf(index: ReadonlyMap<string, number>, prediction: Prediction): number {
  const position = index.get(prediction.intent);
  return position !== undefined && Number.isFinite(prediction.score) && prediction.score > 0 ? position : -1;
}

/** A source's evidence: its output's own list, or its kept predictions' evidence in order. */
function evidenceOf(output: ClassifierOutput, predictions: readonly Prediction[]): readonly Evidence[] {
  if (output.evidence) return output.evidence;
  let evidence: Evidence[] | undefined;
  for (const prediction of predictions) for (const item of prediction.evidence ?? []) (evidence ??= []).push(item);
  return evidence ?? [];
}

// Scratch space reused across calls (fusion is synchronous): one output's distribution and its predictions'
// positions, the fused distribution, the ranking.
let scratch = new Float64Array(32);
let fusedScratch = new Float64Array(32);
let rankScratch = new Int32Array(16);
let positions = new Int32Array(32);

/**
 * Weighted sums of logarithms into their normalized geometric mean: exp(sum / total), scaled to sum to 1. Returns
 * false, leaving a uniform distribution, when every intent was ruled out by some classifier (no smoothing).
 */
function normalizeLogs(values: Float64Array, size: number, totalWeight: number): boolean {
  let max = -Infinity;
  for (let position = 0; position < size; position++) {
    values[position]! /= totalWeight;
    if (values[position]! > max) max = values[position]!;
  }
  // Without smoothing, classifiers that each rule out what the others want leave nothing: no intent is favoured.
  if (max === -Infinity) {
    values.fill(1 / size, 0, size);
    return false;
  }
  let sum = 0;
  for (let position = 0; position < size; position++) {
    values[position] = Math.exp(values[position]! - max);
    sum += values[position]!;
  }
  for (let position = 0; position < size; position++) values[position]! /= sum;
  return true;
}

/**
 * The fusion stage: a weighted linear mixture of the classifiers' distributions, or their weighted geometric mean
 * (see {@link FusionOptions.pooling}; intents a classifier leaves out share its remaining mass evenly; abstaining
 * classifiers take no part), then each rule pulls the
 * distribution towards its intent by its weight, then temperature scaling. `unknown` under the floor.
 * Costs one pass over the taxonomy per speaking classifier; only the best few intents are ranked.
 * @example
 * const fused = fusePredictions(taxonomy.ids, [{ source: 'classifier:keyword', weight: 1, output }], []);
 * fused.intent; // 'refund_request'
 */
export function fusePredictions(intentIds: readonly string[], outputs: readonly WeightedOutput[], rules: readonly RuleMatch[], options: FusionOptions = {}): FusedPrediction {
  const floor = options.floor ?? 0.35;
  const temperature = options.temperature ?? 1;
  const geometric = options.pooling === 'geometric';
  const smoothing = options.smoothing ?? 0.2;
  const keptShare = 1 - smoothing;
  const size = intentIds.length;
  const uniformShare = smoothing / size;
  const index = indexIntents(intentIds);
  if (scratch.length < size) {
    scratch = new Float64Array(size);
    fusedScratch = new Float64Array(size);
  }
  const fused = fusedScratch;
  fused.fill(0, 0, size);
  const distribution = scratch;
  const contributions: Contribution[] = [];
  let totalWeight = 0;
  // The largest confidence cap among the speaking outputs; Infinity as soon as one speaks uncapped.
  let cap = -Infinity;

  for (const { source, weight, output } of outputs) {
    // The predictions that count, without a copy when all of them do (the usual case).
    // Their positions are kept for the mixture below.
    let predictions: readonly Prediction[] = output.predictions;
    if (positions.length < predictions.length) positions = new Int32Array(predictions.length * 2);
    let counted = 0;
    for (let at = 0; at < predictions.length; at++) {
      const position = positionOf(index, predictions[at]!);
      if (position >= 0) positions[counted++] = position;
    }
    if (counted < predictions.length) predictions = predictions.filter((prediction) => positionOf(index, prediction) >= 0);
    const abstained = predictions.length === 0 || weight <= 0;
    const top: ScoredIntent[] = [];
    for (let at = 0; at < predictions.length && at < 3; at++) top.push({ intent: predictions[at]!.intent, confidence: predictions[at]!.score });
    const evidence = evidenceOf(output, predictions);
    contributions.push(output.decidedBy === undefined
      ? { source, weight, abstained, top, evidence }
      : { source, weight, abstained, decidedBy: output.decidedBy, top, evidence });
    if (abstained) continue;
    const outputCap = output.confidenceCap;
    cap = Math.max(cap, typeof outputCap === 'number' && outputCap >= 0 ? outputCap : Infinity);
    // `distribution` is all zeros here: the loop below clears each value as it reads it.
    let mass = 0;
    for (let at = 0; at < predictions.length; at++) {
      const position = positions[at]!;
      const score = Math.min(1, predictions[at]!.score);
      mass += score - distribution[position]!;
      distribution[position] = score;
    }
    if (mass > 1) for (let position = 0; position < size; position++) distribution[position]! /= mass;
    const rest = Math.max(0, 1 - Math.min(1, mass)) / Math.max(1, size - predictions.length);
    if (geometric) {
      // Most intents hold the shared leftover: its logarithm is taken once.
      const restLog = Math.log(keptShare * rest + uniformShare);
      for (let position = 0; position < size; position++) {
        const value = distribution[position]!;
        distribution[position] = 0;
        fused[position]! += weight * (value > 0 ? Math.log(keptShare * value + uniformShare) : restLog);
      }
    } else {
      for (let position = 0; position < size; position++) {
        const value = distribution[position]! > 0 ? distribution[position]! : rest;
        distribution[position] = 0;
        fused[position]! += weight * value;
      }
    }
    totalWeight += weight;
  }

  // Whether any classifier's answer counts: one spoke, and (geometric pooling) they left some intent possible.
  let spoke = totalWeight > 0;
  if (spoke && geometric) spoke = normalizeLogs(fused, size, totalWeight);
  else if (spoke) for (let position = 0; position < size; position++) fused[position]! /= totalWeight;
  else fused.fill(1 / size, 0, size);

  if (rules.length > 0) {
    for (const rule of rules.length === 1 ? rules : [...rules].sort((a, b) => a.weight - b.weight)) {
      const position = index.get(rule.intent);
      if (position === undefined) continue;
      for (let other = 0; other < size; other++) fused[other]! *= 1 - rule.weight;
      fused[position]! += rule.weight;
      contributions.push({ source: `rule:${rule.ruleId}`, weight: rule.weight, abstained: false, top: [{ intent: rule.intent, confidence: rule.weight }], evidence: [{ term: rule.matched }] });
    }
  }

  if (temperature !== 1) {
    let sum = 0;
    const exponent = 1 / temperature;
    // Math.pow is the costliest step here, and most intents share one value (what every classifier left them
    // alike): a run of equal values is raised once.
    // Two values are remembered, as the shared value alternates with the intents that were predicted.
    let lastIn = Number.NaN;
    let lastOut = Number.NaN;
    let otherIn = Number.NaN;
    let otherOut = Number.NaN;
    for (let position = 0; position < size; position++) {
      const value = fused[position]!;
      let raised: number;
      if (Object.is(value, lastIn)) raised = lastOut;
      else if (Object.is(value, otherIn)) raised = otherOut;
      else {
        raised = Math.pow(value, exponent);
        otherIn = lastIn;
        otherOut = lastOut;
        lastIn = value;
        lastOut = raised;
      }
      fused[position] = raised;
      sum += raised;
    }
    for (let position = 0; position < size; position++) fused[position]! /= sum;
  }

  // Only the best few are reported (the top five, or the primary and every secondary asked for): select them
  // without sorting the whole taxonomy. Ties keep taxonomy order.
  const maxSecondary = options.maxSecondary ?? 3;
  const keep = Math.max(5, 1 + maxSecondary);
  if (rankScratch.length < keep + 1) rankScratch = new Int32Array(keep + 1);
  const order = rankScratch;
  let kept = 0;
  for (let position = 0; position < size; position++) {
    const value = fused[position]!;
    if (kept === keep && !(fused[order[keep - 1]!]! < value)) continue;
    let slot = kept;
    while (slot > 0 && fused[order[slot - 1]!]! < value) {
      order[slot] = order[slot - 1]!;
      slot--;
    }
    order[slot] = position;
    if (kept < keep) kept++;
  }
  // Only capped outputs spoke (and no rule): no intent may be reported above the cap.
  const held = rules.length === 0 && cap !== -Infinity && cap !== Infinity ? cap : Infinity;
  const ranked: ScoredIntent[] = [];
  for (let at = 0; at < kept; at++) ranked.push({ intent: intentIds[order[at]!]!, confidence: Math.min(held, fused[order[at]!]!) });
  const best = ranked[0] ?? { intent: UNKNOWN_INTENT, confidence: 0 };
  const secondaryThreshold = options.secondaryThreshold ?? 0.15;
  // With no evidence at all the distribution is uniform: never an answer, however few intents there are.
  const decided = (spoke || rules.length > 0) && best.confidence >= floor;
  // Decided: the runners-up above the threshold; undecided: the leaders above it, if anything spoke.
  const secondary: ScoredIntent[] = [];
  const from = decided ? 1 : 0;
  const until = decided ? 1 + maxSecondary : spoke ? 3 : 0;
  for (let at = from; at < until && at < ranked.length; at++) if (ranked[at]!.confidence >= secondaryThreshold) secondary.push(ranked[at]!);
  return {
    intent: decided ? best.intent : UNKNOWN_INTENT,
    confidence: best.confidence,
    secondary,
    distribution: ranked.length > 5 ? ranked.slice(0, 5) : ranked,
    contributions,
  };
}
