import { describe, expect, it } from 'vitest';
import { ClassifierError, ConfigError, InputError, LianxingError, toLianxingError } from './index.js';

describe('errors', () => {
  it('are recognised by a cross-realm marker, not by instanceof', () => {
    const error = new InputError('[core] no text', { field: 'text' });
    expect(LianxingError.isInstance(error)).toBe(true);
    expect(LianxingError.isInstance({ ...error })).toBe(false);
    expect(LianxingError.isInstance(new Error('x'))).toBe(false);
    expect(LianxingError.isInstance(null)).toBe(false);
    const lookalike = Object.assign(new Error('x'), { [Symbol.for('lianxing.error')]: true });
    expect(LianxingError.isInstance(lookalike)).toBe(true);
  });

  it('carry a stable code, keep the cause and serialize without it', () => {
    const cause = new Error('socket hang up');
    const error = new ClassifierError('llm', '[classifiers] failed', { cause, isRetryable: true });
    expect(error.code).toBe('classifier_failed');
    expect(error.cause).toBe(cause);
    expect(error.toJSON()).toEqual({ name: 'ClassifierError', code: 'classifier_failed', message: '[classifiers] failed', isRetryable: true });
  });

  it('normalizes anything thrown', () => {
    const config = new ConfigError('bad');
    expect(toLianxingError(config)).toBe(config);
    expect(toLianxingError('boom')).toMatchObject({ code: 'internal', message: '[core] Unexpected failure. boom' });
    const abort = Object.assign(new Error('stop'), { name: 'AbortError' });
    expect(toLianxingError(abort).code).toBe('aborted');
  });
});
