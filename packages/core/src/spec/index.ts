export type * from './classifier-v1.js';
export type * from './marketplace-adapter-v1.js';
export type * from './key-value-store.js';
export type * from './state-store.js';
