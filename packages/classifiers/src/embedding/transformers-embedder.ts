import { existsSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { AbortedError, ConfigError, LianxingError, MissingDependencyError, ModelFormatError, type Embedder, type EmbedOptions } from '@lianxing/core';
import { assertTexts } from './assert-texts.js';

const SCOPE = '[classifiers] [embedding]';
const PACKAGE = '@huggingface/transformers';

const optionsSchema = z.strictObject({
  modelPath: z.string().min(1),
  pooling: z.enum(['mean', 'cls']).optional(),
  normalize: z.boolean().optional(),
  batchSize: z.number().int().min(1).max(1024).optional(),
  dtype: z.enum(['fp32', 'fp16', 'q8', 'int8', 'uint8', 'q4']).optional(),
});

/** Options of {@link createTransformersEmbedder}. */
export interface TransformersEmbedderOptions {
  /**
   * A folder on disk holding a transformers.js feature-extraction model (`config.json`, `tokenizer.json`,
   * `onnx/model*.onnx`), e.g. `./models/multilingual-e5-small`. Nothing is ever downloaded.
   */
  readonly modelPath: string;
  /** How token vectors become one vector. @default 'mean' */
  readonly pooling?: 'mean' | 'cls';
  /** L2-normalize the vectors. @default true */
  readonly normalize?: boolean;
  /** Texts per forward pass. @default 16 */
  readonly batchSize?: number;
  /** Which ONNX weights to load (`onnx/model.onnx` is fp32, `model_quantized.onnx` q8). @default 'fp32' */
  readonly dtype?: 'fp32' | 'fp16' | 'q8' | 'int8' | 'uint8' | 'q4';
}

/** The part of a transformers.js feature-extraction pipeline's output we read. */
interface TensorLike {
  readonly dims: readonly number[];
  readonly data: ArrayLike<number>;
}
type FeatureExtractor = (texts: string[], options: { pooling: 'mean' | 'cls'; normalize: boolean }) => Promise<TensorLike>;
/** The part of `@huggingface/transformers` we use. */
interface TransformersModule {
  readonly env: { allowRemoteModels: boolean; allowLocalModels: boolean; localModelPath: string };
  readonly pipeline: (task: 'feature-extraction', model: string, options: { local_files_only: boolean; dtype?: string }) => Promise<FeatureExtractor>;
}

/**
 * The optional peer dependency, loaded only when a local embedder is first used. The specifier is a variable so
 * that bundlers and TypeScript never try to resolve the (large, optional) package at build time; the module is
 * checked for the two members we use before it is trusted.
 */
async function importTransformers(): Promise<TransformersModule> {
  const specifier: string = PACKAGE;
  let loaded: unknown;
  try {
    loaded = await import(specifier);
  } catch (error) {
    throw new MissingDependencyError(PACKAGE, `${SCOPE} The local embedder needs the optional peer dependency \`${PACKAGE}\`, which is not installed. Run \`npm install ${PACKAGE}\`, or use createOpenAICompatibleEmbedder.`, { cause: error });
  }
  const candidate = loaded as Partial<TransformersModule> | null;
  if (!candidate || typeof candidate.pipeline !== 'function' || typeof candidate.env !== 'object' || candidate.env === null) {
    throw new MissingDependencyError(PACKAGE, `${SCOPE} \`${PACKAGE}\` was found but does not export \`pipeline\` and \`env\`; install version 3 or later.`);
  }
  return candidate as TransformersModule;
}

/**
 * An {@link Embedder} running a transformers.js model from a local folder, in process (ONNX Runtime), with no
 * server and no network: remote model loading is switched off, so a missing file is an error, never a
 * download. `@huggingface/transformers` is an optional peer dependency: install it yourself to use this.
 * @throws ConfigError when an option is invalid or `modelPath` is not a model folder (at creation).
 * @throws MissingDependencyError (on first `embed`) when `@huggingface/transformers` is not installed.
 * @example
 * const embedder = createTransformersEmbedder({ modelPath: './models/multilingual-e5-small' });
 * const [vector] = await embedder.embed(['query: where is my parcel?']);
 */
export function createTransformersEmbedder(options: TransformersEmbedderOptions): Embedder {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw ConfigError.fromIssues(`${SCOPE} createTransformersEmbedder options`, parsed.error.issues, parsed.error);
  const settings = parsed.data;
  const folder = isAbsolute(settings.modelPath) ? settings.modelPath : resolve(settings.modelPath);
  const isFolder = existsSync(folder) && statSync(folder).isDirectory();
  if (!isFolder || !existsSync(join(folder, 'config.json'))) {
    const message = isFolder ? 'has no config.json: not a transformers.js model folder' : 'no such folder';
    throw new ConfigError(`${SCOPE} \`modelPath\` ${settings.modelPath}: ${message}. Export or copy the model there first (nothing is downloaded at run time).`, [{ path: 'modelPath', message }]);
  }
  const pooling = settings.pooling ?? 'mean';
  const normalize = settings.normalize ?? true;
  const batchSize = settings.batchSize ?? 16;
  let extractor: Promise<FeatureExtractor> | undefined;
  let dimensions: number | undefined;

  const load = async (): Promise<FeatureExtractor> => {
    const transformers = await importTransformers();
    // Local files only: never reach a model hub, whatever the package's defaults are.
    transformers.env.allowRemoteModels = false;
    transformers.env.allowLocalModels = true;
    transformers.env.localModelPath = dirname(folder);
    try {
      return await transformers.pipeline('feature-extraction', basename(folder), { local_files_only: true, ...(settings.dtype ? { dtype: settings.dtype } : {}) });
    } catch (error) {
      throw new ModelFormatError(`${SCOPE} transformers.js could not load the model in ${settings.modelPath}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  };

  return {
    specificationVersion: 'v1',
    id: `transformers:${basename(folder)}:${pooling}`,
    get dimensions() {
      return dimensions;
    },
    async embed(texts: readonly string[], embedOptions: EmbedOptions = {}): Promise<Float32Array[]> {
      assertTexts(texts, SCOPE);
      if (texts.length === 0) return [];
      extractor ??= load();
      let run: FeatureExtractor;
      try {
        run = await extractor;
      } catch (error) {
        extractor = undefined; // a later call (after installing the package) tries again
        throw error;
      }
      const vectors: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        if (embedOptions.signal?.aborted) throw new AbortedError(`${SCOPE} embed() was aborted.`, { cause: embedOptions.signal.reason });
        const batch = texts.slice(start, start + batchSize);
        let tensor: TensorLike;
        try {
          tensor = await run(batch, { pooling, normalize });
        } catch (error) {
          throw LianxingError.isInstance(error) ? error : new ModelFormatError(`${SCOPE} The local model failed on a batch: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
        const width = tensor.dims[tensor.dims.length - 1] ?? 0;
        if (tensor.dims.length !== 2 || tensor.dims[0] !== batch.length || width === 0) {
          throw new ModelFormatError(`${SCOPE} The local model returned a tensor of shape [${tensor.dims.join(', ')}], expected [${batch.length}, dimensions]; use a feature-extraction model.`);
        }
        dimensions ??= width;
        for (let row = 0; row < batch.length; row++) vectors.push(Float32Array.from({ length: width }, (_, column) => tensor.data[row * width + column]!));
      }
      return vectors;
    },
  };
}
