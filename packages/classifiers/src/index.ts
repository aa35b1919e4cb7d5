export * from './keyword.js';
export * from './ngram.js';
export * from './builtin.js';
