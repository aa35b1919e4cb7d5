/** Per-call options of {@link EmbedderV1.embed}. */
export interface EmbedOptions {
  /** Cancels the call (and any request in flight). */
  readonly signal?: AbortSignal;
}

/**
 * The embedder extension point, version 1: turns texts into vectors. The OpenAI-compatible client and the local
 * transformers.js embedder of `@lianxing/classifiers/embedding` implement it, and so can yours (any model that
 * maps a text to a fixed-length vector).
 *
 * `embed` returns one vector per text, in the order of `texts`, all of the same length. It may split the texts
 * into several requests; it rejects with a Lianxing error (never a raw HTTP or runtime error) when it cannot.
 * @example
 * const embedder: Embedder = createOpenAICompatibleEmbedder({ baseURL: 'http://127.0.0.1:11434/v1', model: 'nomic-embed-text' });
 * const [vector] = await embedder.embed(['where is my parcel?']);
 */
export interface EmbedderV1 {
  readonly specificationVersion: 'v1';
  /**
   * A stable id naming the model, e.g. `openai-compatible:text-embedding-3-small`. Indexes built with one
   * embedder record it, so vectors of different models are never compared.
   */
  readonly id: string;
  /** The vector length, when known before the first call (set by an option or by the model's configuration). */
  readonly dimensions?: number | undefined;
  embed(texts: readonly string[], options?: EmbedOptions): Promise<Float32Array[]>;
}

/** The current embedder interface. */
export type Embedder = EmbedderV1;
