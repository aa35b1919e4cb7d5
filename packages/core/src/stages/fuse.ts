import { UNKNOWN_INTENT } from '../schemas/taxonomy.js';
import type { Evidence, ScoredIntent } from '../schemas/prediction.js';
import type { ClassifierOutput } from '../spec/classifier-v1.js';
import type { RuleMatch } from './rules.js';

/** Options of {@link fusePredictions}. */
export interface FusionOptions {
  /** Below this confidence the result is `unknown`. @default 0.35 */
  readonly floor?: number;
  /** Temperature applied to the fused distribution (< 1 sharpens, > 1 flattens). @default 1 */
  readonly temperature?: number;
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

/**
 * The fusion stage: a weighted linear mixture of the classifiers' distributions (intents a classifier leaves
 * out share its remaining mass evenly; abstaining classifiers take no part), then each rule pulls the
 * distribution towards its intent by its weight, then temperature scaling. `unknown` under the floor.
 */
let scratch = new Float64Array(32);

export function fusePredictions(intentIds: readonly string[], outputs: readonly WeightedOutput[], rules: readonly RuleMatch[], options: FusionOptions = {}): FusedPrediction {
  const floor = options.floor ?? 0.35;
  const temperature = options.temperature ?? 1;
  const size = intentIds.length;
  const index = new Map(intentIds.map((id, position) => [id, position]));
  const fused = new Float64Array(size);
  if (scratch.length < size) scratch = new Float64Array(size);
  const distribution = scratch;
  const contributions: Contribution[] = [];
  let totalWeight = 0;
  // The largest confidence cap among the speaking outputs; Infinity as soon as one speaks uncapped.
  let cap = -Infinity;

  for (const { source, weight, output } of outputs) {
    const predictions = output.predictions.filter((prediction) => index.has(prediction.intent) && Number.isFinite(prediction.score) && prediction.score > 0);
    const abstained = predictions.length === 0 || weight <= 0;
    contributions.push({
      source, weight, abstained,
      ...(output.decidedBy === undefined ? {} : { decidedBy: output.decidedBy }),
      top: predictions.slice(0, 3).map((prediction) => ({ intent: prediction.intent, confidence: prediction.score })),
      evidence: output.evidence ?? predictions.flatMap((prediction) => prediction.evidence ?? []),
    });
    if (abstained) continue;
    const outputCap = output.confidenceCap;
    cap = Math.max(cap, typeof outputCap === 'number' && outputCap >= 0 ? outputCap : Infinity);
    distribution.fill(0, 0, size);
    let mass = 0;
    for (const prediction of predictions) {
      const position = index.get(prediction.intent) ?? 0;
      const score = Math.min(1, prediction.score);
      mass += score - distribution[position]!;
      distribution[position] = score;
    }
    if (mass > 1) for (let position = 0; position < size; position++) distribution[position]! /= mass;
    const rest = Math.max(0, 1 - Math.min(1, mass)) / Math.max(1, size - predictions.length);
    for (let position = 0; position < size; position++) {
      const value = distribution[position]! > 0 ? distribution[position]! : rest;
      fused[position]! += weight * value;
    }
    totalWeight += weight;
  }

  if (totalWeight > 0) for (let position = 0; position < size; position++) fused[position]! /= totalWeight;
  else fused.fill(1 / size);

  for (const rule of [...rules].sort((a, b) => a.weight - b.weight)) {
    const position = index.get(rule.intent);
    if (position === undefined) continue;
    for (let other = 0; other < size; other++) fused[other]! *= 1 - rule.weight;
    fused[position]! += rule.weight;
    contributions.push({ source: `rule:${rule.ruleId}`, weight: rule.weight, abstained: false, top: [{ intent: rule.intent, confidence: rule.weight }], evidence: [{ term: rule.matched }] });
  }

  if (temperature !== 1) {
    let sum = 0;
    for (let position = 0; position < size; position++) {
      fused[position] = Math.pow(fused[position]!, 1 / temperature);
      sum += fused[position]!;
    }
    for (let position = 0; position < size; position++) fused[position]! /= sum;
  }

  // Only the best few are reported (the top five, or the primary and every secondary asked for): select them
  // without sorting the whole taxonomy.
  const keep = Math.max(5, 1 + (options.maxSecondary ?? 3));
  const order: number[] = [];
  for (let position = 0; position < size; position++) {
    let slot = order.length;
    while (slot > 0 && fused[order[slot - 1]!]! < fused[position]!) slot--;
    if (slot < keep) {
      order.splice(slot, 0, position);
      if (order.length > keep) order.pop();
    }
  }
  // Only capped outputs spoke (and no rule): no intent may be reported above the cap.
  const held = rules.length === 0 && cap !== -Infinity && cap !== Infinity ? cap : Infinity;
  const ranked = order.map((position) => ({ intent: intentIds[position]!, confidence: Math.min(held, fused[position]!) }));
  const best = ranked[0] ?? { intent: UNKNOWN_INTENT, confidence: 0 };
  const secondaryThreshold = options.secondaryThreshold ?? 0.15;
  // With no evidence at all the distribution is uniform: never an answer, however few intents there are.
  const decided = (totalWeight > 0 || rules.length > 0) && best.confidence >= floor;
  const secondary = ranked.slice(1, 1 + (options.maxSecondary ?? 3)).filter((entry) => entry.confidence >= secondaryThreshold);
  return {
    intent: decided ? best.intent : UNKNOWN_INTENT,
    confidence: best.confidence,
    secondary: decided ? secondary : ranked.slice(0, 3).filter((entry) => entry.confidence >= secondaryThreshold && totalWeight > 0),
    distribution: ranked.slice(0, 5),
    contributions,
  };
}
