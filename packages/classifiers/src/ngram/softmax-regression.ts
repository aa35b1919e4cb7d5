import { AbortedError } from '@lianxing/core';
import type { SparseVector } from './featurize.js';
import { createRandom, shuffle } from './seeded-random.js';

/** A trained multinomial logistic regression over compact feature rows, stored sparse (CSR). */
export interface SoftmaxModel {
  readonly classes: readonly string[];
  /** Open-addressing table of `[bucket, start, end]` triples locating each row's weights (see {@link buildLookup}). */
  readonly lookup: Int32Array;
  /** The buckets of each row (sorted), for serialization. */
  readonly buckets: Int32Array;
  /** Row r's weights are `values[rowStart[r] .. rowStart[r + 1])` for the classes in `columns`. */
  readonly rowStart: Int32Array;
  readonly columns: Uint16Array;
  readonly values: Float32Array;
  readonly bias: Float32Array;
  /** Divides the logits before the softmax; fitted on held-out data. */
  temperature: number;
}

/**
 * Keeps the weights whose magnitude is at least `fraction` of the largest one, as CSR rows. Measured on
 * CLINC150: 0.01 keeps about 3% of the weights at no measurable loss of accuracy (0.8908 vs 0.8911 on val),
 * and scoring touches only those.
 */
export function sparsify(classes: readonly string[], buckets: Int32Array, weights: Float32Array, bias: Float32Array, fraction: number): SoftmaxModel {
  const classCount = classes.length;
  const rows = buckets.length;
  let max = 0;
  for (let index = 0; index < weights.length; index++) max = Math.max(max, Math.abs(weights[index]!));
  const threshold = max * fraction;
  let kept = 0;
  for (let index = 0; index < weights.length; index++) if (weights[index] !== 0 && Math.abs(weights[index]!) >= threshold) kept++;
  const rowStart = new Int32Array(rows + 1);
  const columns = new Uint16Array(kept);
  const values = new Float32Array(kept);
  let cursor = 0;
  for (let row = 0; row < rows; row++) {
    rowStart[row] = cursor;
    for (let k = 0; k < classCount; k++) {
      const weight = weights[row * classCount + k]!;
      if (weight !== 0 && Math.abs(weight) >= threshold) {
        columns[cursor] = k;
        values[cursor++] = weight;
      }
    }
  }
  rowStart[rows] = cursor;
  return { classes, lookup: buildLookup(buckets, rowStart), buckets, rowStart, columns, values, bias, temperature: 1 };
}

/**
 * Builds the bucket → weights table: open addressing over twice as many slots as rows, each slot the triple
 * `[bucket, start, end]` (bucket -1 = empty), so one lookup reads one cache line. Rows without weights are left out.
 */
export function buildLookup(buckets: Int32Array, rowStart: Int32Array): Int32Array {
  let capacity = 16;
  while (capacity < buckets.length * 2) capacity *= 2;
  const table = new Int32Array(capacity * 3).fill(-1);
  const mask = capacity - 1;
  for (let row = 0; row < buckets.length; row++) {
    if (rowStart[row + 1] === rowStart[row]) continue;
    const bucket = buckets[row]!;
    let slot = bucket & mask;
    while (table[slot * 3] !== -1) slot = (slot + 1) & mask;
    table[slot * 3] = bucket;
    table[slot * 3 + 1] = rowStart[row]!;
    table[slot * 3 + 2] = rowStart[row + 1]!;
  }
  return table;
}

/** Hyperparameters of {@link trainSoftmax}. */
export interface SoftmaxTrainOptions {
  readonly epochs: number;
  /** Initial learning rate, decayed linearly to zero. */
  readonly learningRate: number;
  /** L2 penalty per example. */
  readonly l2: number;
  readonly seed: number;
  readonly hashBits: number;
  /** Weights below this fraction of the largest are dropped after training. */
  readonly pruneFraction: number;
  readonly onEpoch?: (epoch: number, loss: number) => void;
  readonly signal?: AbortSignal;
}

/**
 * Trains by stochastic gradient descent with exact lazy L2 (the weights carry a global scale that the penalty
 * shrinks, so each step only touches the example's features). Deterministic for a seed.
 */
export async function trainSoftmax(vectors: readonly SparseVector[], labels: Int32Array, classes: readonly string[], options: SoftmaxTrainOptions): Promise<SoftmaxModel> {
  const classCount = classes.length;
  const rowOf = new Int32Array(1 << options.hashBits).fill(-1);
  let rows = 0;
  for (const vector of vectors) for (const bucket of vector.indices) if (rowOf[bucket] === -1) rowOf[bucket] = rows++;
  const buckets = new Int32Array(rows);
  for (let bucket = 0; bucket < rowOf.length; bucket++) if (rowOf[bucket] !== -1) buckets[rowOf[bucket]!] = bucket;
  // Rows in bucket order make the serialized form delta-encodable; renumber to match.
  buckets.sort();
  buckets.forEach((bucket, row) => {
    rowOf[bucket] = row;
  });
  const rowVectors = vectors.map((vector) => Int32Array.from(vector.indices, (bucket) => rowOf[bucket]!));

  const weights = new Float32Array(rows * classCount);
  const bias = new Float32Array(classCount);
  const logits = new Float64Array(classCount);
  const activeClasses = new Int32Array(classCount);
  const activeGradients = new Float64Array(classCount);
  const random = createRandom(options.seed);
  const order = Array.from({ length: vectors.length }, (_, index) => index);
  const totalSteps = options.epochs * vectors.length;
  let scale = 1;
  let step = 0;

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    // Let timers and I/O run between epochs, so an AbortSignal (a timeout, a user's cancel) can fire.
    if (epoch > 1) await new Promise<void>((resolve) => setImmediate(resolve));
    if (options.signal?.aborted) throw new AbortedError('[classifiers] [ngram] Training was aborted.', { cause: options.signal.reason });
    shuffle(order, random);
    let loss = 0;
    for (const example of order) {
      const rowsOfExample = rowVectors[example]!;
      const values = vectors[example]!.values;
      const label = labels[example]!;
      const rate = options.learningRate * Math.max(0.0001, 1 - step / totalSteps);
      step++;

      for (let k = 0; k < classCount; k++) logits[k] = 0;
      for (let index = 0; index < rowsOfExample.length; index++) {
        const base = rowsOfExample[index]! * classCount;
        const value = values[index]!;
        for (let k = 0; k < classCount; k++) logits[k]! += value * weights[base + k]!;
      }
      let max = -Infinity;
      for (let k = 0; k < classCount; k++) {
        logits[k] = logits[k]! * scale + bias[k]!;
        if (logits[k]! > max) max = logits[k]!;
      }
      let sum = 0;
      for (let k = 0; k < classCount; k++) {
        logits[k] = Math.exp(logits[k]! - max);
        sum += logits[k]!;
      }
      loss -= Math.log(Math.max(1e-12, logits[label]! / sum));

      // L2: shrink every weight through the scale; rescale when it gets small.
      scale *= 1 - rate * options.l2;
      if (scale < 1e-6) {
        for (let index = 0; index < weights.length; index++) weights[index]! *= scale;
        scale = 1;
      }
      const step2 = rate / scale;
      // Only classes with a non-negligible gradient are updated: once the model fits, that is a handful.
      let active = 0;
      for (let k = 0; k < classCount; k++) {
        const gradient = logits[k]! / sum - (k === label ? 1 : 0);
        if (gradient > 1e-4 || gradient < -1e-4) {
          activeClasses[active] = k;
          activeGradients[active++] = gradient;
          bias[k]! -= rate * gradient;
        }
      }
      for (let index = 0; index < rowsOfExample.length; index++) {
        const base = rowsOfExample[index]! * classCount;
        const factor = step2 * values[index]!;
        for (let a = 0; a < active; a++) weights[base + activeClasses[a]!]! -= factor * activeGradients[a]!;
      }
    }
    options.onEpoch?.(epoch, loss / Math.max(1, vectors.length));
  }
  if (scale !== 1) for (let index = 0; index < weights.length; index++) weights[index]! *= scale;
  return sparsify(classes, buckets, weights, bias, options.pruneFraction);
}

/** Raw logits (before temperature) into `out`; returns how many of the vector's features the model knows. */
export function computeLogits(model: SoftmaxModel, vector: SparseVector, out: Float64Array): number {
  const classCount = model.classes.length;
  for (let k = 0; k < classCount; k++) out[k] = model.bias[k]!;
  let known = 0;
  const { lookup, columns, values } = model;
  const mask = lookup.length / 3 - 1;
  for (let index = 0; index < vector.indices.length; index++) {
    const bucket = vector.indices[index]!;
    let slot = bucket & mask;
    let key = lookup[slot * 3]!;
    while (key !== bucket && key !== -1) {
      slot = (slot + 1) & mask;
      key = lookup[slot * 3]!;
    }
    if (key === -1) continue;
    known++;
    const value = vector.values[index]!;
    const end = lookup[slot * 3 + 2]!;
    for (let cursor = lookup[slot * 3 + 1]!; cursor < end; cursor++) out[columns[cursor]!]! += value * values[cursor]!;
  }
  return known;
}

/** Softmax of `logits / temperature`, in place. */
export function softmaxInPlace(logits: Float64Array, temperature: number): void {
  let max = -Infinity;
  for (let k = 0; k < logits.length; k++) if (logits[k]! > max) max = logits[k]!;
  let sum = 0;
  for (let k = 0; k < logits.length; k++) {
    logits[k] = Math.exp((logits[k]! - max) / temperature);
    sum += logits[k]!;
  }
  for (let k = 0; k < logits.length; k++) logits[k]! /= sum;
}

/**
 * Temperature scaling: the temperature that minimizes the negative log-likelihood of held-out logits
 * (golden-section search on log T over [0.05, 20]).
 */
export function fitTemperature(heldOutLogits: readonly Float64Array[], labels: readonly number[]): number {
  if (heldOutLogits.length === 0) return 1;
  const scratch = new Float64Array(heldOutLogits[0]!.length);
  const nll = (temperature: number): number => {
    let total = 0;
    heldOutLogits.forEach((logits, index) => {
      scratch.set(logits);
      softmaxInPlace(scratch, temperature);
      total -= Math.log(Math.max(1e-12, scratch[labels[index]!]!));
    });
    return total;
  };
  let low = Math.log(0.05);
  let high = Math.log(20);
  const ratio = (Math.sqrt(5) - 1) / 2;
  let a = high - ratio * (high - low);
  let b = low + ratio * (high - low);
  let fa = nll(Math.exp(a));
  let fb = nll(Math.exp(b));
  for (let iteration = 0; iteration < 40; iteration++) {
    if (fa < fb) {
      high = b;
      b = a;
      fb = fa;
      a = high - ratio * (high - low);
      fa = nll(Math.exp(a));
    } else {
      low = a;
      a = b;
      fa = fb;
      b = low + ratio * (high - low);
      fb = nll(Math.exp(b));
    }
  }
  return Math.exp((low + high) / 2);
}
