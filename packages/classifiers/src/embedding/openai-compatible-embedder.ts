import pLimit from 'p-limit';
import { z } from 'zod';
import { ConfigError, ResponseShapeError, type Embedder, type EmbedOptions } from '@lianxing/core';
import { assertTexts } from './assert-texts.js';
import { connectionOptionsShape, type ConnectionOptions } from '../openai-compatible/connection-options.js';
import { createOpenAICompatibleClient } from '../openai-compatible/create-openai-compatible-client.js';

const SCOPE = '[classifiers] [embedding]';

const optionsSchema = z.strictObject({
  ...connectionOptionsShape,
  dimensions: z.number().int().min(1).max(65_536).optional(),
  batchSize: z.number().int().min(1).max(2048).optional(),
  concurrency: z.number().int().min(1).max(64).optional(),
  encodingFormat: z.enum(['float', 'base64']).optional(),
});

/** Options of {@link createOpenAICompatibleEmbedder}. */
export interface OpenAICompatibleEmbedderOptions extends ConnectionOptions {
  /**
   * Ask for vectors of this length (OpenAI's `text-embedding-3-*` shorten on request); other servers ignore or
   * reject the parameter, so it is sent only when set. Answers of another length are an error.
   */
  readonly dimensions?: number;
  /** Texts per request. @default 64 */
  readonly batchSize?: number;
  /** Requests in flight at once when a call needs several. @default 2 */
  readonly concurrency?: number;
  /** Ask for `float` arrays or `base64`-packed vectors (smaller bodies; OpenAI, vLLM, llama.cpp). Either is read. Not sent unless set. */
  readonly encodingFormat?: 'float' | 'base64';
  /** @default 20000 */
  readonly timeoutMs?: number;
}

const embeddingsResponseSchema = z.looseObject({
  data: z.array(z.looseObject({ index: z.number().int().min(0), embedding: z.union([z.array(z.number()), z.string()]) })),
  usage: z.looseObject({ prompt_tokens: z.number().nullish(), total_tokens: z.number().nullish() }).nullish(),
});

function decodeBase64(value: string): Float32Array {
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length % 4 !== 0) throw new Error('base64 vector length is not a multiple of 4 bytes');
  const copy = new Uint8Array(bytes); // aligned copy for the Float32Array view
  return new Float32Array(copy.buffer, 0, copy.length / 4);
}

/**
 * An {@link Embedder} over the OpenAI-compatible `POST /embeddings` endpoint, which OpenAI, Azure OpenAI, Ollama,
 * vLLM, LM Studio and llama.cpp's server all speak. Splits the texts into requests of `batchSize`, retries 429
 * and 5xx answers honouring `Retry-After`, times out, validates every answer (vectors put back in input order by
 * their `index`) and fails with typed errors that never contain the key.
 * @throws ConfigError when an option is invalid.
 * @example
 * const embedder = createOpenAICompatibleEmbedder({ baseURL: 'http://127.0.0.1:11434/v1', model: 'nomic-embed-text' });
 * const vectors = await embedder.embed(['where is my parcel?', '¿dónde está mi pedido?']);
 */
export function createOpenAICompatibleEmbedder(options: OpenAICompatibleEmbedderOptions): Embedder {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw ConfigError.fromIssues(`${SCOPE} createOpenAICompatibleEmbedder options`, parsed.error.issues, parsed.error);
  const settings = parsed.data;
  const client = createOpenAICompatibleClient({ ...options, timeoutMs: settings.timeoutMs ?? 20_000 }, SCOPE);
  const batchSize = settings.batchSize ?? 64;
  const limit = pLimit(settings.concurrency ?? 2);
  let dimensions = settings.dimensions;

  async function embedBatch(texts: readonly string[], signal: AbortSignal | undefined): Promise<Float32Array[]> {
    const body: Record<string, unknown> = { model: settings.model, input: texts.map((text) => (text.trim() === '' ? ' ' : text)) };
    if (settings.dimensions !== undefined) body['dimensions'] = settings.dimensions;
    if (settings.encodingFormat !== undefined) body['encoding_format'] = settings.encodingFormat;
    const { data, raw } = await client.post('embeddings', body, embeddingsResponseSchema, { signal });
    const source = `${SCOPE} POST ${client.url('embeddings')}`;
    const fail = (path: string, message: string): never => {
      throw new ResponseShapeError(source, [{ path, message }], { body: raw });
    };
    if (data.data.length !== texts.length) fail('data', `expected ${texts.length} embeddings, got ${data.data.length}`);
    const vectors: (Float32Array | undefined)[] = new Array<Float32Array | undefined>(texts.length);
    data.data.forEach((item, position) => {
      if (item.index >= texts.length || vectors[item.index] !== undefined) fail(`data.${position}.index`, `index ${item.index} is out of range or repeated`);
      let vector: Float32Array;
      try {
        vector = typeof item.embedding === 'string' ? decodeBase64(item.embedding) : Float32Array.from(item.embedding);
      } catch (error) {
        return fail(`data.${position}.embedding`, error instanceof Error ? error.message : 'undecodable vector');
      }
      if (vector.length === 0) fail(`data.${position}.embedding`, 'empty vector');
      for (const value of vector) if (!Number.isFinite(value)) fail(`data.${position}.embedding`, 'a value is not a finite number');
      if (dimensions !== undefined && vector.length !== dimensions) fail(`data.${position}.embedding`, `length ${vector.length}, expected ${dimensions}`);
      dimensions ??= vector.length;
      vectors[item.index] = vector;
    });
    return vectors as Float32Array[];
  }

  return {
    specificationVersion: 'v1',
    id: `openai-compatible:${settings.model}${settings.dimensions === undefined ? '' : `@${settings.dimensions}`}`,
    get dimensions() {
      return dimensions;
    },
    async embed(texts: readonly string[], embedOptions: EmbedOptions = {}): Promise<Float32Array[]> {
      assertTexts(texts, SCOPE);
      if (texts.length === 0) return [];
      const batches: (readonly string[])[] = [];
      for (let start = 0; start < texts.length; start += batchSize) batches.push(texts.slice(start, start + batchSize));
      const results = await Promise.all(batches.map((batch) => limit(() => embedBatch(batch, embedOptions.signal))));
      return results.flat();
    },
  };
}
