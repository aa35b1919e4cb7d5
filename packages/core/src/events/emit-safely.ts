import type { LianxingError } from '../errors/lianxing-error.js';
import { toLianxingError } from '../errors/to-lianxing-error.js';

/**
 * Runs `emit` (one event emission) without letting a listener's exception escape, so a result is never lost to
 * a buggy listener: the exception goes to `onListenerError` (which usually emits `error`). When the event is
 * `error` itself, or `onListenerError` throws, the exception is dropped.
 */
export function emitSafely(name: string, emit: () => void, onListenerError: (error: LianxingError) => void): void {
  try {
    emit();
  } catch (listenerError) {
    if (name === 'error') return;
    try {
      onListenerError(toLianxingError(listenerError, `[core] A \`${name}\` listener threw.`));
    } catch {
      // an error listener that throws is ignored
    }
  }
}
