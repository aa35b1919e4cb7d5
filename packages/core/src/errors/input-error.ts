import { LianxingError } from './lianxing-error.js';

/** Thrown or reported when a message given for classification is not usable (no text, wrong type). */
export class InputError extends LianxingError {
  /** The offending field, when one is to blame. */
  readonly field: string | undefined;

  constructor(message: string, options: { field?: string; cause?: unknown } = {}) {
    super('input_invalid', message, { cause: options.cause });
    this.name = 'InputError';
    this.field = options.field;
  }
}
