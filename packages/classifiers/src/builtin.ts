export { hasBuiltinNgramModel, loadBuiltinNgramClassifier } from './builtin/load-builtin-ngram.js';
