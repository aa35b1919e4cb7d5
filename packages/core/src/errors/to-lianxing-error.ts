import { LianxingError } from './lianxing-error.js';

/**
 * Turns anything thrown into a {@link LianxingError}, keeping the original as `cause`.
 * @example
 * try { await run(); } catch (error) { events.emit('error', toLianxingError(error)); }
 */
export function toLianxingError(value: unknown, fallbackMessage = '[core] Unexpected failure.'): LianxingError {
  if (LianxingError.isInstance(value)) return value;
  if (value instanceof Error && value.name === 'AbortError') {
    return new LianxingError('aborted', '[core] The operation was aborted.', { cause: value });
  }
  const detail = value instanceof Error ? value.message : typeof value === 'string' ? value : '';
  return new LianxingError('internal', detail ? `${fallbackMessage} ${detail}` : fallbackMessage, { cause: value });
}
