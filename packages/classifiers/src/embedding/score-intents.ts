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
  let nearest = -Infinity;
  let nearestIntent = -1;
  for (let row = 0; row < index.size; row++) {
    if (row === exclude) continue;
    if (scratch.sims[row]! > nearest) {
      nearest = scratch.sims[row]!;
      nearestIntent = index.labelOf(row);
    }
  }
  if (method.method === 'centroid') {
    const centroids = scratch.centroids ?? index.centroids();
    const excludedLabel = exclude >= 0 ? index.labelOf(exclude) : -1;
    for (let label = 0; label < intents; label++) {
      if (label === excludedLabel) {
        // The centroid without the excluded example: (sum − q) / ‖sum − q‖, from the unit centroid and the count.
        const count = index.countOf(index.intents[label]!);
        if (count < 2) continue;
        const centroid = centroids[label]!;
        // sum = c · ‖sum‖; ‖sum‖ is recovered from the examples' mean similarity to the centroid.
        let sumNorm = 0;
        for (let row = 0; row < index.size; row++) if (index.labelOf(row) === label) sumNorm += dot(centroid, index.row(row));
        const qDotSum = sumNorm * dot(query, centroid);
        const restNorm = Math.sqrt(Math.max(1e-12, sumNorm * sumNorm - 2 * qDotSum + 1));
        byIntent[label] = (qDotSum - 1) / restNorm;
      } else byIntent[label] = dot(query, centroids[label]!);
    }
  } else {
    const k = method.k;
    const top: number[][] = Array.from({ length: intents }, () => []);
    for (let row = 0; row < index.size; row++) {
      if (row === exclude) continue;
      const list = top[index.labelOf(row)]!;
      const sim = scratch.sims[row]!;
      if (list.length < k) {
        list.push(sim);
        if (list.length === k) list.sort((a, b) => a - b);
      } else if (sim > list[0]!) {
        // keep the k largest, ascending: drop the smallest, insert in place
        let slot = 0;
        while (slot + 1 < k && list[slot + 1]! < sim) {
          list[slot] = list[slot + 1]!;
          slot++;
        }
        list[slot] = sim;
      }
    }
    for (let label = 0; label < intents; label++) {
      const list = top[label]!;
      if (list.length === 0) continue;
      let sum = 0;
      for (const sim of list) sum += sim;
      byIntent[label] = sum / list.length;
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
