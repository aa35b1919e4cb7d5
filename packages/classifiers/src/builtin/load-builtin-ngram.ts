import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ModelFormatError } from '@lianxing/core';
import { loadNgramClassifier, type NgramClassifier } from '../ngram/create-ngram-classifier.js';

const MODEL_FILE = join('models', 'builtin-ngram.json');
let cached: NgramClassifier | undefined;

/** Finds the package's `models/` folder from this module, in the sources (src/builtin) or the build (dist). */
function findModelFile(): string | undefined {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 4; depth++) {
    const candidate = join(directory, MODEL_FILE);
    if (existsSync(candidate)) return candidate;
    directory = dirname(directory);
  }
  return undefined;
}

/** Whether the built-in model ships with this installation. */
export function hasBuiltinNgramModel(): boolean {
  return findModelFile() !== undefined;
}

/**
 * The built-in n-gram model of the 24-intent taxonomy, trained on Lianxing's own 9-language corpus. Loaded from
 * disk on first use and shared afterwards (it is read-only).
 * @throws ModelFormatError when the model file is missing or unreadable.
 */
export function loadBuiltinNgramClassifier(): NgramClassifier {
  if (cached) return cached;
  const file = findModelFile();
  if (!file) throw new ModelFormatError('[classifiers] The built-in model file `models/builtin-ngram.json` is missing from @lianxing/classifiers. Reinstall the package, or run `npm run train:builtin` in a checkout.');
  cached = loadNgramClassifier(readFileSync(file, 'utf8'), { readOnly: true });
  return cached;
}
