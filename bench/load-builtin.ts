// Measures a cold load of the built-in model in a fresh process: node --import tsx bench/load-builtin.ts
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('../packages/classifiers/models/builtin-ngram.json', import.meta.url));
const { loadBuiltinNgramClassifier } = await import('@lianxing/classifiers');
const started = performance.now();
const classifier = loadBuiltinNgramClassifier();
const loadMs = performance.now() - started;
process.stdout.write(`${JSON.stringify({ bytes: statSync(file).size, loadMs, intents: classifier.intents.length })}\n`);
