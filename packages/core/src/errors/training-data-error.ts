import { LianxingError } from './lianxing-error.js';

/** One problem in training data, located by line (1-based) where known. */
export interface TrainingDataIssue {
  readonly line?: number;
  readonly message: string;
}

/** Thrown when training data cannot be used: unknown intent ids, empty texts, too few examples. */
export class TrainingDataError extends LianxingError {
  readonly issues: readonly TrainingDataIssue[];

  constructor(message: string, issues: readonly TrainingDataIssue[] = []) {
    super('training_data_invalid', message);
    this.name = 'TrainingDataError';
    this.issues = issues;
  }
}
