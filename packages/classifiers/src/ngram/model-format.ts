import { z } from 'zod';
import { ModelFormatError } from '@lianxing/core';
import { DEFAULT_FEATURE_OPTIONS, type FeatureOptions } from './featurize.js';
import { buildLookup, type SoftmaxModel } from './softmax-regression.js';

export const MODEL_FORMAT = 'lianxing.ngram';
/** Version 2 added per-row IDF weights; version 1 models (no IDF) still load. */
export const MODEL_VERSION = 2;

const modelJsonSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  version: z.union([z.literal(1), z.literal(MODEL_VERSION)]),
  id: z.string().min(1),
  classes: z.array(z.string().min(1)).min(2).max(65_535).refine((classes) => new Set(classes).size === classes.length, 'classes must be unique'),
  temperature: z.number().positive().finite(),
  features: z.object({
    hashBits: z.number().int().min(10).max(24),
    wordNgrams: z.array(z.number().int().min(1).max(3)),
    latinCharRange: z.tuple([z.number().int().min(1), z.number().int().max(8)]),
    cjkCharRange: z.tuple([z.number().int().min(1), z.number().int().max(8)]),
  }),
  examples: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
  /** Kept (non-pruned) weights. */
  nonZero: z.number().int().nonnegative(),
  /** Row buckets, sorted, delta-encoded as unsigned LEB128 varints, base64. */
  buckets: z.string(),
  /** Weights kept per row, as unsigned LEB128 varints, base64. */
  rowLengths: z.string(),
  /** Class index of each kept weight, row by row, delta-encoded within the row as varints, base64. */
  columns: z.string(),
  /** Kept weights quantized to int8 with one scale per row, base64. */
  values: z.string(),
  /** One float32 scale per row, base64 (little-endian). */
  rowScales: z.string(),
  bias: z.array(z.number().finite()),
  /** Each row's IDF quantized to a byte between 1 and `unseenIdf`, base64 (version 2). */
  idf: z.string().optional(),
  /** The IDF of a feature the training data never had (version 2). */
  unseenIdf: z.number().min(1).finite().optional(),
});

/** A serialized n-gram model, as `toJSON()` writes it. */
export type NgramModelJson = z.infer<typeof modelJsonSchema>;

/** Unsigned LEB128 varints; `restartAt` resets the delta base (for per-row deltas). */
function encodeVarints(values: ArrayLike<number>, delta: boolean, restartAt?: (index: number) => boolean): Buffer {
  const bytes: number[] = [];
  let previous = 0;
  for (let index = 0; index < values.length; index++) {
    if (restartAt?.(index)) previous = 0;
    const value = values[index]!;
    let rest = delta ? value - previous : value;
    previous = value;
    while (rest >= 0x80) {
      bytes.push((rest & 0x7f) | 0x80);
      rest >>>= 7;
    }
    bytes.push(rest);
  }
  return Buffer.from(bytes);
}

function decodeVarints(buffer: Buffer, count: number, field: string, delta: boolean, restartAt?: (index: number) => boolean): Int32Array {
  const values = new Int32Array(count);
  let offset = 0;
  let previous = 0;
  for (let index = 0; index < count; index++) {
    if (restartAt?.(index)) previous = 0;
    let shift = 0;
    let value = 0;
    let byte: number;
    do {
      if (offset >= buffer.length || shift > 28) throw new ModelFormatError(`[classifiers] [ngram] Model \`${field}\` is truncated or corrupt.`);
      byte = buffer[offset++]!;
      value |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    // A fifth byte may only carry 3 more bits: anything else overflows into the sign (a corrupt file).
    if (value < 0 || (shift === 35 && byte > 0x07)) throw new ModelFormatError(`[classifiers] [ngram] Model \`${field}\` holds a value out of range: the file is corrupt.`);
    previous = delta ? previous + value : value;
    if (previous > 0x7fffffff) throw new ModelFormatError(`[classifiers] [ngram] Model \`${field}\` holds a value out of range: the file is corrupt.`);
    values[index] = previous;
  }
  return values;
}

/** IDF values between 1 and `unseen` as bytes (a step of about 0.04 for 15k training examples). */
function quantizeIdf(idf: Float32Array, unseen: number): Uint8Array {
  const span = unseen - 1;
  return Uint8Array.from(idf, (value) => (span > 0 ? Math.round((Math.min(unseen, Math.max(1, value)) - 1) / span * 255) : 0));
}

/** Serializes a model compactly: sparse rows, int8 weights with a float32 scale per row. */
export function serializeModel(model: SoftmaxModel, id: string, features: FeatureOptions, examples: number): NgramModelJson {
  const rows = model.buckets.length;
  const quantized = new Int8Array(model.values.length);
  const scales = new Float32Array(rows);
  const lengths = new Int32Array(rows);
  const rowFirst = new Set<number>();
  for (let row = 0; row < rows; row++) {
    const start = model.rowStart[row]!;
    const end = model.rowStart[row + 1]!;
    lengths[row] = end - start;
    rowFirst.add(start);
    let max = 0;
    for (let cursor = start; cursor < end; cursor++) max = Math.max(max, Math.abs(model.values[cursor]!));
    const scale = max / 127;
    scales[row] = scale;
    if (scale === 0) continue;
    for (let cursor = start; cursor < end; cursor++) quantized[cursor] = Math.round(model.values[cursor]! / scale);
  }
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    id,
    classes: [...model.classes],
    temperature: model.temperature,
    features: { hashBits: features.hashBits, wordNgrams: [...features.wordNgrams], latinCharRange: [...features.latinCharRange], cjkCharRange: [...features.cjkCharRange] },
    examples,
    rows,
    nonZero: model.values.length,
    buckets: encodeVarints(model.buckets, true).toString('base64'),
    rowLengths: encodeVarints(lengths, false).toString('base64'),
    columns: encodeVarints(model.columns, true, (index) => rowFirst.has(index)).toString('base64'),
    values: Buffer.from(quantized.buffer, quantized.byteOffset, quantized.byteLength).toString('base64'),
    rowScales: Buffer.from(scales.buffer, scales.byteOffset, scales.byteLength).toString('base64'),
    bias: Array.from(model.bias, (value) => Math.round(value * 1e6) / 1e6),
    ...(model.idf ? { idf: Buffer.from(quantizeIdf(model.idf, model.unseenIdf)).toString('base64'), unseenIdf: model.unseenIdf } : {}),
  };
}

/** Restores a model from {@link serializeModel}'s output. @throws ModelFormatError naming what is wrong. */
export function deserializeModel(json: unknown): { model: SoftmaxModel; id: string; features: FeatureOptions; examples: number } {
  const parsed = modelJsonSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ModelFormatError(`[classifiers] [ngram] Not a ${MODEL_FORMAT} v1 or v${MODEL_VERSION} model: \`${first?.path.join('.') || '(root)'}\` ${first?.message ?? 'is invalid'}.`, { cause: parsed.error });
  }
  const data = parsed.data;
  const classCount = data.classes.length;
  if (data.bias.length !== classCount) throw new ModelFormatError('[classifiers] [ngram] Model `bias` does not match `classes`.');
  const bucketBytes = Buffer.from(data.buckets, 'base64');
  const lengthBytes = Buffer.from(data.rowLengths, 'base64');
  const valueBytes = Buffer.from(data.values, 'base64');
  const scaleBytes = Buffer.from(data.rowScales, 'base64');
  // Every row and every kept weight takes at least one byte: check the sizes before allocating anything.
  if (data.rows > bucketBytes.length || data.rows > lengthBytes.length || data.nonZero !== valueBytes.length || scaleBytes.length !== data.rows * 4) {
    throw new ModelFormatError('[classifiers] [ngram] Model `values` or `rowScales` has the wrong size: the file is truncated or corrupt.');
  }
  const buckets = decodeVarints(bucketBytes, data.rows, 'buckets', true);
  const lengths = decodeVarints(lengthBytes, data.rows, 'rowLengths', false);
  const rowStart = new Int32Array(data.rows + 1);
  const rowFirst = new Set<number>();
  for (let row = 0; row < data.rows; row++) {
    rowFirst.add(rowStart[row]!);
    if (lengths[row]! > classCount || lengths[row]! > data.nonZero - rowStart[row]!) throw new ModelFormatError('[classifiers] [ngram] Model `rowLengths` does not add up to `nonZero`: the file is corrupt.');
    rowStart[row + 1] = rowStart[row]! + lengths[row]!;
  }
  if (rowStart[data.rows] !== data.nonZero) throw new ModelFormatError('[classifiers] [ngram] Model `rowLengths` does not add up to `nonZero`.');
  const columnIndices = decodeVarints(Buffer.from(data.columns, 'base64'), data.nonZero, 'columns', true, (index) => rowFirst.has(index));
  const columns = new Uint16Array(data.nonZero);
  const values = new Float32Array(data.nonZero);
  for (let row = 0; row < data.rows; row++) {
    const scale = scaleBytes.readFloatLE(row * 4);
    if (!Number.isFinite(scale)) throw new ModelFormatError('[classifiers] [ngram] Model `rowScales` holds a value that is not a finite number: the file is corrupt.');
    for (let cursor = rowStart[row]!; cursor < rowStart[row + 1]!; cursor++) {
      const column = columnIndices[cursor]!;
      if (column < 0 || column >= classCount) throw new ModelFormatError('[classifiers] [ngram] Model `columns` names a class that does not exist.');
      columns[cursor] = column;
      values[cursor] = valueBytes.readInt8(cursor) * scale;
    }
  }
  let idf: Float32Array | undefined;
  if (data.version === 2) {
    if (data.idf === undefined || data.unseenIdf === undefined) throw new ModelFormatError('[classifiers] [ngram] Model `idf` and `unseenIdf` are required in a version 2 model.');
    const idfBytes = Buffer.from(data.idf, 'base64');
    if (idfBytes.length !== data.rows) throw new ModelFormatError('[classifiers] [ngram] Model `idf` has the wrong size: the file is truncated or corrupt.');
    const span = data.unseenIdf - 1;
    idf = Float32Array.from(idfBytes, (byte) => 1 + (byte / 255) * span);
  }
  const features: FeatureOptions = { ...DEFAULT_FEATURE_OPTIONS, ...data.features };
  for (let row = 0; row < data.rows; row++) {
    const bucket = buckets[row]!;
    if (bucket < 0 || bucket >= 1 << features.hashBits) throw new ModelFormatError('[classifiers] [ngram] Model `buckets` is out of range for its `hashBits`.');
  }
  const model: SoftmaxModel = {
    classes: data.classes,
    lookup: buildLookup(buckets, rowStart, idf),
    buckets,
    rowStart,
    columns,
    values,
    bias: Float32Array.from(data.bias),
    ...(idf ? { idf } : {}),
    unseenIdf: idf ? data.unseenIdf! : 1,
    temperature: data.temperature,
  };
  return { model, id: data.id, features, examples: data.examples };
}
