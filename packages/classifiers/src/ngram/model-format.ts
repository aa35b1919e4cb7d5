import { z } from 'zod';
import { ModelFormatError } from '@lianxing/core';
import { DEFAULT_FEATURE_OPTIONS, type FeatureOptions } from './featurize.js';
import type { SoftmaxModel } from './softmax-regression.js';

export const MODEL_FORMAT = 'lianxing.ngram';
export const MODEL_VERSION = 1;

const modelJsonSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  version: z.literal(MODEL_VERSION),
  id: z.string().min(1),
  classes: z.array(z.string().min(1)).min(2),
  temperature: z.number().positive(),
  features: z.object({
    hashBits: z.number().int().min(10).max(24),
    wordNgrams: z.array(z.number().int().min(1).max(3)),
    latinCharRange: z.tuple([z.number().int().min(1), z.number().int().max(8)]),
    cjkCharRange: z.tuple([z.number().int().min(1), z.number().int().max(8)]),
  }),
  examples: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
  /** Row buckets, sorted, delta-encoded as unsigned LEB128 varints, base64. */
  buckets: z.string(),
  /** Weights quantized to int8 per row (rows × classes), base64. */
  weights: z.string(),
  /** One float32 scale per row, base64 (little-endian). */
  rowScales: z.string(),
  bias: z.array(z.number()),
});

/** A serialized n-gram model, as `toJSON()` writes it. */
export type NgramModelJson = z.infer<typeof modelJsonSchema>;

function encodeVarints(values: Int32Array): Buffer {
  const bytes: number[] = [];
  let previous = 0;
  for (const value of values) {
    let delta = value - previous;
    previous = value;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
  }
  return Buffer.from(bytes);
}

function decodeVarints(buffer: Buffer, count: number): Int32Array {
  const values = new Int32Array(count);
  let offset = 0;
  let previous = 0;
  for (let index = 0; index < count; index++) {
    let shift = 0;
    let delta = 0;
    let byte: number;
    do {
      if (offset >= buffer.length) throw new ModelFormatError('[classifiers] [ngram] Model `buckets` is truncated.');
      byte = buffer[offset++]!;
      delta |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    previous += delta;
    values[index] = previous;
  }
  return values;
}

/** Serializes a model compactly: sparse rows, int8 weights with a float32 scale per row. */
export function serializeModel(model: SoftmaxModel, id: string, features: FeatureOptions, examples: number): NgramModelJson {
  const classCount = model.classes.length;
  const rows = model.buckets.length;
  const quantized = new Int8Array(rows * classCount);
  const scales = new Float32Array(rows);
  for (let row = 0; row < rows; row++) {
    let max = 0;
    for (let k = 0; k < classCount; k++) max = Math.max(max, Math.abs(model.weights[row * classCount + k]!));
    const scale = max / 127;
    scales[row] = scale;
    if (scale === 0) continue;
    for (let k = 0; k < classCount; k++) quantized[row * classCount + k] = Math.round(model.weights[row * classCount + k]! / scale);
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
    buckets: encodeVarints(model.buckets).toString('base64'),
    weights: Buffer.from(quantized.buffer, quantized.byteOffset, quantized.byteLength).toString('base64'),
    rowScales: Buffer.from(scales.buffer, scales.byteOffset, scales.byteLength).toString('base64'),
    bias: Array.from(model.bias, (value) => Math.round(value * 1e6) / 1e6),
  };
}

/** Restores a model from {@link serializeModel}'s output. @throws ModelFormatError naming what is wrong. */
export function deserializeModel(json: unknown): { model: SoftmaxModel; id: string; features: FeatureOptions; examples: number } {
  const parsed = modelJsonSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ModelFormatError(`[classifiers] [ngram] Not a ${MODEL_FORMAT} v${MODEL_VERSION} model: \`${first?.path.join('.') || '(root)'}\` ${first?.message ?? 'is invalid'}.`, { cause: parsed.error });
  }
  const data = parsed.data;
  const classCount = data.classes.length;
  if (data.bias.length !== classCount) throw new ModelFormatError('[classifiers] [ngram] Model `bias` does not match `classes`.');
  const buckets = decodeVarints(Buffer.from(data.buckets, 'base64'), data.rows);
  const weightBytes = Buffer.from(data.weights, 'base64');
  const scaleBytes = Buffer.from(data.rowScales, 'base64');
  if (weightBytes.length !== data.rows * classCount || scaleBytes.length !== data.rows * 4) {
    throw new ModelFormatError('[classifiers] [ngram] Model `weights` or `rowScales` has the wrong size: the file is truncated or corrupt.');
  }
  const quantized = new Int8Array(weightBytes.buffer, weightBytes.byteOffset, weightBytes.length);
  const scales = new Float32Array(data.rows);
  for (let row = 0; row < data.rows; row++) scales[row] = scaleBytes.readFloatLE(row * 4);
  const weights = new Float32Array(data.rows * classCount);
  for (let row = 0; row < data.rows; row++) {
    const scale = scales[row]!;
    for (let k = 0; k < classCount; k++) weights[row * classCount + k] = quantized[row * classCount + k]! * scale;
  }
  const features: FeatureOptions = { ...DEFAULT_FEATURE_OPTIONS, ...data.features };
  const rowOf = new Int32Array(1 << features.hashBits).fill(-1);
  for (let row = 0; row < data.rows; row++) {
    const bucket = buckets[row]!;
    if (bucket < 0 || bucket >= rowOf.length) throw new ModelFormatError('[classifiers] [ngram] Model `buckets` is out of range for its `hashBits`.');
    rowOf[bucket] = row;
  }
  const model: SoftmaxModel = { classes: data.classes, rowOf, buckets, weights, bias: Float32Array.from(data.bias), temperature: data.temperature };
  return { model, id: data.id, features, examples: data.examples };
}
