import { dot, type EmbeddingIndex } from './embedding-index.js';

/** How an intent's similarity to a query is measured. */
export interface ScoringMethod {
  readonly method: 'centroid' | 'knn';
  /** k of k-NN: an intent's similarity is the mean of its k most similar examples. */
  readonly k: number;
}

/** Per-intent similarities of one query (by the index's intent order) and its nearest example's similarity. */
export interface IntentSimilarities {
  /** NaN for an intent with no usable example. */
  readonly byIntent: Float64Array;
  readonly nearest: number;
  readonly nearestIntent: number;
}

/**
 * Scores every intent of the index against a unit `query`. With `exclude` (a row), that example is left out,
 * as if it were not in the index: leave-one-out for calibration.
 */
export function scoreIntents(index: EmbeddingIndex, query: Float32Array, method: ScoringMethod, scratch: { sims: Float32Array; centroids: Float32Array[] | undefined }, exclude = -1): IntentSimilarities {
  const intents = index.intents.length;
  const byIntent = new Float64Array(intents).fill(Number.NaN);
  index.similarities(query, scratch.sims);
  const sims = scratch.sims;
  const labels = index.labels();
  const size = index.size;
  let nearest = -Infinity;
  let nearestIntent = -1;
  for (let row = 0; row < size; row++) {
    if (row !== exclude && sims[row]! > nearest) {
      nearest = sims[row]!;
      nearestIntent = labels[row]!;
    }
  }
  if (method.method === 'centroid') {
    const centroids = scratch.centroids ?? index.centroids();
    const excludedLabel = exclude >= 0 ? labels[exclude]! : -1;
    for (let label = 0; label < intents; label++) {
      if (label === excludedLabel) {
        // The centroid without the excluded example: (sum − q) / ‖sum − q‖, from the unit centroid and the count.
        const count = index.countOf(index.intents[label]!);
        if (count < 2) continue;
        const centroid = centroids[label]!;
        // sum = c · ‖sum‖; ‖sum‖ = Σ c·v over the intent's examples.
        let sumNorm = 0;
        for (let row = 0; row < size; row++) if (labels[row] === label) sumNorm += dot(centroid, index.row(row));
        const qDotSum = sumNorm * dot(query, centroid);
        const restNorm = Math.sqrt(Math.max(1e-12, sumNorm * sumNorm - 2 * qDotSum + 1));
        byIntent[label] = (qDotSum - 1) / restNorm;
      } else byIntent[label] = dot(query, centroids[label]!);
    }
  } else {
    // Each intent's k largest similarities, kept ascending in one flat buffer (slot 0 is the smallest kept).
    const k = method.k;
    const top = new Float64Array(intents * k);
    const filled = new Int32Array(intents);
    for (let row = 0; row < size; row++) {
      if (row === exclude) continue;
      const label = labels[row]!;
      const sim = sims[row]!;
      const base = label * k;
      const have = filled[label]!;
      if (have < k) {
        let slot = have;
        while (slot > 0 && top[base + slot - 1]! > sim) {
          top[base + slot] = top[base + slot - 1]!;
          slot--;
        }
        top[base + slot] = sim;
        filled[label] = have + 1;
      } else if (sim > top[base]!) {
        let slot = 0;
        while (slot + 1 < k && top[base + slot + 1]! < sim) {
          top[base + slot] = top[base + slot + 1]!;
          slot++;
        }
        top[base + slot] = sim;
      }
    }
    for (let label = 0; label < intents; label++) {
      const have = filled[label]!;
      if (have === 0) continue;
      let sum = 0;
      for (let slot = 0; slot < have; slot++) sum += top[label * k + slot]!;
      byIntent[label] = sum / have;
    }
  }
  return { byIntent, nearest: nearestIntent < 0 ? 0 : nearest, nearestIntent };
}

/** Softmax of similarities at a temperature over the allowed intents, into probabilities (NaN → 0). */
export function softmaxSimilarities(byIntent: Float64Array, temperature: number, allowed: (label: number) => boolean): Float64Array {
  const probabilities = new Float64Array(byIntent.length);
  let max = -Infinity;
  for (let label = 0; label < byIntent.length; label++) if (allowed(label) && !Number.isNaN(byIntent[label]!)) max = Math.max(max, byIntent[label]!);
  if (max === -Infinity) return probabilities;
  let total = 0;
  for (let label = 0; label < byIntent.length; label++) {
    if (!allowed(label) || Number.isNaN(byIntent[label]!)) continue;
    const value = Math.exp((byIntent[label]! - max) / temperature);
    probabilities[label] = value;
    total += value;
  }
  for (let label = 0; label < byIntent.length; label++) probabilities[label]! /= total;
  return probabilities;
}
