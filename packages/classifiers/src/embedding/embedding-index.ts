import { z } from 'zod';
import { ModelFormatError } from '@lianxing/core';

/** The serialized form of an embedding index (what `toJSON()` returns and `loadEmbeddingClassifier` reads). */
export interface EmbeddingIndexJson {
  readonly format: 'lianxing-embedding-index';
  readonly version: 1;
  /** The id of the embedder that made the vectors; loading with another embedder is an error. */
  readonly embedder: string;
  readonly dimensions: number;
  readonly method: 'centroid' | 'knn';
  readonly k: number;
  /** The fitted softmax temperature, or null when not yet fitted. */
  readonly temperature: number | null;
  /** The fitted similarity floor, or null when not yet fitted. */
  readonly minSimilarity: number | null;
  /** Intent ids; `labels` index into it. */
  readonly intents: readonly string[];
  /** The intent of each example, as an index into `intents`. */
  readonly labels: readonly number[];
  /** Every example's unit vector, float32 little-endian, concatenated, base64. */
  readonly vectors: string;
}

const indexJsonSchema = z.strictObject({
  format: z.literal('lianxing-embedding-index'),
  version: z.literal(1),
  embedder: z.string().min(1),
  dimensions: z.number().int().min(1).max(65_536),
  method: z.enum(['centroid', 'knn']),
  k: z.number().int().min(1).max(1000),
  temperature: z.number().gt(0).max(100).nullable(),
  minSimilarity: z.number().min(-1).max(1).nullable(),
  intents: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/).max(64)),
  labels: z.array(z.number().int().min(0)),
  vectors: z.string(),
});

/** L2-normalizes in place; returns false for a zero (or non-finite) vector. */
export function normalizeInPlace(vector: Float32Array): boolean {
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  if (!(norm > 0) || !Number.isFinite(norm)) return false;
  for (let position = 0; position < vector.length; position++) vector[position]! /= norm;
  return true;
}

/** Dot product of two equal-length vectors (cosine for unit vectors). */
export function dot(a: Float32Array, b: Float32Array, offset = 0): number {
  let sum = 0;
  for (let position = 0; position < a.length; position++) sum += a[position]! * b[offset + position]!;
  return sum;
}

/**
 * Labelled unit vectors in one growable buffer, with per-intent sums for centroids. Appending is amortized O(1);
 * the vectors stay contiguous so a query scans memory in order.
 */
export class EmbeddingIndex {
  readonly dimensions: number;
  private buffer: Float32Array;
  private labelBuffer: Int32Array;
  private count = 0;
  private readonly intentIds: string[] = [];
  private readonly intentPosition = new Map<string, number>();
  private sums: Float64Array[] = [];
  private counts: number[] = [];

  constructor(dimensions: number) {
    this.dimensions = dimensions;
    this.buffer = new Float32Array(dimensions * 64);
    this.labelBuffer = new Int32Array(64);
  }

  get size(): number {
    return this.count;
  }

  get intents(): readonly string[] {
    return this.intentIds;
  }

  /** How many examples an intent has. */
  countOf(intent: string): number {
    const position = this.intentPosition.get(intent);
    return position === undefined ? 0 : this.counts[position]!;
  }

  /** Adds one unit vector with its intent. */
  add(intent: string, vector: Float32Array): void {
    let label = this.intentPosition.get(intent);
    if (label === undefined) {
      label = this.intentIds.length;
      this.intentIds.push(intent);
      this.intentPosition.set(intent, label);
      this.sums.push(new Float64Array(this.dimensions));
      this.counts.push(0);
    }
    if ((this.count + 1) * this.dimensions > this.buffer.length) {
      const grown = new Float32Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
      const labels = new Int32Array(this.labelBuffer.length * 2);
      labels.set(this.labelBuffer);
      this.labelBuffer = labels;
    }
    this.buffer.set(vector, this.count * this.dimensions);
    this.labelBuffer[this.count] = label;
    const sum = this.sums[label]!;
    for (let position = 0; position < this.dimensions; position++) sum[position]! += vector[position]!;
    this.counts[label]! += 1;
    this.count++;
  }

  /** The intent (index into `intents`) of example `row`. */
  labelOf(row: number): number {
    return this.labelBuffer[row]!;
  }

  /** Every example's intent (index into `intents`), as a view (no copy; valid until the next `add`). */
  labels(): Int32Array {
    return this.labelBuffer.subarray(0, this.count);
  }

  /** Cosine similarity of a unit query to every example, into `out` (length ≥ size). */
  similarities(query: Float32Array, out: Float32Array): void {
    // Tight loops over contiguous memory, locals only (the hot path of every query and of calibration). A sparse
    // query (hashed n-grams) visits only its non-zero positions.
    const buffer = this.buffer;
    const dimensions = this.dimensions;
    const count = this.count;
    let nonZero = 0;
    for (let position = 0; position < dimensions; position++) if (query[position] !== 0) nonZero++;
    if (nonZero < dimensions / 4) {
      const positions = new Int32Array(nonZero);
      const values = new Float64Array(nonZero);
      for (let position = 0, next = 0; position < dimensions; position++) {
        if (query[position] !== 0) {
          positions[next] = position;
          values[next++] = query[position]!;
        }
      }
      for (let row = 0, base = 0; row < count; row++, base += dimensions) {
        let sum = 0;
        for (let entry = 0; entry < nonZero; entry++) sum += values[entry]! * buffer[base + positions[entry]!]!;
        out[row] = sum;
      }
      return;
    }
    for (let row = 0, base = 0; row < count; row++, base += dimensions) {
      let sum = 0;
      for (let position = 0; position < dimensions; position++) sum += query[position]! * buffer[base + position]!;
      out[row] = sum;
    }
  }

  /** The example vectors' row view (no copy). */
  row(row: number): Float32Array {
    return this.buffer.subarray(row * this.dimensions, (row + 1) * this.dimensions);
  }

  /** Unit centroids of every intent (the normalized mean of its examples). */
  centroids(): Float32Array[] {
    return this.sums.map((sum) => {
      const centroid = Float32Array.from(sum);
      normalizeInPlace(centroid);
      return centroid;
    });
  }

  /** The serialized form. */
  toJSON(header: Omit<EmbeddingIndexJson, 'format' | 'version' | 'dimensions' | 'intents' | 'labels' | 'vectors'>): EmbeddingIndexJson {
    const bytes = new Uint8Array(this.count * this.dimensions * 4);
    const view = new DataView(bytes.buffer);
    for (let position = 0; position < this.count * this.dimensions; position++) view.setFloat32(position * 4, this.buffer[position]!, true);
    return {
      format: 'lianxing-embedding-index', version: 1, ...header, dimensions: this.dimensions,
      intents: [...this.intentIds], labels: Array.from(this.labelBuffer.subarray(0, this.count)), vectors: Buffer.from(bytes).toString('base64'),
    };
  }

  /**
   * Restores an index from {@link EmbeddingIndex.toJSON} output.
   * @throws ModelFormatError naming what is wrong.
   */
  static fromJSON(value: unknown): { index: EmbeddingIndex; header: EmbeddingIndexJson } {
    const parsed = indexJsonSchema.safeParse(value);
    if (!parsed.success) {
      const details = parsed.error.issues.slice(0, 5).map((issue) => `\`${issue.path.join('.') || '(root)'}\`: ${issue.message}`).join('; ');
      throw new ModelFormatError(`[classifiers] [embedding] Not a valid embedding index: ${details}.`, { cause: parsed.error });
    }
    const header = parsed.data;
    if (new Set(header.intents).size !== header.intents.length) throw new ModelFormatError('[classifiers] [embedding] Not a valid embedding index: `intents` has duplicates.');
    const bytes = Buffer.from(header.vectors, 'base64');
    if (bytes.length !== header.labels.length * header.dimensions * 4) {
      throw new ModelFormatError(`[classifiers] [embedding] Not a valid embedding index: \`vectors\` holds ${bytes.length} bytes, expected ${header.labels.length} × ${header.dimensions} float32.`);
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    const index = new EmbeddingIndex(header.dimensions);
    const vector = new Float32Array(header.dimensions);
    header.labels.forEach((label, row) => {
      const intent = header.intents[label];
      if (intent === undefined) throw new ModelFormatError(`[classifiers] [embedding] Not a valid embedding index: \`labels.${row}\` is out of range.`);
      for (let position = 0; position < header.dimensions; position++) {
        const value = view.getFloat32((row * header.dimensions + position) * 4, true);
        if (!Number.isFinite(value)) throw new ModelFormatError(`[classifiers] [embedding] Not a valid embedding index: vector ${row} has a non-finite value.`);
        vector[position] = value;
      }
      // Stored vectors are unit length, or zero (a text the embedder found nothing in); anything else is corrupt.
      const norm = Math.sqrt(dot(vector, vector));
      if (norm !== 0 && Math.abs(norm - 1) > 1e-3) throw new ModelFormatError(`[classifiers] [embedding] Not a valid embedding index: vector ${row} is not unit length.`);
      index.add(intent, vector);
    });
    return { index, header };
  }
}
