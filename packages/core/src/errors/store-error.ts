import { LianxingError } from './lianxing-error.js';

/** Thrown when a state store cannot read or write its data (unreadable file, store in use, closed store). */
export class StoreError extends LianxingError {
  /** What the store was doing: `open`, `read`, `write`, `lock` or `close`. */
  readonly operation: 'open' | 'read' | 'write' | 'lock' | 'close';

  constructor(operation: StoreError['operation'], message: string, options: { cause?: unknown; isRetryable?: boolean } = {}) {
    super('store_failed', message, options);
    this.name = 'StoreError';
    this.operation = operation;
  }
}
