import { EventEmitter } from 'eventemitter3';
import { z } from 'zod';
import { ConfigError } from '../errors/config-error.js';
import { AbortedError } from '../errors/aborted-error.js';
import { ClassifierError } from '../errors/classifier-error.js';
import { InputError } from '../errors/input-error.js';
import { LianxingError } from '../errors/lianxing-error.js';
import { redactDetail, toLianxingError } from '../errors/to-lianxing-error.js';
import { isSupportedLanguage, SUPPORTED_LANGUAGES, type LanguageCode } from '../languages.js';
import { classifierWeight, type FusionWeights } from './classifier-weight.js';
import type { Conversation, OrderContext } from '../schemas/conversation.js';
import type { Entity } from '../schemas/entity.js';
import type { Sentiment, Urgency } from '../schemas/sentiment.js';
import type { TemplateInput } from '../schemas/template.js';
import { holdForLintErrors } from '../replies/hold-for-lint-errors.js';
import type { Classifier, ClassifierOutput } from '../spec/classifier-v1.js';
import { analyzeSentiment } from '../stages/analyze-sentiment.js';
import { assessUrgency } from '../stages/assess-urgency.js';
import type { UrgencyInput } from '../sentiment/create-urgency-assessor.js';
import { computePriority } from '../stages/compute-priority.js';
import { decide } from '../stages/decide.js';
import { createManualMode, type ManualModeSwitch } from '../stages/manual-mode.js';
import { parsePolicy } from '../stages/parse-policy.js';
import type { DecisionPolicyOptions } from '../schemas/decision-policy.js';
import { detectLanguage, type DetectLanguageOptions, type LanguageDetection } from '../stages/detect-language.js';
import { extractEntities, type ExtractEntitiesOptions } from '../stages/extract-entities.js';
import { fusePredictions, type FusionOptions, type WeightedOutput } from '../stages/fuse.js';
import { maskPii, redactEntities, redactText } from '../stages/mask-pii.js';
import { parsePiiPolicy, type PiiPolicyOptions } from '../entities/pii-policy.js';
import { normalizeText, type NormalizedText, type NormalizeOptions } from '../stages/normalize.js';
import { compileRules, type RuleDefinition } from '../stages/rules.js';
import { createReplySuggester, type ReplySuggesterOptions } from '../stages/suggest-replies.js';
import { BUILTIN_TAXONOMY, type Taxonomy } from '../taxonomy/taxonomy.js';
import type { BatchOutcome, ClassificationResult, StageTimings } from './classification-result.js';
import { mapOrdered } from './map-ordered.js';
import { emitSafely } from '../events/emit-safely.js';
import type { PipelineEvents } from './pipeline-events.js';

/** A message to classify: its text, with what the caller knows of it. A full core `Message` fits. */
export interface ClassifiableMessage {
  readonly text: string;
  readonly id?: string | undefined;
  /** A language the caller knows (ISO 639-1 or BCP 47); wins over detection. */
  readonly language?: string | undefined;
  readonly locale?: string | undefined;
  readonly marketplace?: string | undefined;
  /** A marketplace site or country (`MLB`, `amazon.com.mx`, `US`): national phone numbers, `$`, date order. */
  readonly site?: string | undefined;
  /** When the message was written (a core `Message`'s ISO `createdAt`): relative dates count from its day. @default now */
  readonly createdAt?: string | Date | undefined;
}

/** What a caller may add to one classification. */
export interface ClassifyCallContext {
  readonly conversation?: Conversation;
  readonly order?: OrderContext;
  /** Extra template variables, e.g. `{ storeName: 'Casa Luna' }`. */
  readonly variables?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

/** A classifier with its weight in fusion, overall or per language. */
export interface WeightedClassifier extends FusionWeights {
  readonly classifier: Classifier;
}

/** The replaceable stages; each receives what the default one receives. */
export interface PipelineStages {
  readonly normalize: (text: string, options: NormalizeOptions) => NormalizedText;
  readonly detectLanguage: (text: string, options: DetectLanguageOptions) => LanguageDetection;
  readonly extractEntities: (text: string, options: ExtractEntitiesOptions) => Entity[];
  readonly analyzeSentiment: (text: string, language: LanguageCode) => Sentiment;
  readonly assessUrgency: (input: UrgencyInput) => Urgency;
}

/** Options of {@link createPipeline}. */
export interface PipelineOptions {
  /** @default the built-in 24-intent taxonomy */
  readonly taxonomy?: Taxonomy;
  /** Backends run concurrently on every message and fused. */
  readonly classifiers?: readonly (Classifier | WeightedClassifier)[];
  readonly rules?: readonly RuleDefinition[];
  readonly normalize?: NormalizeOptions;
  readonly language?: Pick<DetectLanguageOptions, 'minConfidence'>;
  /**
   * Which entity types count as PII and get masked before classifiers, events and logs see the text.
   * @default e-mail, phone, card number, national id and street address; order numbers are not PII
   */
  readonly pii?: PiiPolicyOptions;
  readonly fusion?: FusionOptions;
  /** The decision policy and priority formula, as data (see `parsePolicyJson` for policy files). */
  readonly policy?: DecisionPolicyOptions;
  /** A manual-mode switch (circuit breaker), shared with other pipelines if you like. @default a new switch, off */
  readonly manualMode?: ManualModeSwitch;
  /** Reply templates, added to the built-in ones; one with a built-in template's id replaces it. */
  readonly templates?: readonly TemplateInput[];
  /** @default true */
  readonly builtinTemplates?: boolean;
  /**
   * Reply suggestions: a knowledge base for `product_question`, compliance-lint overrides, how many to suggest,
   * the speaker and time zone. An error finding on the first reply turns `auto_reply` into `suggest`.
   */
  readonly replies?: Omit<ReplySuggesterOptions, 'templates' | 'builtinTemplates'>;
  /** Replace individual stages. */
  readonly stages?: Partial<PipelineStages>;
}

/** Options of {@link Pipeline.classifyBatch}. */
export interface ClassifyBatchOptions {
  /** Messages in flight at once. @default 8 */
  readonly concurrency?: number;
  readonly signal?: AbortSignal;
}

/** A configured classification pipeline. */
export interface Pipeline {
  readonly taxonomy: Taxonomy;
  /** Typed events: `classified`, `handoff` (every `human` decision), `error`. */
  readonly events: EventEmitter<PipelineEvents>;
  /** The manual-mode switch: `pipeline.manualMode.enable()` turns every auto-reply into a suggestion at once. */
  readonly manualMode: ManualModeSwitch;
  /**
   * Classifies one message. Ordinary text of any kind yields a result (often `unknown` for empty or unreadable
   * text); only input that is not text at all throws {@link InputError}.
   */
  classify(input: string | ClassifiableMessage, context?: ClassifyCallContext): Promise<ClassificationResult>;
  /** Classifies a stream, `concurrency` at a time, yielding one outcome per input in input order. */
  classifyBatch<TInput extends string | ClassifiableMessage>(inputs: Iterable<TInput> | AsyncIterable<TInput>, options?: ClassifyBatchOptions): AsyncGenerator<BatchOutcome<TInput>, void, undefined>;
}

const numericOptionsSchema = z.strictObject({
  normalize: z.strictObject({ maxLength: z.number().int().min(16).max(10_000_000).optional() }).optional(),
  language: z.strictObject({ minConfidence: z.number().min(0).max(1).optional() }).optional(),
  fusion: z
    .strictObject({
      floor: z.number().min(0).max(1).optional(),
      temperature: z.number().gt(0).max(100).optional(),
      secondaryThreshold: z.number().min(0).max(1).optional(),
      maxSecondary: z.number().int().min(0).max(24).optional(),
      pooling: z.enum(['linear', 'geometric']).optional(),
      smoothing: z.number().min(0).max(1).optional(),
    })
    .optional(),
  builtinTemplates: z.boolean().optional(),
});

const STAGE_NAMES: readonly (keyof PipelineStages)[] = ['normalize', 'detectLanguage', 'extractEntities', 'analyzeSentiment', 'assessUrgency'];

const isWeight = (weight: unknown): boolean => typeof weight === 'number' && weight >= 0 && Number.isFinite(weight);

function normalizeClassifiers(entries: readonly (Classifier | WeightedClassifier)[]): { classifier: Classifier; weight: number; weightByLanguage?: FusionWeights['weightByLanguage'] }[] {
  return entries.map((entry, index) => {
    const weighted: WeightedClassifier = 'classifier' in entry ? entry : { classifier: entry };
    const { classifier, weightByLanguage } = weighted;
    const weight = weighted.weight ?? 1;
    if (typeof classifier !== 'object' || classifier === null || typeof classifier.classify !== 'function' || typeof classifier.id !== 'string') {
      throw new ConfigError(`[core] \`classifiers.${index}\` is not a classifier: it needs an \`id\` and a \`classify\` method.`, [{ path: `classifiers.${index}`, message: 'not a classifier' }]);
    }
    if (classifier.specificationVersion !== 'v1') {
      throw new ConfigError(`[core] Classifier \`${classifier.id}\` implements specification ${String(classifier.specificationVersion)}; this core supports v1.`, [{ path: `classifiers.${index}.specificationVersion`, message: 'unsupported version' }]);
    }
    if (!isWeight(weight)) {
      throw new ConfigError(`[core] \`classifiers.${index}.weight\` must be a finite number ≥ 0.`, [{ path: `classifiers.${index}.weight`, message: 'invalid weight' }]);
    }
    if (weightByLanguage === undefined) return { classifier, weight };
    const invalid = typeof weightByLanguage !== 'object' || weightByLanguage === null
      ? ''
      : Object.entries(weightByLanguage).find(([code, value]) => !(isSupportedLanguage(code) || code === 'und') || (value !== undefined && !isWeight(value)))?.[0];
    if (invalid !== undefined) {
      const path = invalid === '' ? `classifiers.${index}.weightByLanguage` : `classifiers.${index}.weightByLanguage.${invalid}`;
      throw new ConfigError(`[core] \`${path}\` must map language codes (${SUPPORTED_LANGUAGES.join(', ')}, und) to finite numbers ≥ 0.`, [{ path, message: 'invalid weight' }]);
    }
    // Copied as validated: weights changed on the caller's object afterwards do not reach fusion unchecked.
    return { classifier, weight, weightByLanguage: Object.freeze({ ...weightByLanguage }) };
  });
}

const now = (): number => performance.now();

type Settled = { ok: true; value: ClassifierOutput } | { ok: false; reason: unknown };
interface ClassifierFailure {
  source: string;
  code: string;
  message: string;
}
interface ClassifierRun {
  outputs: WeightedOutput[];
  failures: ClassifierFailure[];
}

/** Waits for the classifiers that answered with a promise; stops waiting as soon as the caller aborts. */
async function waitForClassifiers(pending: readonly Promise<void>[], signal: AbortSignal | undefined): Promise<void> {
  if (!signal) {
    await Promise.all(pending);
    return;
  }
  // Stop waiting as soon as the caller aborts, whether or not the backends honour the signal.
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<void>((resolve) => {
    onAbort = resolve;
    signal.addEventListener('abort', onAbort, { once: true });
  });
  await Promise.race([Promise.all(pending), aborted]);
  if (onAbort) signal.removeEventListener('abort', onAbort);
  if (signal.aborted) throw new AbortedError('[core] classify() was aborted while classifiers were running.', { cause: signal.reason });
}

/** The result as events carry it: personal data only as its placeholder, as in maskedText. */
function redactForEvents(result: ClassificationResult, maskedCount: number): ClassificationResult {
  if (maskedCount === 0) return result;
  return {
    ...result,
    entities: redactEntities(result.entities),
    suggestions: result.suggestions.map((suggestion) => ({ ...suggestion, text: redactText(suggestion.text, result.entities) })),
  };
}

/**
 * Creates a classification pipeline: normalize → detect language → entities and PII masking → rules →
 * classifiers (concurrently) → fusion → sentiment and urgency → decision policy → reply suggestions.
 * @throws ConfigError when an option is invalid, naming it.
 * @example
 * const pipeline = createPipeline({ classifiers: [createKeywordClassifier()] });
 * const result = await pipeline.classify('Where is my package? Order 112-4839201-5512873');
 * result.intent; // 'order_tracking'
 */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const parsed = numericOptionsSchema.safeParse({
    normalize: options.normalize, language: options.language, fusion: options.fusion, builtinTemplates: options.builtinTemplates,
  });
  if (!parsed.success) throw ConfigError.fromIssues('[core] createPipeline options', parsed.error.issues, parsed.error);
  for (const [name, stage] of Object.entries(options.stages ?? {})) {
    if (!STAGE_NAMES.includes(name as keyof PipelineStages)) throw new ConfigError(`[core] Unknown stage \`${name}\`; replaceable stages are ${STAGE_NAMES.join(', ')}.`, [{ path: `stages.${name}`, message: 'unknown stage' }]);
    if (typeof stage !== 'function') throw new ConfigError(`[core] \`stages.${name}\` must be a function.`, [{ path: `stages.${name}`, message: 'not a function' }]);
  }

  const taxonomy = options.taxonomy ?? BUILTIN_TAXONOMY;
  const classifiers = normalizeClassifiers(options.classifiers ?? []);
  const rules = compileRules(options.rules ?? [], (id) => taxonomy.has(id));
  const policy = parsePolicy(options.policy, taxonomy);
  const manualMode = options.manualMode ?? createManualMode();
  const replies = createReplySuggester({ ...options.replies, ...(options.templates ? { templates: options.templates } : {}), builtinTemplates: options.builtinTemplates !== false });
  const stages: PipelineStages = {
    normalize: normalizeText, detectLanguage, extractEntities, analyzeSentiment, assessUrgency, ...options.stages,
  };
  const normalizeOptions: NormalizeOptions = options.normalize ?? {};
  const fusionOptions: FusionOptions = options.fusion ?? {};
  const minConfidence = options.language?.minConfidence;
  const piiTypes = [...parsePiiPolicy(options.pii).types];
  const events = new EventEmitter<PipelineEvents>();
  /** Emits without letting a listener's exception escape; it is reported as an `error` event. Free when nobody listens. */
  const emit = <Name extends keyof PipelineEvents>(name: Name, ...args: PipelineEvents[Name]): void => {
    if (events.listenerCount(name) === 0) return;
    emitSafely(name, () => (events.emit as (event: Name, ...rest: PipelineEvents[Name]) => boolean)(name, ...args), (error) => events.emit('error', error, {}));
  };

  /** The fusion inputs from the settled classifiers; failures are recorded and reported as `error` events. */
  function collectOutputs(settled: readonly Settled[], language: LanguageCode, messageId: string | undefined): ClassifierRun {
    const outputs: WeightedOutput[] = [];
    const failures: ClassifierFailure[] = [];
    for (let index = 0; index < settled.length; index++) {
      const outcome = settled[index]!;
      const entry = classifiers[index]!;
      const { classifier } = entry;
      const source = `classifier:${classifier.id}`;
      if (outcome.ok && outcome.value && Array.isArray(outcome.value.predictions)) {
        outputs.push({ source, weight: classifierWeight(entry, language), output: outcome.value });
        continue;
      }
      const reason = outcome.ok ? new Error('returned no predictions array') : outcome.reason;
      const error = LianxingError.isInstance(reason) ? reason : new ClassifierError(classifier.id, `[core] Classifier \`${classifier.id}\` failed: ${redactDetail(reason instanceof Error ? reason.message : String(reason))}`, { cause: reason });
      failures.push({ source, code: error.code, message: error.message });
      emit('error', error, messageId === undefined ? { source } : { messageId, source });
    }
    return { outputs, failures };
  }

  /**
   * Runs the classifiers concurrently. Local classifiers answer synchronously: only promises are awaited, and when
   * there are none the run is returned as it is, so a local-only pipeline never waits.
   */
  function runClassifiers(text: string, language: LanguageCode, marketplace: string | undefined, signal: AbortSignal | undefined, messageId: string | undefined): ClassifierRun | Promise<ClassifierRun> {
    const input = marketplace === undefined ? { text, language } : { text, language, marketplace };
    const context = signal ? { taxonomy, signal } : { taxonomy };
    const settled: Settled[] = [];
    let pending: Promise<void>[] | undefined;
    for (let index = 0; index < classifiers.length; index++) {
      const { classifier } = classifiers[index]!;
      try {
        const answer = classifier.classify(input, context);
        if (answer && typeof (answer as Promise<ClassifierOutput>).then === 'function') {
          settled.push({ ok: false, reason: undefined }); // replaced when the promise settles
          (pending ??= []).push((answer as Promise<ClassifierOutput>).then(
            (value) => void (settled[index] = { ok: true, value }),
            (reason: unknown) => void (settled[index] = { ok: false, reason }),
          ));
        } else settled.push({ ok: true, value: answer as ClassifierOutput });
      } catch (reason) {
        settled.push({ ok: false, reason });
      }
    }
    if (pending === undefined) return collectOutputs(settled, language, messageId);
    return waitForClassifiers(pending, signal).then(() => collectOutputs(settled, language, messageId));
  }

  async function classify(raw: string | ClassifiableMessage, context: ClassifyCallContext = {}): Promise<ClassificationResult> {
    const message: ClassifiableMessage = typeof raw === 'string' ? { text: raw } : raw;
    if (typeof message !== 'object' || message === null || typeof message.text !== 'string') {
      throw new InputError('[core] classify() needs a string or an object with a string `text`.', { field: 'text' });
    }
    if (context.signal?.aborted) throw new AbortedError('[core] classify() was aborted.', { cause: context.signal.reason });
    const started = now();
    let mark = started;
    const lap = (): number => {
      const time = now();
      const spent = time - mark;
      mark = time;
      return spent;
    };

    const normalized = stages.normalize(message.text, normalizeOptions);
    const tNormalize = lap();
    const hint = message.language ?? message.locale;
    const language = stages.detectLanguage(normalized.text, minConfidence === undefined ? { hint } : { hint, minConfidence });
    const tLanguage = lap();
    const entityOptions: { -readonly [Key in keyof ExtractEntitiesOptions]: ExtractEntitiesOptions[Key] } = { language: language.code, piiTypes };
    if (message.site) entityOptions.country = message.site;
    if (message.marketplace) entityOptions.marketplace = message.marketplace;
    if (message.createdAt !== undefined) entityOptions.referenceDate = message.createdAt;
    const entities = stages.extractEntities(normalized.text, entityOptions);
    const masked = maskPii(normalized.text, entities);
    const reportedEntities = masked.count === 0 ? entities : entities.map((entity) => {
      const placeholder = masked.placeholders.get(entity);
      return placeholder === undefined ? entity : { ...entity, placeholder };
    });
    const tEntities = lap();
    const ruleMatches = rules.match(masked.text, language.code);
    const tRules = lap();
    let run = normalized.flags.empty ? { outputs: [], failures: [] } : runClassifiers(masked.text, language.code, message.marketplace, context.signal, message.id);
    if (run instanceof Promise) run = await run;
    const { outputs, failures } = run;
    const tClassifiers = lap();
    const fused = fusePredictions(taxonomy.ids, outputs, ruleMatches, fusionOptions);
    const risk = taxonomy.get(fused.intent)?.risk;
    const tFusion = lap();
    const sentiment = stages.analyzeSentiment(normalized.text, language.code);
    const urgency = stages.assessUrgency({ text: normalized.text, language: language.code, risk, conversation: context.conversation, order: context.order });
    const priority = computePriority(risk, sentiment, urgency, policy.priority);
    const tSentiment = lap();
    const order = context.order ?? context.conversation?.order;
    const suggestions = replies.suggest({
      intent: fused.intent, language: language.code, locale: message.locale, site: message.site, marketplace: message.marketplace,
      sentiment, entities, order, variables: context.variables, text: masked.text,
    });
    const tSuggestions = lap();
    // The compliance gate: a reply with an error finding is never sent automatically.
    const decision = holdForLintErrors(decide({ intent: fused.intent, confidence: fused.confidence, marketplace: message.marketplace, sentiment, hasReply: suggestions.length > 0, manualMode }, policy, taxonomy), suggestions[0]);
    const tDecision = lap();

    const timings: StageTimings = {
      normalize: tNormalize, language: tLanguage, entities: tEntities, rules: tRules, classifiers: tClassifiers,
      fusion: tFusion, sentiment: tSentiment, decision: tDecision, suggestions: tSuggestions, total: now() - started,
    };
    const result: ClassificationResult = {
      ...(message.id === undefined ? {} : { id: message.id }),
      intent: fused.intent,
      confidence: fused.confidence,
      risk,
      secondary: fused.secondary,
      distribution: fused.distribution,
      language,
      sentiment,
      urgency,
      priority,
      entities: reportedEntities,
      maskedText: masked.text,
      decision,
      suggestions,
      flags: normalized.flags,
      explanation: { contributions: fused.contributions, failures },
      timings,
    };
    if (context.signal?.aborted) throw new AbortedError('[core] classify() was aborted.', { cause: context.signal.reason });
    // Events go to listeners that log and forward: personal data in them is its placeholder, as in maskedText.
    // The redacted copy is made only when someone listens.
    let shared: ClassificationResult | undefined;
    if (events.listenerCount('classified') > 0) emit('classified', (shared = redactForEvents(result, masked.count)));
    if (decision.action === 'human' && events.listenerCount('handoff') > 0) emit('handoff', shared ?? redactForEvents(result, masked.count));
    return result;
  }

  async function* classifyBatch<TInput extends string | ClassifiableMessage>(inputs: Iterable<TInput> | AsyncIterable<TInput>, batchOptions: ClassifyBatchOptions = {}): AsyncGenerator<BatchOutcome<TInput>, void, undefined> {
    const { signal } = batchOptions;
    if (typeof inputs === 'string' || inputs === null || typeof inputs !== 'object') {
      throw new InputError('[core] classifyBatch() needs an iterable of messages (an array, a generator, a stream), not a single string.', { field: 'inputs' });
    }
    yield* mapOrdered(inputs, async (input, index): Promise<BatchOutcome<TInput>> => {
      try {
        const result = await classify(input, signal ? { signal } : {});
        return { ok: true, index, input, result };
      } catch (thrown) {
        const error = toLianxingError(thrown, '[core] Classification failed.');
        const id = typeof input === 'object' && input !== null && typeof input.id === 'string' ? input.id : undefined;
        emit('error', error, id === undefined ? {} : { messageId: id });
        return { ok: false, index, input, error };
      }
    }, batchOptions.concurrency ?? 8, { signal });
  }

  return { taxonomy, events, manualMode, classify, classifyBatch };
}
