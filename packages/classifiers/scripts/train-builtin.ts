// Rebuilds the built-in model from the corpus's training split, deterministically:
//   npm run train:builtin
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUILTIN_TAXONOMY } from '@lianxing/core';
import { createNgramClassifier } from '../src/ngram/create-ngram-classifier.js';
import { BUILTIN_TRAINING_OPTIONS } from './builtin-training.js';
import { corpusFingerprint, loadCorpus } from './corpus.js';

export const BUILTIN_MODEL_PATH = fileURLToPath(new URL('../models/builtin-ngram.json', import.meta.url));

/** Trains the built-in model and returns its JSON text (what `models/builtin-ngram.json` holds). */
export async function buildBuiltinModel(onProgress?: (epoch: number, epochs: number) => void): Promise<{ json: string; examples: number; warnings: readonly string[] }> {
  const rows = loadCorpus().filter((row) => row.split === 'train');
  const ngram = createNgramClassifier({ ...BUILTIN_TRAINING_OPTIONS, intents: [...BUILTIN_TAXONOMY.ids] });
  const report = await ngram.train(rows.map((row) => ({ text: row.text, intent: row.intent, language: row.lang })), onProgress ? { onProgress: ({ epoch, epochs }) => onProgress(epoch, epochs) } : {});
  const json = JSON.stringify({ ...ngram.toJSON(), corpus: corpusFingerprint() });
  return { json, examples: report.examples, warnings: report.warnings };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const { json, examples, warnings } = await buildBuiltinModel((epoch, epochs) => process.stderr.write(`\rtraining ${epoch}/${epochs}`));
  writeFileSync(BUILTIN_MODEL_PATH, json + '\n');
  process.stderr.write('\n');
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  console.log(`wrote ${BUILTIN_MODEL_PATH}: ${examples} examples, ${(json.length / 1e6).toFixed(2)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
