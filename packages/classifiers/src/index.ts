export * from './keyword.js';
