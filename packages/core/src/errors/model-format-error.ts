import { LianxingError } from './lianxing-error.js';

/** Thrown when a serialized model cannot be loaded (wrong format, version or corrupt data). */
export class ModelFormatError extends LianxingError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('model_invalid', message, options);
    this.name = 'ModelFormatError';
  }
}
