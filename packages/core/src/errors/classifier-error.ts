import { LianxingError } from './lianxing-error.js';

/** Reported when a classifier backend fails on a message. */
export class ClassifierError extends LianxingError {
  readonly classifierId: string;

  constructor(classifierId: string, message: string, options: { cause?: unknown; isRetryable?: boolean } = {}) {
    super('classifier_failed', message, options);
    this.name = 'ClassifierError';
    this.classifierId = classifierId;
  }
}
