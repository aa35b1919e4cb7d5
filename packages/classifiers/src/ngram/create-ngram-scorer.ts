import { countBuckets } from './count-buckets.js';
import type { FeatureOptions } from './feature-options.js';
import { SCORING_KERNEL_WASM } from './scoring-kernel-wasm.js';
import type { SoftmaxModel } from './softmax-regression.js';

/** Scores texts against a trained model: what the classifier runs per message. */
export interface NgramScorer {
  /**
   * The raw logits (before temperature) of a text into `out`; returns how many of its features carry weights
   * (0: nothing the model has seen). Features are counted, weighted by log(1 + count) × IDF and L2-normalized,
   * exactly as in training (see `computeLogits`, the reference this agrees with).
   */
  score(text: string, out: Float64Array): number;
  /** `wasm-simd`: the WebAssembly kernel, four classes per instruction; `js`: the same arithmetic in JavaScript. */
  readonly backend: 'wasm-simd' | 'js';
}

/** Options of {@link createNgramScorer}. */
export interface NgramScorerOptions {
  /** `auto` uses WebAssembly SIMD where the runtime has it, JavaScript elsewhere. @default 'auto' */
  readonly backend?: 'auto' | 'wasm-simd' | 'js';
}

/** Slots per entry of the scorer's table: `[bucket, a, b, idfBits]`; a dense row has b = -1 and a = its index. */
const SLOT = 4;
/** Work items per kernel call (each 12 bytes); longer messages are scored in several calls. */
const WORK_CAPACITY = 4096;
/** log(1 + n) for the small counts nearly every feature has. */
const LOG1P = Float64Array.from({ length: 64 }, (_, count) => Math.log1p(count));
const floatBits = new Float32Array(1);
const intBits = new Int32Array(floatBits.buffer);

/** The part of the WebAssembly JS API used here (the TypeScript libs this package builds with do not declare it). */
interface WebAssemblyApi {
  validate(bytes: Uint8Array): boolean;
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Instance: new (module: object, imports: object) => { readonly exports: unknown };
}

interface KernelExports {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  clear(out: number, lanes: number): void;
  accumulate(work: number, count: number, out: number, lanes: number, columns: number, values: number): void;
}

const wasm = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
let kernelModule: object | null | undefined;

/** The compiled kernel, or null where WebAssembly or its SIMD instructions are not available. */
function loadKernelModule(): object | null {
  if (kernelModule !== undefined) return kernelModule;
  try {
    const bytes = Uint8Array.from(atob(SCORING_KERNEL_WASM), (character) => character.charCodeAt(0));
    kernelModule = wasm?.validate(bytes) ? new wasm.Module(bytes) : null;
  } catch {
    kernelModule = null;
  }
  return kernelModule;
}

/**
 * Builds a scorer for a model. Rows whose weights cover at least a quarter of the classes (the frequent n-grams,
 * which are most of the work per message) are laid out densely, four classes per SIMD lane; the other rows stay
 * sparse. On Banking77 that is 13% of the rows and 94% of the multiply-adds.
 */
export function createNgramScorer(model: SoftmaxModel, features: FeatureOptions, options: NgramScorerOptions = {}): NgramScorer {
  const classCount = model.classes.length;
  const lanes = Math.ceil(classCount / 4);
  const stride = lanes * 4;
  const rows = model.buckets.length;
  const isDense = (row: number): boolean => (model.rowStart[row + 1]! - model.rowStart[row]!) * 4 >= classCount;

  let denseRows = 0;
  let sparseWeights = 0;
  for (let row = 0; row < rows; row++) {
    if (isDense(row)) denseRows++;
    else sparseWeights += model.rowStart[row + 1]! - model.rowStart[row]!;
  }
  const dense = new Float32Array(denseRows * stride);
  const columns = new Uint16Array(sparseWeights);
  const values = new Float32Array(sparseWeights);
  let capacity = 16;
  while (capacity < rows * 2) capacity *= 2;
  const table = new Int32Array(capacity * SLOT).fill(-1);
  const mask = capacity - 1;
  let denseRow = 0;
  let sparseAt = 0;
  for (let row = 0; row < rows; row++) {
    const start = model.rowStart[row]!;
    const end = model.rowStart[row + 1]!;
    if (start === end) continue;
    const bucket = model.buckets[row]!;
    let slot = bucket & mask;
    while (table[slot * SLOT] !== -1) slot = (slot + 1) & mask;
    table[slot * SLOT] = bucket;
    if (isDense(row)) {
      for (let cursor = start; cursor < end; cursor++) dense[denseRow * stride + model.columns[cursor]!] = model.values[cursor]!;
      table[slot * SLOT + 1] = denseRow++;
      table[slot * SLOT + 2] = -1;
    } else {
      table[slot * SLOT + 1] = sparseAt;
      for (let cursor = start; cursor < end; cursor++, sparseAt++) {
        columns[sparseAt] = model.columns[cursor]!;
        values[sparseAt] = model.values[cursor]!;
      }
      table[slot * SLOT + 2] = sparseAt;
    }
    floatBits[0] = model.idf ? model.idf[row]! : 1;
    table[slot * SLOT + 3] = intBits[0]!;
  }
  const unseen = model.unseenIdf;
  const bias = model.bias;

  // What lookupFeatures found last: the squared norm of the weighted features and how many had rows.
  let norm = 0;
  let known = 0;
  /** Looks each counted bucket up and hands the rows with weights to `add`; sets `norm` and `known`. */
  const lookupFeatures = (text: string, add: (a: number, b: number, value: number) => void): void => {
    const { size, buckets, counts } = countBuckets(text, features);
    norm = 0;
    known = 0;
    for (let index = 0; index < size; index++) {
      const bucket = buckets[index]!;
      const count = counts[index]!;
      const tf = count < 64 ? LOG1P[count]! : Math.log1p(count);
      let slot = bucket & mask;
      let key = table[slot * SLOT]!;
      while (key !== bucket && key !== -1) {
        slot = (slot + 1) & mask;
        key = table[slot * SLOT]!;
      }
      if (key === -1) {
        const value = tf * unseen;
        norm += value * value;
        continue;
      }
      intBits[0] = table[slot * SLOT + 3]!;
      const value = tf * floatBits[0]!;
      norm += value * value;
      known++;
      add(table[slot * SLOT + 1]!, table[slot * SLOT + 2]!, value);
    }
  };

  const finish = (out: Float64Array, logits: ArrayLike<number>): void => {
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let k = 0; k < classCount; k++) out[k] = logits[k]! * scale + bias[k]!;
  };

  const module = options.backend === 'js' ? null : loadKernelModule();
  if (options.backend === 'wasm-simd' && !module) throw new Error('[classifiers] [ngram] WebAssembly SIMD is not available in this runtime.');
  if (module && wasm) {
    // Memory: dense rows, then the sparse rows' columns and values, then the logits and the work list.
    const align = (offset: number): number => Math.ceil(offset / 16) * 16;
    const denseBase = 0;
    const columnsBase = align(denseBase + dense.byteLength);
    const valuesBase = align(columnsBase + columns.byteLength);
    const outBase = align(valuesBase + values.byteLength);
    const workBase = align(outBase + stride * 4);
    const total = workBase + WORK_CAPACITY * 12;
    const instance = new wasm.Instance(module, {});
    const kernel = instance.exports as KernelExports;
    const pages = Math.ceil(total / 65_536) - kernel.memory.buffer.byteLength / 65_536;
    if (pages > 0) kernel.memory.grow(pages);
    const buffer = kernel.memory.buffer;
    new Float32Array(buffer, denseBase, dense.length).set(dense);
    new Uint16Array(buffer, columnsBase, columns.length).set(columns);
    new Float32Array(buffer, valuesBase, values.length).set(values);
    const outView = new Float32Array(buffer, outBase, stride);
    const workInts = new Int32Array(buffer, workBase, WORK_CAPACITY * 3);
    const workFloats = new Float32Array(buffer, workBase, WORK_CAPACITY * 3);
    const rowBytes = stride * 4;
    let items = 0;
    const flush = (): void => {
      kernel.accumulate(workBase, items, outBase, lanes, columnsBase, valuesBase);
      items = 0;
    };
    const add = (a: number, b: number, value: number): void => {
      const at = items * 3;
      workInts[at] = b < 0 ? denseBase + a * rowBytes : a;
      workInts[at + 1] = b;
      workFloats[at + 2] = value;
      if (++items === WORK_CAPACITY) flush();
    };
    return {
      backend: 'wasm-simd',
      score(text, out) {
        kernel.clear(outBase, lanes);
        items = 0;
        lookupFeatures(text, add);
        if (items > 0) flush();
        finish(out, outView);
        return known;
      },
    };
  }

  const logits = new Float64Array(classCount);
  const add = (a: number, b: number, value: number): void => {
    if (b < 0) {
      const base = a * stride;
      for (let k = 0; k < classCount; k++) logits[k]! += value * dense[base + k]!;
    } else for (let cursor = a; cursor < b; cursor++) logits[columns[cursor]!]! += value * values[cursor]!;
  };
  return {
    backend: 'js',
    score(text, out) {
      logits.fill(0);
      lookupFeatures(text, add);
      finish(out, logits);
      return known;
    },
  };
}
