export { LianxingError, type LianxingErrorCode, type LianxingErrorOptions } from './lianxing-error.js';
export { ConfigError, type ConfigIssue } from './config-error.js';
export { InputError } from './input-error.js';
export { ClassifierError } from './classifier-error.js';
export { TrainingDataError, type TrainingDataIssue } from './training-data-error.js';
export { ModelFormatError } from './model-format-error.js';
export { AbortedError } from './aborted-error.js';
export { StoreError } from './store-error.js';
export { redactDetail, toLianxingError } from './to-lianxing-error.js';
