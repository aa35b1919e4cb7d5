import { createPipeline as createCorePipeline, type Classifier, type FusionOptions, type Pipeline, type PipelineOptions, type WeightedClassifier } from '@lianxing/core';
import { createKeywordClassifier, loadBuiltinNgramClassifier } from '@lianxing/classifiers';

/** Options of the facade's {@link createPipeline}: core options, with the built-in classifiers as default. */
export interface DefaultPipelineOptions extends PipelineOptions {
  /**
   * Classifiers to run. When absent, the built-in local classifiers: the n-gram model trained on Lianxing's
   * 9-language corpus and the keyword classifier with its lexicons, fused. Pass `[]` to run rules only.
   */
  readonly classifiers?: readonly (Classifier | WeightedClassifier)[];
}

/**
 * Fusion of the built-in classifiers: a product of experts. The n-gram model's and the keyword classifier's
 * distributions are pooled geometrically with equal weights (each first mixed with 20% of the uniform one), and
 * the temperature of 0.5 squares the geometric mean back into their plain renormalized product when both speak
 * (when the keyword classifier abstains, it sharpens the n-gram model's distribution alone). Chosen on both
 * held-out sets, with the same answer on each (`bench/crossfit-fusion.ts`: 5-fold out-of-fold n-gram answers on
 * the training split, and the dev split). Mean per-language macro-F1, today's corpus and model: geometric with
 * equal weights 0.9110 out-of-fold and 0.9184 on dev; the best linear mixture 0.9082 (keyword weight 1.5) and
 * 0.9136 (weight 1). The linear mixture lost most in French, where the keyword classifier's confident mistakes
 * pulled it below the n-gram model alone. A keyword weight per language, each chosen on the out-of-fold answers
 * (`weightByLanguage`), changed nothing on dev (0.9185), so one weight serves every language. The temperature
 * is the one with the lowest calibration error on dev (`bench/tune-fusion.ts`). The floor of 0.35 sends the least
 * sure answers to a person as `unknown`.
 */
export const BUILTIN_FUSION: { readonly ngramWeight: number; readonly keywordWeight: number; readonly fusion: FusionOptions } = {
  ngramWeight: 1,
  keywordWeight: 1,
  fusion: { pooling: 'geometric', smoothing: 0.2, floor: 0.35, temperature: 0.5 },
};

/** The built-in local classifiers with their fusion weights. */
export function builtinClassifiers(): WeightedClassifier[] {
  return [
    { classifier: loadBuiltinNgramClassifier(), weight: BUILTIN_FUSION.ngramWeight },
    { classifier: createKeywordClassifier(), weight: BUILTIN_FUSION.keywordWeight },
  ];
}

/**
 * Creates a pipeline with the built-in defaults: the 24-intent taxonomy, the built-in n-gram model and keyword
 * classifier, the default decision policy and the built-in reply templates. Everything is overridable.
 * @example
 * import { createPipeline } from 'lianxing';
 * const pipeline = createPipeline();
 * const result = await pipeline.classify('¿Dónde está mi pedido?');
 * console.log(result.intent, result.confidence, result.decision.action);
 */
export function createPipeline(options: DefaultPipelineOptions = {}): Pipeline {
  const usesBuiltins = options.classifiers === undefined && options.taxonomy === undefined;
  const classifiers = options.classifiers ?? builtinClassifiers();
  const fusion = usesBuiltins ? { ...BUILTIN_FUSION.fusion, ...options.fusion } : options.fusion;
  return createCorePipeline({ ...options, classifiers, ...(fusion ? { fusion } : {}) });
}
