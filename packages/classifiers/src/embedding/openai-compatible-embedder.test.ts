import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AbortedError, ConfigError, ModelApiError, ResponseShapeError } from '@lianxing/core';
import { startOpenAICompatibleServer, type OpenAICompatibleServer } from '../../test/support/openai-compatible-server.js';
import { createOpenAICompatibleEmbedder } from './openai-compatible-embedder.js';

// Vectors that encode their input, so order mistakes show: [length, first char code, 1].
const vectorOf = (text: string): number[] => [text.length, text.charCodeAt(0) || 0, 1];
let server: OpenAICompatibleServer;
const KEY = 'sk-test-0123456789abcdefSECRET';

beforeAll(async () => {
  server = await startOpenAICompatibleServer({ embed: (inputs) => inputs.map(vectorOf), apiKey: KEY });
});
afterAll(() => server.close());
beforeEach(() => void server.requests.splice(0));

const create = (options: Partial<Parameters<typeof createOpenAICompatibleEmbedder>[0]> = {}) =>
  createOpenAICompatibleEmbedder({ baseURL: server.url, model: 'test-embed', apiKey: KEY, ...options });

describe('createOpenAICompatibleEmbedder', () => {
  it('puts vectors back in input order by their index (the server answers in reverse)', async () => {
    const vectors = await create().embed(['a', 'bb', 'ccc']);
    expect(vectors.map((vector) => Array.from(vector))).toEqual([vectorOf('a'), vectorOf('bb'), vectorOf('ccc')]);
    expect(server.requests[0]).toMatchObject({ method: 'POST', path: '/v1/embeddings', body: { model: 'test-embed', input: ['a', 'bb', 'ccc'] } });
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('splits large inputs into requests of batchSize', async () => {
    const texts = Array.from({ length: 150 }, (_, index) => `text ${index}`);
    const vectors = await create({ batchSize: 64 }).embed(texts);
    expect(vectors).toHaveLength(150);
    expect(vectors[149]![0]).toBe('text 149'.length);
    expect(server.requests.map((request) => (request.body as { input: string[] }).input.length)).toEqual([64, 64, 22]);
  });

  it('speaks Azure OpenAI: api-key header and api-version query, no bearer token', async () => {
    await create({ auth: 'api-key', apiVersion: '2024-10-21', dimensions: 3 }).embed(['hola']);
    const [request] = server.requests;
    expect(request!.headers['api-key']).toBe(KEY);
    expect(request!.headers.authorization).toBeUndefined();
    expect(request!.search).toBe('?api-version=2024-10-21');
    expect(request!.body).toMatchObject({ dimensions: 3 });
  });

  it('retries a 429 after the Retry-After it names, then succeeds', async () => {
    server.fail({ kind: 'status', status: 429, retryAfter: '1' });
    const started = Date.now();
    const vectors = await create().embed(['x']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(vectors).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
  });

  it('rides out a burst of 500s within maxRetries, and reports the last one beyond it', async () => {
    server.fail({ kind: 'status', status: 500 }, { kind: 'status', status: 502 });
    await expect(create({ maxRetries: 2 }).embed(['x'])).resolves.toHaveLength(1);
    server.fail({ kind: 'status', status: 500 }, { kind: 'status', status: 500 }, { kind: 'status', status: 503 });
    const error: unknown = await create({ maxRetries: 2 }).embed(['x']).catch((caught: unknown) => caught);
    expect(ModelApiError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 503, isRetryable: true, code: 'api_call_failed' });
  });

  it('fails at once, saying how long to wait, when Retry-After exceeds maxRetryAfterMs', async () => {
    server.fail({ kind: 'status', status: 429, retryAfter: '120' });
    const error: unknown = await create({ maxRetryAfterMs: 1000 }).embed(['x']).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 120_000 });
    expect(server.requests).toHaveLength(1);
  });

  it('times out a slow answer with a retryable ModelApiError', async () => {
    server.fail({ kind: 'delay', ms: 1500 });
    const error: unknown = await create({ timeoutMs: 150, maxRetries: 0 }).embed(['x']).catch((caught: unknown) => caught);
    expect(ModelApiError.isInstance(error)).toBe(true);
    expect((error as ModelApiError).message).toMatch(/did not answer within 150 ms/);
    expect((error as ModelApiError).isRetryable).toBe(true);
  });

  it('rejects malformed answers with ResponseShapeError: not JSON, wrong count, repeated index, wrong length', async () => {
    const cases = [
      '{"data": [',
      JSON.stringify({ data: [{ index: 0, embedding: [1, 2, 3] }] }),
      JSON.stringify({ data: [{ index: 0, embedding: [1, 2, 3] }, { index: 0, embedding: [1, 2, 3] }] }),
      JSON.stringify({ data: [{ index: 0, embedding: [1, 2] }, { index: 1, embedding: [1, 2, 3] }] }),
      JSON.stringify({ data: [{ index: 0, embedding: ['a'] }, { index: 1, embedding: [1] }] }),
      JSON.stringify({ nope: true }),
    ];
    for (const body of cases) {
      server.fail({ kind: 'body', body });
      const error: unknown = await create({ dimensions: 3 }).embed(['a', 'b']).catch((caught: unknown) => caught);
      expect(ResponseShapeError.isInstance(error), body).toBe(true);
    }
  });

  it('reads base64-packed vectors', async () => {
    const packed = Buffer.from(new Float32Array([0.5, -1, 2]).buffer).toString('base64');
    server.fail({ kind: 'body', body: JSON.stringify({ data: [{ index: 0, embedding: packed }] }) });
    const [vector] = await create({ encodingFormat: 'base64' }).embed(['x']);
    expect(Array.from(vector!)).toEqual([0.5, -1, 2]);
    expect(server.requests[0]!.body).toMatchObject({ encoding_format: 'base64' });
  });

  it('never puts the API key in an error, even when the server echoes it', async () => {
    const wrong = 'sk-wrong-key-that-must-not-leak-42';
    const error: unknown = await create({ apiKey: wrong }).embed(['x']).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 401 });
    const seen = [String(error), inspect(error, { depth: 10 }), JSON.stringify(error), (error as Error).message, inspect((error as Error).cause, { depth: 10 })].join('\n');
    expect(seen).not.toContain(wrong);
    expect(seen).not.toContain('must-not-leak');
    expect((error as Error).message).toMatch(/401.*Check the API key/);
  });

  it('reports an unreachable server as a retryable ModelApiError', async () => {
    const closed = await startOpenAICompatibleServer({});
    await closed.close();
    const error: unknown = await createOpenAICompatibleEmbedder({ baseURL: closed.url, model: 'm', maxRetries: 0 }).embed(['x']).catch((caught: unknown) => caught);
    expect(ModelApiError.isInstance(error)).toBe(true);
    expect((error as ModelApiError).message).toMatch(/could not be reached/);
  });

  it('honours an AbortSignal', async () => {
    server.fail({ kind: 'delay', ms: 2000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error: unknown = await create().embed(['x'], { signal: controller.signal }).catch((caught: unknown) => caught);
    expect(AbortedError.isInstance(error) || (error as { code?: string }).code === 'aborted').toBe(true);
  });

  it('validates its options and never sends OPENAI_API_KEY to another host', async () => {
    expect(() => createOpenAICompatibleEmbedder({ baseURL: 'ftp://x', model: 'm' })).toThrow(ConfigError);
    expect(() => createOpenAICompatibleEmbedder({ baseURL: server.url, model: '' })).toThrow(/model/);
    expect(() => create({ batchSize: 0 })).toThrow(ConfigError);
    const previous = process.env['OPENAI_API_KEY'];
    process.env['OPENAI_API_KEY'] = 'sk-env-key-for-openai-only';
    try {
      const keyless = await startOpenAICompatibleServer({ embed: (inputs) => inputs.map(vectorOf) });
      await createOpenAICompatibleEmbedder({ baseURL: keyless.url, model: 'm' }).embed(['x']);
      expect(keyless.requests[0]!.headers.authorization).toBeUndefined();
      await keyless.close();
    } finally {
      if (previous === undefined) delete process.env['OPENAI_API_KEY'];
      else process.env['OPENAI_API_KEY'] = previous;
    }
  });
});
