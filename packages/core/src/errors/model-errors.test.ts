import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { LianxingError, MissingDependencyError, ModelApiError, ResponseShapeError } from './index.js';

describe('model API errors', () => {
  it('ModelApiError carries the endpoint, status and retry hints under a stable code', () => {
    const error = new ModelApiError('[classifiers] rate limited', { url: 'http://127.0.0.1:1/v1/embeddings', status: 429, isRetryable: true, retryAfterMs: 2000 });
    expect(error.code).toBe('api_call_failed');
    expect(ModelApiError.isInstance(error)).toBe(true);
    expect(LianxingError.isInstance(error)).toBe(true);
    expect(ResponseShapeError.isInstance(error)).toBe(false);
    expect(error).toMatchObject({ status: 429, isRetryable: true, retryAfterMs: 2000 });
  });

  it('ResponseShapeError lists issues and keeps a truncated, redacted body', () => {
    const body = `{"text":"write to buyer@example.com or +1 415 555 0100"}${'x'.repeat(2000)}`;
    const error = new ResponseShapeError('[classifiers] [remote-llm] chat completions', [{ path: 'results.0.intent', message: 'not an intent of the taxonomy' }], { body });
    expect(error.code).toBe('response_invalid');
    expect(error.message).toContain('results.0.intent');
    expect(error.body!.length).toBeLessThan(600);
    expect(error.body).not.toContain('buyer@example.com');
    expect(error.body).not.toContain('555 0100');
    expect(ResponseShapeError.isInstance(error)).toBe(true);
    expect(ModelApiError.isInstance(error)).toBe(false);
  });

  it('MissingDependencyError names the package to install', () => {
    const error = new MissingDependencyError('@huggingface/transformers', '[classifiers] install it');
    expect(error.code).toBe('config_invalid');
    expect(MissingDependencyError.isInstance(error)).toBe(true);
    expect(inspect(error)).toContain('@huggingface/transformers');
  });
});
