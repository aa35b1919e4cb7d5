import type { EmbeddingIndex } from './embedding-index.js';
import { scoreIntents, softmaxSimilarities, type ScoringMethod } from './score-intents.js';

/** The fitted temperature and similarity floor. */
export interface Calibration {
  readonly temperature: number;
  readonly minSimilarity: number;
}

const TEMPERATURES = Array.from({ length: 41 }, (_, step) => 0.004 * Math.pow(10, step / 16)); // 0.004 … 1.3

/**
 * Fits the softmax temperature by leave-one-out negative log-likelihood on (a deterministic sample of, at most 256) the
 * examples, and the similarity floor as the 1st percentile of their leave-one-out nearest-example similarity:
 * a query less similar to everything than 99% of the examples are to each other is "none of these".
 * Examples whose intent has a single example are skipped (they have no neighbour of their own).
 */
export function fitCalibration(index: EmbeddingIndex, method: ScoringMethod, maxSample = 256): Calibration | undefined {
  // Each left-out example costs a scan of the index: keep the fit under about 10^9 multiply-adds (a second or so).
  const sampleSize = Math.max(32, Math.min(maxSample, Math.floor(1e9 / Math.max(1, index.size * index.dimensions))));
  const candidates: number[] = [];
  for (let row = 0; row < index.size; row++) if (index.countOf(index.intents[index.labelOf(row)]!) >= 2) candidates.push(row);
  if (candidates.length < 2 || index.intents.length < 2) return undefined;
  const step = Math.max(1, candidates.length / sampleSize);
  const rows: number[] = [];
  for (let position = 0; position < candidates.length && rows.length < sampleSize; position += step) rows.push(candidates[Math.floor(position)]!);
  const scratch = { sims: new Float32Array(index.size), centroids: method.method === 'centroid' ? index.centroids() : undefined };
  const scored = rows.map((row) => ({ label: index.labelOf(row), ...scoreIntents(index, index.row(row), method, scratch, row) }));
  let best = { temperature: 0.05, loss: Infinity };
  for (const temperature of TEMPERATURES) {
    let loss = 0;
    for (const { label, byIntent } of scored) loss -= Math.log(Math.max(1e-12, softmaxSimilarities(byIntent, temperature, () => true)[label]!));
    if (loss < best.loss) best = { temperature, loss };
  }
  const nearest = scored.map((entry) => entry.nearest).sort((a, b) => a - b);
  const minSimilarity = nearest[Math.floor(0.01 * (nearest.length - 1))] ?? 0;
  return { temperature: best.temperature, minSimilarity };
}
