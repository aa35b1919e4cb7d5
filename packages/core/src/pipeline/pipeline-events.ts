import type { LianxingError } from '../errors/lianxing-error.js';
import type { ClassificationResult } from './classification-result.js';

/**
 * The pipeline's typed events. Their payloads are safe to log and forward: personal data (per the `pii` policy)
 * appears only as its placeholder (`[EMAIL_1]`), in `maskedText`, in `entities` (`text` and `value`) and in reply
 * suggestions; error messages have e-mails and long numbers redacted. The result `classify()` returns keeps the
 * originals for the caller's own process.
 */
export interface PipelineEvents {
  /** Every finished classification, with personal data masked. */
  classified: [result: ClassificationResult];
  /** A result whose decision is `human`, with personal data masked. */
  handoff: [result: ClassificationResult];
  /** A failure: a message that could not be classified, or a classifier that failed on one (`messageId` when known). */
  error: [error: LianxingError, context: { readonly messageId?: string; readonly source?: string }];
}
