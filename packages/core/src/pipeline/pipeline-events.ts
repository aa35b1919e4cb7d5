import type { LianxingError } from '../errors/lianxing-error.js';
import type { ClassificationResult } from './classification-result.js';

/** The pipeline's typed events. */
export interface PipelineEvents {
  /** Every finished classification. */
  classified: [result: ClassificationResult];
  /** A result whose decision is `human`. */
  handoff: [result: ClassificationResult];
  /** A failure: a message that could not be classified, or a classifier that failed on one (`messageId` when known). */
  error: [error: LianxingError, context: { readonly messageId?: string; readonly source?: string }];
}
