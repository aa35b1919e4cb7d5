import { EventEmitter } from 'eventemitter3';
import { z } from 'zod';
import {
  classifierWeight,
  ConfigError,
  fusePredictions,
  SUPPORTED_LANGUAGES,
  toLianxingError,
  type Classifier,
  type ClassifierOutput,
  type ClassifyContext,
  type ClassifyInput,
  type Evidence,
  type FusionOptions,
  type FusionWeights,
  type RiskLevel,
  type Taxonomy,
  type WeightedClassifier,
} from '@lianxing/core';
import type { CascadeEvents, EscalationInfo } from './cascade-events.js';

const SCOPE = '[classifiers] [cascade]';

const isClassifier = (value: unknown): value is Classifier =>
  typeof value === 'object' && value !== null && (value as Partial<Classifier>).specificationVersion === 'v1' && typeof (value as Partial<Classifier>).classify === 'function' && typeof (value as Partial<Classifier>).id === 'string';
const weightedSchema = z.union([
  z.custom<Classifier>(isClassifier, 'must be a v1 classifier'),
  z.strictObject({
    classifier: z.custom<Classifier>(isClassifier, 'must be a v1 classifier'),
    weight: z.number().min(0).max(1000).optional(),
    weightByLanguage: z.partialRecord(z.enum([...SUPPORTED_LANGUAGES, 'und']), z.number().min(0).max(1000).optional()).optional(),
  }),
]);
const optionsSchema = z.strictObject({
  local: z.union([weightedSchema, z.array(weightedSchema).min(1)]),
  remote: z.custom<Classifier>(isClassifier, 'must be a v1 classifier'),
  // Loose: the facade's BUILTIN_FUSION.fusion (with its floor) is accepted as it is; the floor is not used.
  localFusion: z.looseObject({
    temperature: z.number().gt(0).max(100).optional(),
    pooling: z.enum(['linear', 'geometric']).optional(),
    smoothing: z.number().min(0).max(1).optional(),
  }).optional(),
  localId: z.string().min(1).optional(),
  id: z.string().min(1).optional(),
  threshold: z.number().min(0).max(1).optional(),
  combine: z.enum(['replace', 'mix']).optional(),
  remoteWeight: z.number().gt(0).max(100).optional(),
  riskGuard: z.boolean().optional(),
  onRemoteError: z.enum(['local', 'throw']).optional(),
});

/** Options of {@link createCascadeClassifier}. */
export interface CascadeClassifierOptions {
  /**
   * The local model, asked first: one classifier, or several fused (e.g. the facade's `builtinClassifiers()`:
   * the built-in n-gram model and the keyword classifier with their weights).
   */
  readonly local: Classifier | WeightedClassifier | readonly (Classifier | WeightedClassifier)[];
  /** The backend asked when the local model is unsure: an embedding or remote-LLM classifier, or any other. */
  readonly remote: Classifier;
  /**
   * How a `local` list is fused: its temperature, pooling and smoothing (pass the facade's `BUILTIN_FUSION.fusion`
   * to fuse as `createPipeline()` does; the floor and secondary settings are ignored). @default linear, temperature 1
   */
  readonly localFusion?: FusionOptions;
  /** The id reported in `decidedBy` for the local model. @default its id, or the ids joined by `+` */
  readonly localId?: string;
  /** @default 'cascade' */
  readonly id?: string;
  /** Escalate when the local model's best score is under this. @default 0.6 */
  readonly threshold?: number;
  /**
   * What an escalated message gets: a weighted mixture of both distributions (`mix`, local weight 1 and
   * `remoteWeight`: a confident remote answer wins over an unsure local one, an unsure remote one does not), or
   * the remote answer alone (`replace`: for a remote backend you measured to be better on the messages the local
   * model is unsure of; see bench/CASCADE-RESULTS.md for what a weaker one costs). @default 'mix'
   */
  readonly combine?: 'replace' | 'mix';
  /** The remote's weight in `mix`. @default 1 */
  readonly remoteWeight?: number;
  /**
   * Keep the local answer when the remote one has a lower risk level than the local best intent (a remote
   * backend, or a message that talked it into it, cannot turn a likely refund or complaint into a low-risk,
   * auto-replied intent). @default true
   */
  readonly riskGuard?: boolean;
  /** When the remote backend fails: use the local answer (`local`, the failure is emitted) or throw. @default 'local' */
  readonly onRemoteError?: 'local' | 'throw';
}

/** A cascade: a Classifier that asks a local model first and a remote backend only when it is unsure. */
export interface CascadeClassifier extends Classifier {
  classify(input: ClassifyInput, context: ClassifyContext): Promise<ClassifierOutput>;
  classifyBatch(inputs: readonly ClassifyInput[], context: ClassifyContext): Promise<readonly ClassifierOutput[]>;
  /** Typed events: `escalation`, `escalation-error`. */
  readonly events: EventEmitter<CascadeEvents>;
  /** Messages classified and escalated so far. */
  stats(): { readonly classified: number; readonly escalated: number };
}

const RISK_RANK: Readonly<Record<RiskLevel, number>> = { low: 0, medium: 1, high: 2, critical: 3 };

/**
 * Creates a cascade classifier: the local model (one classifier or a fused list) answers first; only when its best
 * score is under `threshold` is the message sent to the remote backend (an embedding or LLM classifier), whose
 * answer replaces (or mixes with) the local one. Every output says which backend decided in `decidedBy`, which the
 * pipeline copies into `explanation.contributions[].decidedBy`. A remote answer of lower risk than the local best
 * intent is not taken (`riskGuard`), and a remote failure falls back to the local answer.
 * @throws ConfigError when an option is invalid.
 * @example
 * import { builtinClassifiers, BUILTIN_FUSION, createPipeline } from 'lianxing';
 * const cascade = createCascadeClassifier({
 *   local: builtinClassifiers(), localFusion: BUILTIN_FUSION.fusion,
 *   remote: createRemoteLlmClassifier({ baseURL: 'http://127.0.0.1:11434/v1', model: 'qwen2.5:7b-instruct' }),
 * });
 * const pipeline = createPipeline({ classifiers: [cascade] });
 */
export function createCascadeClassifier(options: CascadeClassifierOptions): CascadeClassifier {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw ConfigError.fromIssues(`${SCOPE} createCascadeClassifier options`, parsed.error.issues, parsed.error);
  const settings = parsed.data;
  const localList = (Array.isArray(options.local) ? options.local : [options.local]) as readonly (Classifier | WeightedClassifier)[];
  // Copied as validated: weights changed on the caller's objects afterwards do not reach fusion unchecked.
  const locals: readonly (FusionWeights & { readonly classifier: Classifier })[] = localList.map((entry) => ('classifier' in entry
    ? { classifier: entry.classifier, weight: entry.weight, weightByLanguage: entry.weightByLanguage && Object.freeze({ ...entry.weightByLanguage }) }
    : { classifier: entry }));
  const remote = options.remote;
  const localId = settings.localId ?? locals.map((entry) => entry.classifier.id).join('+');
  const threshold = settings.threshold ?? 0.6;
  const combine = settings.combine ?? 'mix';
  const remoteWeight = settings.remoteWeight ?? 1;
  const riskGuard = settings.riskGuard ?? true;
  // The local list and the local+remote mixture are fused at the local fusion's temperature (so a mixture is as
  // sharp as a local answer, and a disagreement does not sink under the pipeline's floor). A capped remote answer
  // cannot be sharpened past its cap: escalated outputs carry `confidenceCap`, which the pipeline's fusion honours.
  const localFusionOptions: FusionOptions = {
    floor: 0, temperature: settings.localFusion?.temperature ?? 1, maxSecondary: 4, secondaryThreshold: 0,
    pooling: settings.localFusion?.pooling ?? 'linear',
    ...(settings.localFusion?.smoothing === undefined ? {} : { smoothing: settings.localFusion.smoothing }),
  };
  // The local and remote answers are always mixed linearly: a remote label is one confident vote, not a distribution
  // whose "not this" should veto the local model's second choice.
  const mixFusionOptions: FusionOptions = { ...localFusionOptions, pooling: 'linear' };
  const events = new EventEmitter<CascadeEvents>();
  const counts = { classified: 0, escalated: 0 };
  const emit = <Name extends keyof CascadeEvents>(name: Name, ...args: CascadeEvents[Name]): void => {
    try {
      (events.emit as (event: Name, ...rest: CascadeEvents[Name]) => boolean)(name, ...args);
    } catch {
      // a throwing listener must not change a classification
    }
  };

  /** Fuses several outputs into one distribution (top 5); an all-abstaining set abstains. */
  function fuse(taxonomy: Taxonomy, outputs: readonly { source: string; weight: number; output: ClassifierOutput }[], fusion: FusionOptions): ClassifierOutput {
    const speaking = outputs.filter(({ output, weight }) => weight > 0 && output.predictions.some((prediction) => taxonomy.has(prediction.intent) && prediction.score > 0));
    if (speaking.length === 0) return { predictions: [], evidence: outputs.flatMap(({ output }) => output.evidence ?? []) };
    if (speaking.length === 1 && outputs.length === 1 && fusion.temperature === 1 && fusion.pooling !== 'geometric') return outputs[0]!.output;
    const fused = fusePredictions(taxonomy.ids, outputs, [], fusion);
    return {
      predictions: fused.distribution.map((entry) => ({ intent: entry.intent, score: entry.confidence })),
      evidence: fused.contributions.flatMap((contribution) => contribution.evidence),
    };
  }

  async function runLocal(inputs: readonly ClassifyInput[], context: ClassifyContext): Promise<ClassifierOutput[]> {
    const perClassifier = await Promise.all(locals.map(async ({ classifier }) => {
      if (classifier.classifyBatch && inputs.length > 1) return classifier.classifyBatch(inputs, context);
      return Promise.all(inputs.map(async (input) => classifier.classify(input, context)));
    }));
    return inputs.map((input, index) => fuse(context.taxonomy, locals.map((local, position) => ({ source: `classifier:${local.classifier.id}`, weight: classifierWeight(local, input.language), output: perClassifier[position]![index]! })), localFusionOptions));
  }

  const riskOf = (taxonomy: Taxonomy, intent: string | undefined): number => {
    const risk = intent === undefined ? undefined : taxonomy.get(intent)?.risk;
    return risk === undefined ? -1 : RISK_RANK[risk];
  };
  const top = (output: ClassifierOutput) => {
    const best = output.predictions[0];
    return best ? { intent: best.intent, confidence: best.score } : undefined;
  };
  const withNote = (output: ClassifierOutput, decidedBy: string, note: string | undefined, extra: readonly Evidence[] = []): ClassifierOutput => ({
    ...output,
    evidence: [...(output.evidence ?? []), ...extra, ...(note ? [{ term: `cascade:${note}` }] : [])],
    decidedBy,
  });

  /** Combines a local answer with the remote one for an escalated message. */
  function decide(local: ClassifierOutput, remoteOutput: ClassifierOutput | Error, taxonomy: Taxonomy, started: number): ClassifierOutput {
    const localTop = top(local);
    const report = (info: Omit<EscalationInfo, 'local' | 'durationMs'>): void => emit('escalation', { local: localTop, durationMs: performance.now() - started, ...info });
    if (remoteOutput instanceof Error) {
      const error = toLianxingError(remoteOutput, `${SCOPE} The remote backend failed.`);
      emit('escalation-error', error);
      report({ remote: undefined, decidedBy: localId, kept: 'remote-failed' });
      if (settings.onRemoteError === 'throw') throw error;
      return withNote(local, localId, 'remote-failed');
    }
    const remoteTop = top(remoteOutput);
    if (!remoteTop || !taxonomy.has(remoteTop.intent)) {
      report({ remote: undefined, decidedBy: localId, kept: 'remote-abstained' });
      return withNote(local, localId, 'remote-abstained', remoteOutput.evidence);
    }
    if (riskGuard && localTop && riskOf(taxonomy, remoteTop.intent) < riskOf(taxonomy, localTop.intent)) {
      report({ remote: remoteTop, decidedBy: localId, kept: 'risk-guard' });
      return withNote(local, localId, `risk-guard:${remoteTop.intent}`);
    }
    // A capped remote answer stays capped through the cascade: an escalated message (the local model was unsure)
    // gets at most the local best score or the remote cap, whichever is higher.
    const cap = remoteOutput.confidenceCap === undefined ? undefined : Math.max(remoteOutput.confidenceCap, localTop?.confidence ?? 0);
    if (combine === 'replace') {
      report({ remote: remoteTop, decidedBy: remote.id });
      return { ...withNote(remoteOutput, remote.id, undefined), confidenceCap: cap };
    }
    const mixed = fuse(taxonomy, [{ source: localId, weight: 1, output: local }, { source: remote.id, weight: remoteWeight, output: remoteOutput }], mixFusionOptions);
    const decidedBy = mixed.predictions[0]?.intent === remoteTop.intent ? remote.id : localId;
    report({ remote: remoteTop, decidedBy });
    return { ...mixed, decidedBy, confidenceCap: cap };
  }

  async function classifyMany(inputs: readonly ClassifyInput[], context: ClassifyContext): Promise<ClassifierOutput[]> {
    const localOutputs = await runLocal(inputs, context);
    counts.classified += inputs.length;
    const escalate = localOutputs.flatMap((output, index) => ((output.predictions[0]?.score ?? 0) < threshold && typeof inputs[index]?.text === 'string' && inputs[index].text.trim() !== '' ? [index] : []));
    const results = localOutputs.map((output) => withNote(output, localId, undefined));
    if (escalate.length === 0) return results;
    counts.escalated += escalate.length;
    const started = performance.now();
    const escalated = escalate.map((index) => inputs[index]!);
    let answers: (ClassifierOutput | Error)[];
    if (remote.classifyBatch && escalated.length > 1) {
      answers = await remote.classifyBatch(escalated, context).then((outputs) => [...outputs], (error: unknown) => escalated.map(() => toLianxingError(error)));
    } else {
      answers = await Promise.all(escalated.map(async (input) => {
        try {
          return await remote.classify(input, context);
        } catch (error) {
          return toLianxingError(error);
        }
      }));
    }
    escalate.forEach((index, position) => {
      results[index] = decide(localOutputs[index]!, answers[position] ?? new Error('no answer'), context.taxonomy, started);
    });
    return results;
  }

  return {
    specificationVersion: 'v1',
    id: settings.id ?? 'cascade',
    capabilities: { trainable: false, serializable: false },
    events,
    stats: () => ({ ...counts }),
    async classify(input, context) {
      return (await classifyMany([input], context))[0]!;
    },
    classifyBatch: classifyMany,
  };
}
