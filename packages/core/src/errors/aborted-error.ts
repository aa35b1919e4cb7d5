import { LianxingError } from './lianxing-error.js';

/** The operation was cancelled through its AbortSignal. */
export class AbortedError extends LianxingError {
  constructor(message = '[core] The operation was aborted.', options: { cause?: unknown } = {}) {
    super('aborted', message, options);
    this.name = 'AbortedError';
  }
}
