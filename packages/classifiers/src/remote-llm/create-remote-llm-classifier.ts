import { EventEmitter } from 'eventemitter3';
import { LRUCache } from 'lru-cache';
import pLimit from 'p-limit';
import { z } from 'zod';
import {
  ConfigError,
  ModelApiError,
  ResponseShapeError,
  toLianxingError,
  type Classifier,
  type LianxingError,
  type ClassifierOutput,
  type ClassifyContext,
  type ClassifyInput,
  type LanguageCode,
  type Taxonomy,
  type TrainingExample,
} from '@lianxing/core';
import { createCoalescer, type Coalescer } from '../batching/create-coalescer.js';
import { connectionOptionsShape, type ConnectionOptions } from '../openai-compatible/connection-options.js';
import { createOpenAICompatibleClient } from '../openai-compatible/create-openai-compatible-client.js';
import { cacheKey } from '../remote-text/cache-key.js';
import { prepareRemoteText } from '../remote-text/prepare-remote-text.js';
import { answerJsonSchema, buildSystemPrompt, buildUserPrompt, randomBoundary, randomMessageId, selectExamples, type PromptMessage } from './build-classification-prompt.js';
import { BUILTIN_PROMPT_EXAMPLES } from './builtin-prompt-examples.js';
import { parseClassificationOutput, type AnswerItem } from './parse-classification-output.js';
import type { RemoteLlmEvents, RemoteLlmUsage, TokenUsage } from './remote-llm-events.js';

const SCOPE = '[classifiers] [remote-llm]';

const optionsSchema = z.strictObject({
  ...connectionOptionsShape,
  id: z.string().min(1).optional(),
  batchSize: z.number().int().min(1).max(64).optional(),
  batchWindowMs: z.number().int().min(0).max(1000).optional(),
  concurrency: z.number().int().min(1).max(64).optional(),
  structuredOutput: z.enum(['auto', 'json_schema', 'json_object', 'none']).optional(),
  examples: z.array(z.looseObject({ text: z.string(), intent: z.string() })).optional(),
  examplesPerIntent: z.number().int().min(0).max(20).optional(),
  instructions: z.string().max(4000).optional(),
  maxConfidence: z.number().gt(0).max(0.95).optional(),
  cacheSize: z.number().int().min(0).max(10_000_000).optional(),
  maskPii: z.boolean().optional(),
  maxInputChars: z.number().int().min(16).max(100_000).optional(),
  temperature: z.number().min(0).max(2).optional(),
  seed: z.number().int().optional(),
  pricing: z.strictObject({ promptPer1k: z.number().min(0), completionPer1k: z.number().min(0) }).optional(),
  extraBody: z.record(z.string(), z.unknown()).optional(),
});

/** Options of {@link createRemoteLlmClassifier}. */
export interface RemoteLlmClassifierOptions extends ConnectionOptions {
  /** @default 'remote-llm' */
  readonly id?: string;
  /** Messages per request. @default 8 */
  readonly batchSize?: number;
  /** Concurrent `classify` calls within this many milliseconds share one request. @default 10 */
  readonly batchWindowMs?: number;
  /** Requests in flight at once. @default 4 */
  readonly concurrency?: number;
  /**
   * How the answer's format is enforced: `json_schema` (`response_format` with the taxonomy's ids as an enum;
   * OpenAI, Azure, Ollama, vLLM, LM Studio, llama.cpp), `json_object`, or `none` (the prompt and a strict parser
   * only). `auto` starts with `json_schema` and falls back to `none` if the server rejects it. @default 'auto'
   */
  readonly structuredOutput?: 'auto' | 'json_schema' | 'json_object' | 'none';
  /** Few-shot examples for the prompt. @default two written examples per built-in intent (for taxonomies that use the built-in ids) */
  readonly examples?: readonly TrainingExample[];
  /** At most this many examples per intent in the prompt. @default 2 */
  readonly examplesPerIntent?: number;
  /** Extra guidance about the intents, appended to the system prompt (never the messages' text). */
  readonly instructions?: string;
  /**
   * The highest score a remote answer can carry, whatever confidence the model claims. Keep it below your
   * decision policy's `autoReplyThreshold` (0.85 by default): an LLM's label alone then never auto-replies; it
   * needs a local classifier that agrees. At most 0.95. @default 0.7
   */
  readonly maxConfidence?: number;
  /** Answers kept in an LRU cache keyed by taxonomy and normalized, masked text; 0 disables it. @default 1000 */
  readonly cacheSize?: number;
  /** Mask e-mails, phone and card numbers with core's maskPii before anything is sent. @default true */
  readonly maskPii?: boolean;
  /** Texts are cut to this many characters. @default 2000 */
  readonly maxInputChars?: number;
  /** Sampling temperature. @default 0 */
  readonly temperature?: number;
  /** A seed, for servers that support reproducible sampling. */
  readonly seed?: number;
  /** Prices per 1,000 tokens for the cost estimate (any currency; the events report the same one). */
  readonly pricing?: { readonly promptPer1k: number; readonly completionPer1k: number };
  /** Extra fields for the request body (e.g. Ollama's `options`, vLLM's `guided_decoding_backend`). */
  readonly extraBody?: Readonly<Record<string, unknown>>;
  /** @default 60000 */
  readonly timeoutMs?: number;
}

/** A classifier that asks an OpenAI-compatible chat model. */
export interface RemoteLlmClassifier extends Classifier {
  classify(input: ClassifyInput, context: ClassifyContext): Promise<ClassifierOutput>;
  classifyBatch(inputs: readonly ClassifyInput[], context: ClassifyContext): Promise<readonly ClassifierOutput[]>;
  /** Typed events: `request-end` (token usage, cost), `request-error`, `output-invalid`, `structured-output-fallback`. */
  readonly events: EventEmitter<RemoteLlmEvents>;
  /** Running totals of requests, tokens, cache hits and estimated cost. */
  usage(): RemoteLlmUsage;
  /** The cap on every score this classifier reports. */
  readonly maxConfidence: number;
}

const chatResponseSchema = z.looseObject({
  choices: z.array(z.looseObject({ message: z.looseObject({ content: z.string().nullish(), refusal: z.string().nullish() }) })).min(1),
  usage: z.looseObject({ prompt_tokens: z.number().nullish(), completion_tokens: z.number().nullish(), total_tokens: z.number().nullish() }).nullish(),
});

interface Item {
  readonly text: string;
  readonly language: LanguageCode | undefined;
}

interface PreparedTaxonomy {
  readonly system: string;
  readonly intentIds: readonly string[];
  readonly cachePrefix: string;
  readonly coalescer: Coalescer<Item, ClassifierOutput>;
}

/**
 * A classifier backed by an OpenAI-compatible chat model (OpenAI, Azure OpenAI, Ollama, vLLM, LM Studio,
 * llama.cpp). The prompt is built from the taxonomy's definitions, borders and a few examples; messages travel as
 * JSON strings inside a randomly fenced data block and are told apart by random ids, so their text cannot pose as
 * instructions, close the fence or answer for another message. Answers are validated against the taxonomy (an
 * unknown label becomes `unknown`, never passed through), scores are capped at `maxConfidence`, PII is masked
 * first, answers are cached, several messages share a request, requests are limited, timed out and retried.
 * @throws ConfigError when an option is invalid.
 * @example
 * const llm = createRemoteLlmClassifier({ baseURL: 'http://127.0.0.1:11434/v1', model: 'qwen2.5:7b-instruct' });
 * llm.events.on('request-end', ({ usage, estimatedCost }) => console.log(usage.totalTokens, estimatedCost));
 * const pipeline = createPipeline({ classifiers: [llm] });
 */
export function createRemoteLlmClassifier(options: RemoteLlmClassifierOptions): RemoteLlmClassifier {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw ConfigError.fromIssues(`${SCOPE} createRemoteLlmClassifier options`, parsed.error.issues, parsed.error);
  const settings = parsed.data;
  const client = createOpenAICompatibleClient({ ...options, timeoutMs: settings.timeoutMs ?? 60_000 }, SCOPE);
  const id = settings.id ?? 'remote-llm';
  const batchSize = settings.batchSize ?? 8;
  const maxConfidence = settings.maxConfidence ?? 0.7;
  const limit = pLimit(settings.concurrency ?? 4);
  const prepare = { maskPii: settings.maskPii ?? true, maxChars: settings.maxInputChars ?? 2000 };
  const examples: readonly TrainingExample[] = options.examples ?? BUILTIN_PROMPT_EXAMPLES;
  const cacheSize = settings.cacheSize ?? 1000;
  const cache = cacheSize > 0 ? new LRUCache<string, ClassifierOutput>({ max: cacheSize }) : undefined;
  const events = new EventEmitter<RemoteLlmEvents>();
  let structuredOutput: 'json_schema' | 'json_object' | 'none' = settings.structuredOutput === 'auto' || settings.structuredOutput === undefined ? 'json_schema' : settings.structuredOutput;
  const canFallBack = settings.structuredOutput === 'auto' || settings.structuredOutput === undefined;
  const totals = { requests: 0, cacheHits: 0, promptTokens: 0, completionTokens: 0, totalTokens: 0, estimated: false, estimatedCost: 0 };
  const prepared = new WeakMap<Taxonomy, PreparedTaxonomy>();

  /** Emits without letting a listener's exception break a classification. */
  const emit = <Name extends keyof RemoteLlmEvents>(name: Name, ...args: RemoteLlmEvents[Name]): void => {
    try {
      (events.emit as (event: Name, ...rest: RemoteLlmEvents[Name]) => boolean)(name, ...args);
    } catch {
      // a throwing listener is the listener's problem
    }
  };

  function prepareTaxonomy(taxonomy: Taxonomy): PreparedTaxonomy {
    let entry = prepared.get(taxonomy);
    if (!entry) {
      const system = buildSystemPrompt(taxonomy, selectExamples(taxonomy, examples, settings.examplesPerIntent ?? 2), settings.instructions);
      entry = {
        system,
        intentIds: taxonomy.ids,
        cachePrefix: `${taxonomy.id}@${taxonomy.version}\u0000`,
        coalescer: createCoalescer<Item, ClassifierOutput>((items) => classifyItems(items, taxonomy, undefined), { maxBatchSize: batchSize, windowMs: settings.batchWindowMs ?? 10 }),
      };
      prepared.set(taxonomy, entry);
    }
    return entry;
  }

  function countUsage(reported: z.infer<typeof chatResponseSchema>['usage'], promptChars: number, completionChars: number): { usage: TokenUsage; cost: number } {
    const promptTokens = reported?.prompt_tokens ?? undefined;
    const completionTokens = reported?.completion_tokens ?? undefined;
    const estimated = promptTokens === undefined || completionTokens === undefined;
    const usage: TokenUsage = {
      promptTokens: promptTokens ?? Math.ceil(promptChars / 4),
      completionTokens: completionTokens ?? Math.ceil(completionChars / 4),
      totalTokens: reported?.total_tokens ?? (promptTokens ?? Math.ceil(promptChars / 4)) + (completionTokens ?? Math.ceil(completionChars / 4)),
      estimated,
    };
    const cost = settings.pricing ? (usage.promptTokens / 1000) * settings.pricing.promptPer1k + (usage.completionTokens / 1000) * settings.pricing.completionPer1k : 0;
    totals.requests++;
    totals.promptTokens += usage.promptTokens;
    totals.completionTokens += usage.completionTokens;
    totals.totalTokens += usage.totalTokens;
    totals.estimated ||= estimated;
    totals.estimatedCost += cost;
    return { usage, cost };
  }

  const isFormatRejection = (error: unknown): boolean =>
    ModelApiError.isInstance(error) && (error.status === 400 || error.status === 422) && /response_format|json_schema|json schema|structured|schema/i.test(error.message);

  /** One request for up to `batchSize` items; returns their raw answers (or invalid markers). */
  async function ask(items: readonly Item[], taxonomy: Taxonomy, attempt: number, signal: AbortSignal | undefined): Promise<{ ok: true; items: ReadonlyMap<string, AnswerItem | { invalid: string }>; ids: readonly string[] } | { ok: false; error: ResponseShapeError }> {
    const { system, intentIds } = prepareTaxonomy(taxonomy);
    const taken = new Set<string>();
    const messages: PromptMessage[] = items.map((item) => {
      const messageId = randomMessageId(taken);
      taken.add(messageId);
      return { id: messageId, language: item.language, text: item.text };
    });
    const ids = messages.map((message) => message.id);
    const user = buildUserPrompt(messages, randomBoundary());
    for (;;) {
      const mode = structuredOutput;
      const body: Record<string, unknown> = {
        ...settings.extraBody,
        model: settings.model,
        messages: [{ role: 'system', content: system }, { role: 'user', content: user }],
        temperature: settings.temperature ?? 0,
        max_tokens: 64 + 48 * items.length,
      };
      if (settings.seed !== undefined) body['seed'] = settings.seed;
      if (mode === 'json_schema') body['response_format'] = { type: 'json_schema', json_schema: { name: 'intent_classification', strict: true, schema: answerJsonSchema(intentIds, ids) } };
      else if (mode === 'json_object') body['response_format'] = { type: 'json_object' };
      const started = performance.now();
      let response: Awaited<ReturnType<typeof client.post<z.infer<typeof chatResponseSchema>>>>;
      try {
        response = await client.post('chat/completions', body, chatResponseSchema, { signal });
      } catch (error) {
        if (canFallBack && mode !== 'none' && isFormatRejection(error)) {
          structuredOutput = 'none';
          emit('structured-output-fallback', { from: mode, to: 'none', status: ModelApiError.isInstance(error) ? error.status : undefined });
          continue;
        }
        const failure = toLianxingError(error, `${SCOPE} The request failed.`);
        emit('request-error', failure, { messages: items.length, attempt });
        throw failure;
      }
      const choice = response.data.choices[0]!;
      const content = choice.message.content ?? '';
      const { usage, cost } = countUsage(response.data.usage, system.length + user.length, content.length);
      emit('request-end', { messages: items.length, attempt, durationMs: performance.now() - started, usage, estimatedCost: cost, structuredOutput: mode });
      const answer = choice.message.refusal ? { ok: false as const, issues: [{ path: 'choices.0.message.refusal', message: 'the model refused' }] } : parseClassificationOutput(content, ids, (intent) => taxonomy.has(intent));
      if (!answer.ok) return { ok: false, error: new ResponseShapeError(`${SCOPE} The model's answer`, answer.issues, { body: content }) };
      return { ok: true, items: answer.items, ids };
    }
  }

  function toOutput(answer: AnswerItem | { invalid: string } | undefined): ClassifierOutput {
    if (!answer || 'invalid' in answer) return { predictions: [], evidence: [{ term: `${id}:invalid-output` }] };
    if (answer.intent === 'unknown') return { predictions: [], evidence: [{ term: `${id}:unknown`, weight: answer.confidence }] };
    return {
      predictions: [{ intent: answer.intent, score: Math.min(maxConfidence, answer.confidence) }],
      evidence: [{ term: `${id}:${answer.intent}`, weight: answer.confidence }],
      // Also holds the pipeline's fused confidence at the cap when nothing else speaks (any fusion temperature).
      confidenceCap: maxConfidence,
    };
  }

  /**
   * Classifies items in one request (at most `batchSize`), under the concurrency limit. An unusable answer is
   * retried once; if it is unusable again, items with a valid answer keep it, items without become `unknown`,
   * and a wholly unusable answer rejects with ResponseShapeError.
   */
  async function classifyItems(items: readonly Item[], taxonomy: Taxonomy, signal: AbortSignal | undefined): Promise<ClassifierOutput[]> {
    const results = await limit(async () => {
      let pending = items.map((item, index) => ({ item, index }));
      const outputs: (ClassifierOutput | undefined)[] = new Array<ClassifierOutput | undefined>(items.length);
      for (let attempt = 1; attempt <= 2 && pending.length > 0; attempt++) {
        const answer = await ask(pending.map((entry) => entry.item), taxonomy, attempt, signal);
        const willRetry = attempt === 1;
        if (!answer.ok) {
          emit('output-invalid', { issues: answer.error.issues, attempt, willRetry });
          if (!willRetry) throw answer.error;
          continue;
        }
        const invalid = answer.ids.flatMap((messageId, position) => {
          const item = answer.items.get(messageId);
          return item && 'invalid' in item ? [{ path: `results.${position}.intent`, message: item.invalid }] : [];
        });
        if (invalid.length > 0) emit('output-invalid', { issues: invalid, attempt, willRetry });
        const retry: typeof pending = [];
        answer.ids.forEach((messageId, position) => {
          const item = answer.items.get(messageId);
          const entry = pending[position]!;
          if (item && 'invalid' in item && willRetry) retry.push(entry);
          else outputs[entry.index] = toOutput(item);
        });
        pending = retry;
      }
      return outputs.map((output) => output ?? toOutput(undefined));
    });
    return results;
  }

  const itemOf = (input: ClassifyInput): Item | undefined => {
    if (typeof input?.text !== 'string') return undefined;
    const text = prepareRemoteText(input.text, input.language, prepare);
    return text.trim() === '' ? undefined : { text, language: input.language };
  };

  const remember = (key: string, output: ClassifierOutput): void => {
    if (!output.evidence?.some((entry) => entry.term === `${id}:invalid-output`)) cache?.set(key, output);
  };

  const wrap = (error: unknown): LianxingError => toLianxingError(error, `${SCOPE} Classification failed.`);

  return {
    specificationVersion: 'v1',
    id,
    capabilities: { trainable: false, serializable: false },
    events,
    maxConfidence,
    usage: () => ({ ...totals }),
    async classify(input, context) {
      const item = itemOf(input);
      if (!item) return { predictions: [] };
      const { cachePrefix, coalescer } = prepareTaxonomy(context.taxonomy);
      const key = cachePrefix + cacheKey(item.text);
      const cached = cache?.get(key);
      if (cached) {
        totals.cacheHits++;
        return cached;
      }
      try {
        const output = await coalescer.load(item, context.signal);
        remember(key, output);
        return output;
      } catch (error) {
        throw wrap(error);
      }
    },
    async classifyBatch(inputs, context) {
      const { cachePrefix } = prepareTaxonomy(context.taxonomy);
      const outputs: (ClassifierOutput | undefined)[] = new Array<ClassifierOutput | undefined>(inputs.length);
      const toAsk = new Map<string, { item: Item; positions: number[] }>();
      inputs.forEach((input, position) => {
        const item = itemOf(input);
        if (!item) {
          outputs[position] = { predictions: [] };
          return;
        }
        const key = cachePrefix + cacheKey(item.text);
        const cached = cache?.get(key);
        if (cached) {
          totals.cacheHits++;
          outputs[position] = cached;
          return;
        }
        const entry = toAsk.get(key) ?? { item, positions: [] };
        entry.positions.push(position);
        toAsk.set(key, entry);
      });
      const entries = [...toAsk.entries()];
      const chunks: (typeof entries)[] = [];
      for (let start = 0; start < entries.length; start += batchSize) chunks.push(entries.slice(start, start + batchSize));
      try {
        await Promise.all(chunks.map(async (chunk) => {
          const answers = await classifyItems(chunk.map(([, entry]) => entry.item), context.taxonomy, context.signal);
          chunk.forEach(([key, entry], position) => {
            const output = answers[position]!;
            remember(key, output);
            for (const target of entry.positions) outputs[target] = output;
          });
        }));
      } catch (error) {
        throw wrap(error);
      }
      return outputs.map((output) => output ?? { predictions: [] });
    },
  };
}
