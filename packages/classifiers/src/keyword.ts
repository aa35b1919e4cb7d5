export { createKeywordClassifier, KEYWORD_LANGUAGES, type KeywordClassifierOptions } from './keyword/create-keyword-classifier.js';
export type { IntentLexicon, LexiconEntry } from './keyword/keyword-lexicon.js';
