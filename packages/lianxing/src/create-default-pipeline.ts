import { createPipeline as createCorePipeline, type Classifier, type Pipeline, type PipelineOptions, type WeightedClassifier } from '@lianxing/core';
import { createKeywordClassifier } from '@lianxing/classifiers';

/** Options of the facade's {@link createPipeline}: core options, with the built-in classifiers as default. */
export interface DefaultPipelineOptions extends PipelineOptions {
  /**
   * Classifiers to run. When absent, the built-in local classifiers for the taxonomy are used (the keyword
   * classifier with its 9-language lexicons). Pass `[]` to run rules only.
   */
  readonly classifiers?: readonly (Classifier | WeightedClassifier)[];
}

/**
 * Creates a pipeline with the built-in defaults: the 24-intent taxonomy, the best built-in local classifiers,
 * the default decision policy and the built-in reply templates. Everything is overridable.
 * @example
 * import { createPipeline } from 'lianxing';
 * const pipeline = createPipeline();
 * const result = await pipeline.classify('¿Dónde está mi pedido?');
 * console.log(result.intent, result.confidence, result.decision.action);
 */
export function createPipeline(options: DefaultPipelineOptions = {}): Pipeline {
  const classifiers = options.classifiers ?? [createKeywordClassifier()];
  return createCorePipeline({ ...options, classifiers });
}
