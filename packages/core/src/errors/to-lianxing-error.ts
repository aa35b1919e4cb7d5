import { AbortedError } from './aborted-error.js';
import { LianxingError } from './lianxing-error.js';

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/g;
const LONG_DIGITS = /\+?\d[\d\s().-]{6,}\d/g;

/** Removes what could be personal data (e-mails, phone or card numbers) from a message meant for logs. */
export function redactDetail(detail: string): string {
  return detail.replace(EMAIL, '[EMAIL]').replace(LONG_DIGITS, '[NUMBER]');
}

/**
 * Turns anything thrown into a {@link LianxingError}, keeping the original as `cause`. The original's message
 * is added with e-mails and long numbers redacted, since it may quote a buyer's text.
 * @example
 * try { await run(); } catch (error) { events.emit('error', toLianxingError(error)); }
 */
export function toLianxingError(value: unknown, fallbackMessage = '[core] Unexpected failure.'): LianxingError {
  if (LianxingError.isInstance(value)) return value;
  if (value instanceof Error && value.name === 'AbortError') return new AbortedError(undefined, { cause: value });
  const detail = value instanceof Error ? value.message : typeof value === 'string' ? value : '';
  return new LianxingError('internal', detail ? `${fallbackMessage} ${redactDetail(detail)}` : fallbackMessage, { cause: value });
}
