import { existsSync, readFileSync } from 'node:fs';
import { BUILTIN_TAXONOMY, createPipeline, createTaxonomy, loadNgramClassifier, type Pipeline, type Taxonomy } from 'lianxing';
import { UsageError } from './cli-io.js';

/** The taxonomy a trained model answers in: the built-in one when its intents are built-in ids, else its own. */
export function taxonomyForModel(intents: readonly string[]): Taxonomy {
  if (intents.every((intent) => BUILTIN_TAXONOMY.has(intent))) return BUILTIN_TAXONOMY;
  return createTaxonomy({ id: 'trained-model', intents: intents.map((id) => ({ id, description: id, risk: 'medium', defaultAction: 'suggest' })) });
}

/** A pipeline over a model file written by `lianxing train`, or the built-in default when no path is given. */
export function pipelineFor(modelPath: string | undefined): Pipeline {
  if (modelPath === undefined) return createPipeline();
  if (!existsSync(modelPath)) throw new UsageError(`Cannot read model "${modelPath}": no such file.`, 'Train one with `lianxing train FILE --out model.json`.');
  const classifier = loadNgramClassifier(readFileSync(modelPath, 'utf8'));
  return createPipeline({ taxonomy: taxonomyForModel(classifier.intents), classifiers: [classifier] });
}
