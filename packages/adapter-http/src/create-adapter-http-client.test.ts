import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AbortedError, AuthError, LianxingError, MarketplaceError, RateLimitError } from '@lianxing/core';
import { type MarketplaceTestServer, type RecordedRequest, rejectionOf, sendJson, startMarketplaceTestServer } from '@lianxing/testkit/adapter';
import { createAdapterHttpClient, type HttpRequestOptions } from './create-adapter-http-client.js';
import type { AdapterHttpClientOptions, RetryEvent } from './adapter-http-client-options.js';
import { createTokenManager } from './token-manager.js';
import { createTokenBucket } from './token-bucket.js';

const okSchema = z.object({ ok: z.boolean() });
const FAST = { baseDelayMs: 1, maxDelayMs: 5, jitter: false } as const;

let server: MarketplaceTestServer;
beforeAll(async () => {
  server = await startMarketplaceTestServer((_request, response) => sendJson(response, 200, { ok: true }));
});
afterAll(() => server.close());
afterEach(() => {
  server.requests.length = 0;
});

function client(overrides: Partial<AdapterHttpClientOptions> = {}) {
  return createAdapterHttpClient({ packageName: 'adapters-test', marketplace: 'acme', baseUrl: server.url, retry: FAST, ...overrides });
}

function get(overrides: Partial<HttpRequestOptions<{ ok: boolean }>> = {}): HttpRequestOptions<{ ok: boolean }> {
  return { method: 'GET', path: '/things', schema: okSchema, ...overrides };
}

/** Answers each request with the next scripted reply; the last one repeats. */
function script(...replies: ((request: RecordedRequest) => [number, unknown, Record<string, string>?])[]) {
  let index = 0;
  server.setHandler((request, response) => {
    const reply = replies[Math.min(index++, replies.length - 1)]!;
    const [status, body, headers] = reply(request);
    sendJson(response, status, body, headers);
  });
}

describe('createAdapterHttpClient', () => {
  it('sends JSON, validates the response and reports the request id', async () => {
    script((request) => [200, { ok: request.body === '{"a":1}' && request.headers['content-type'] === 'application/json' }, { 'x-request-id': 'req-1' }]);
    const result = await client({ headers: { 'x-extra': 'yes' } }).request({ ...get(), method: 'PUT', json: { a: 1 }, query: { page: 2, skip: undefined } });
    expect(result).toMatchObject({ data: { ok: true }, status: 200, requestId: 'req-1' });
    expect(server.requests[0]!.query.toString()).toBe('page=2');
    expect(server.requests[0]!.headers['x-extra']).toBe('yes');
    expect(server.requests[0]!.headers['user-agent']).toMatch(/^lianxing-adapters-test\//);
  });

  it('sends through the `fetch` it is given (e.g. a proxy agent), still over real HTTP', async () => {
    script(() => [200, { ok: true }]);
    const seen: string[] = [];
    const viaProxy: typeof fetch = (input, init) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    };
    await client({ fetch: viaProxy }).request(get());
    expect(seen).toEqual([`${server.url}/things`]);
    expect(server.requests).toHaveLength(1);
  });

  it('rides out a burst of 500s on idempotent calls, with backoff events', async () => {
    script(
      () => [500, { error: 'boom' }],
      () => [502, { error: 'boom' }],
      () => [503, { error: 'boom' }],
      () => [200, { ok: true }],
    );
    const events: RetryEvent[] = [];
    const result = await client({ onRetry: (event) => events.push(event) }).request(get());
    expect(result.data.ok).toBe(true);
    expect(server.requests).toHaveLength(4);
    expect(events.map((event) => [event.attempt, event.reason, event.status])).toEqual([
      [1, 'server_error', 500],
      [2, 'server_error', 502],
      [3, 'server_error', 503],
    ]);
    expect(events.map((event) => event.delayMs)).toEqual([1, 2, 4]);
  });

  it('gives up after the retry limit with a retryable MarketplaceError carrying status and request id', async () => {
    script(() => [500, { message: 'internal' }, { 'x-request-id': 'req-500' }]);
    const error = await rejectionOf(client({ retry: { ...FAST, limit: 2 } }).request(get()));
    expect(server.requests).toHaveLength(3);
    expect(MarketplaceError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 500, requestId: 'req-500', isRetryable: true, marketplace: 'acme', method: 'GET', path: '/things' });
    expect((error as Error).message).toContain('acme said: "internal"');
    expect(((error as Error).cause as Error).name).toBe('HTTPError');
  });

  it('does not retry a POST on a 5xx (it may have been processed)', async () => {
    script(() => [500, {}], () => [200, { ok: true }]);
    const error = await rejectionOf(client().request({ ...get(), method: 'POST', json: { text: 'hi' } }));
    expect(server.requests).toHaveLength(1);
    expect(error).toMatchObject({ status: 500, isRetryable: true });
  });

  it('retries a POST on 429 (it was not processed), waiting what retry-after-ms says', async () => {
    script(() => [429, { message: 'slow down' }, { 'retry-after-ms': '30' }], () => [200, { ok: true }]);
    const events: RetryEvent[] = [];
    const result = await client({ onRetry: (event) => events.push(event) }).request({ ...get(), method: 'POST', json: {} });
    expect(result.data.ok).toBe(true);
    expect(events).toMatchObject([{ reason: 'rate_limited', delayMs: 30, status: 429 }]);
  });

  it('honours Retry-After in seconds', async () => {
    script(() => [429, {}, { 'retry-after': '1' }], () => [200, { ok: true }]);
    const started = performance.now();
    await client().request(get());
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requests).toHaveLength(2);
  });

  it('fails at once with RateLimitError.retryAfterMs when Retry-After exceeds maxRetryAfterMs, and pauses the limiter', async () => {
    script(() => [429, { message: 'quota' }, { 'retry-after': '3600' }]);
    const limiter = createTokenBucket({ ratePerSecond: 1000, burst: 10 });
    const error = await rejectionOf(client({ rateLimit: limiter, retry: { ...FAST, maxRetryAfterMs: 1000 } }).request(get()));
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 3_600_000, isRetryable: true });
    expect(server.requests).toHaveLength(1);
    const controller = new AbortController();
    const waiting = limiter.take(controller.signal);
    expect(limiter.pending).toBe(1);
    controller.abort();
    await expect(waiting).rejects.toBeDefined();
  });

  it('refreshes the token once for concurrent 401s, then retries each call once', async () => {
    let refreshes = 0;
    const tokens = createTokenManager({
      initial: { accessToken: 'stale-token-1' },
      refresh: async () => {
        refreshes++;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { accessToken: 'fresh-token-2', expiresAt: Date.now() + 3_600_000 };
      },
    });
    server.setHandler((request, response) => {
      if (request.headers.authorization !== 'Bearer fresh-token-2') sendJson(response, 401, { error: 'invalid_token' });
      else sendJson(response, 200, { ok: true });
    });
    const http = client({ auth: { tokens, apply: (headers, token) => headers.set('authorization', `Bearer ${token}`) } });
    const results = await Promise.all(Array.from({ length: 5 }, () => http.request(get())));
    expect(results.every((result) => result.data.ok)).toBe(true);
    expect(refreshes).toBe(1);
    expect(server.requests).toHaveLength(10);
  });

  it('throws AuthError when the 401 persists after one refresh', async () => {
    let refreshes = 0;
    const tokens = createTokenManager({ initial: { accessToken: 'token-aaaa' }, refresh: async () => ({ accessToken: `token-${++refreshes}-bbbb` }) });
    script(() => [401, { message: 'revoked' }]);
    const error = await rejectionOf(client({ auth: { tokens, apply: (headers, token) => headers.set('x-token', token) } }).request(get()));
    expect(AuthError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'auth_failed', status: 401, isRetryable: false });
    expect((error as Error).message).toContain('even after a token refresh');
    expect(refreshes).toBe(1);
    expect(server.requests).toHaveLength(2);
  });

  it('refreshes before expiry, without a 401', async () => {
    let now = 1_000_000;
    let refreshes = 0;
    const tokens = createTokenManager({
      now: () => now,
      initial: { accessToken: 'first-token', expiresAt: now + 120_000 },
      refresh: async () => ({ accessToken: `token-${++refreshes}`, expiresAt: now + 3_600_000 }),
    });
    script(() => [200, { ok: true }]);
    const http = client({ auth: { tokens, apply: (headers, token) => headers.set('x-token', token) } });
    await http.request(get());
    now += 61_000; // inside the 60 s margin
    await http.request(get());
    expect(server.requests.map((request) => request.headers['x-token'])).toEqual(['first-token', 'token-1']);
  });

  it('reads envelope verdicts: a 200 with a rate-limit code is retried, a business error is not', async () => {
    script(() => [200, { code: 42, message: 'too frequent' }], () => [200, { code: 0, ok: true }]);
    const interpret = ({ body }: { body: unknown }) => {
      const code = (body as { code?: number }).code;
      if (code === 42) return { outcome: 'rate_limited' as const, marketplaceCode: '42', message: 'too frequent' };
      if (code === 7) return { outcome: 'failed' as const, marketplaceCode: '7', message: 'bad order id 1234567890 for buyer@example.com' };
      return undefined;
    };
    expect((await client({ interpret }).request(get())).data.ok).toBe(true);
    script(() => [200, { code: 7 }]);
    const error = await rejectionOf(client({ interpret }).request(get()));
    expect(error).toMatchObject({ status: 200, marketplaceCode: '7', isRetryable: false });
    expect((error as Error).message).not.toContain('buyer@example.com');
    expect((error as Error).message).not.toContain('1234567890');
  });

  it('turns malformed JSON and wrong shapes into response_invalid errors', async () => {
    server.setHandler((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'req-bad' });
      response.end('{"ok": tru');
    });
    const malformed = await rejectionOf(client().request(get()));
    expect(malformed).toMatchObject({ code: 'response_invalid', requestId: 'req-bad', status: 200 });
    expect((malformed as Error).message).toContain('not valid JSON');
    script(() => [200, { ok: 'yes' }]);
    const wrong = await rejectionOf(client().request(get()));
    expect(wrong).toMatchObject({ code: 'response_invalid' });
    expect((wrong as Error).message).toContain('`ok`');
  });

  it('times out slow attempts and retries idempotent calls', async () => {
    let calls = 0;
    server.setHandler((_request, response) => {
      if (++calls === 1) setTimeout(() => sendJson(response, 200, { ok: true }), 300);
      else sendJson(response, 200, { ok: true });
    });
    const result = await client({ timeoutMs: 50 }).request(get());
    expect(result.data.ok).toBe(true);
    expect(calls).toBe(2);
    server.setHandler((_request, response) => void setTimeout(() => sendJson(response, 200, { ok: true }), 300));
    const error = await rejectionOf(client({ timeoutMs: 50, retry: { ...FAST, limit: 0 } }).request(get()));
    expect(error).toMatchObject({ code: 'api_call_failed', isRetryable: true });
    expect((error as Error).message).toContain('timed out');
  });

  it('times out a body that stalls after the headers, and retries', async () => {
    let calls = 0;
    server.setHandler((_request, response) => {
      if (++calls === 1) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{"ok":');
        setTimeout(() => response.end('true}'), 400);
      } else sendJson(response, 200, { ok: true });
    });
    expect((await client({ timeoutMs: 60 }).request(get())).data.ok).toBe(true);
    expect(calls).toBe(2);
    server.setHandler((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"ok":');
      setTimeout(() => response.end('true}'), 400);
    });
    const error = await rejectionOf(client({ timeoutMs: 60, retry: { ...FAST, limit: 0 } }).request(get()));
    expect(error).toMatchObject({ code: 'api_call_failed', isRetryable: true, status: 200 });
    expect((error as Error).message).toContain('reading the response body');
  });

  it('reports an unreachable host as a retryable MarketplaceError, never a raw error', async () => {
    const closed = await startMarketplaceTestServer(() => undefined);
    const url = closed.url;
    await closed.close();
    const events: RetryEvent[] = [];
    const error = await rejectionOf(
      createAdapterHttpClient({ packageName: 'adapters-test', marketplace: 'acme', baseUrl: url, retry: { ...FAST, limit: 2 }, onRetry: (event) => events.push(event) }).request({
        ...get(),
        method: 'POST',
        json: {},
      }),
    );
    expect(LianxingError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'api_call_failed', isRetryable: true });
    // Connection refused: the POST never arrived, so it is retried.
    expect(events.map((event) => event.reason)).toEqual(['network', 'network']);
  });

  it('honours an AbortSignal while waiting for a retry', async () => {
    script(() => [503, {}, { 'retry-after': '30' }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const error = await rejectionOf(client().request({ ...get(), signal: controller.signal }));
    expect(AbortedError.isInstance(error) || (error as LianxingError).code === 'aborted').toBe(true);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('rejects at once when the signal is already aborted, sending nothing', async () => {
    const error = await rejectionOf(client().request({ ...get(), signal: AbortSignal.abort() }));
    expect(error).toMatchObject({ code: 'aborted' });
    expect(server.requests).toHaveLength(0);
  });

  it('spaces calls by its token bucket and follows a rate-limit plan header', async () => {
    script(() => [200, { ok: true }, { 'x-plan-rate': '40' }]);
    const limiter = createTokenBucket({ ratePerSecond: 20, burst: 1 });
    const http = client({ rateLimit: limiter, rateLimitHeader: 'x-plan-rate' });
    const started = performance.now();
    await Promise.all([http.request(get()), http.request(get()), http.request(get())]);
    // 1 immediately, then 2 more at 20/s or (once the header is read) 40/s: at least 2 × 25 ms.
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expect(limiter.ratePerSecond).toBe(40);
  });

  it('signs every attempt anew over the exact body bytes', async () => {
    script(() => [500, {}], () => [200, { ok: true }]);
    let attempt = 0;
    await client({
      sign: ({ url, body, headers }) => {
        url.searchParams.set('sig', `${++attempt}:${body}`);
        headers.set('x-signed', 'yes');
      },
    }).request({ ...get(), method: 'PUT', json: { z: 1, a: [2] } });
    expect(server.requests.map((request) => request.query.get('sig'))).toEqual(['1:{"z":1,"a":[2]}', '2:{"z":1,"a":[2]}']);
    expect(server.requests.map((request) => request.body)).toEqual(['{"z":1,"a":[2]}', '{"z":1,"a":[2]}']);
  });

  it('never lets a secret reach an error: message, stack, cause chain, inspect output or JSON', async () => {
    const appSecret = 'app-secret-5f2b9c7d1e';
    const refreshToken = 'refresh-token-8a7b6c5d4e';
    const accessToken = 'access-token-1a2b3c4d5e';
    server.setHandler((request, response) => {
      if (request.path === '/token') sendJson(response, 500, { message: `could not refresh ${refreshToken} for ${appSecret}` });
      else sendJson(response, 401, { message: `token ${accessToken} expired` });
    });
    const tokenClient = client({ secrets: () => [appSecret, refreshToken], retry: { ...FAST, limit: 1 } });
    const tokens = createTokenManager({
      initial: { accessToken },
      refresh: async () => {
        const { data } = await tokenClient.request({
          method: 'GET',
          path: '/token',
          query: { app_secret: appSecret, refresh_token: refreshToken },
          schema: z.object({ access_token: z.string() }),
          authenticate: false,
        });
        return { accessToken: data.access_token };
      },
    });
    const http = client({ auth: { tokens, apply: (headers, token) => headers.set('x-access-token', token) }, secrets: () => [appSecret, refreshToken] });
    const error = await rejectionOf(http.request(get()));
    expect(LianxingError.isInstance(error)).toBe(true);
    const views: string[] = [JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })];
    for (let current: unknown = error; current instanceof Error; current = current.cause) {
      views.push(current.message, current.stack ?? '', JSON.stringify(current), inspect(current, { depth: 10 }));
    }
    for (const secret of [appSecret, refreshToken, accessToken, encodeURIComponent(appSecret)]) {
      for (const view of views) expect(view).not.toContain(secret);
    }
    // The ky error is still there as the cause, scrubbed.
    const chain: string[] = [];
    for (let current: unknown = error; current instanceof Error; current = current.cause) chain.push(current.name);
    expect(chain).toContain('HTTPError');
  });

  it('rejects bad options with a ConfigError naming them', () => {
    expect(() => createAdapterHttpClient({ packageName: 'adapters-test', marketplace: 'acme', baseUrl: 'ftp://x', timeoutMs: -1 })).toThrow(/baseUrl.*timeoutMs|timeoutMs.*baseUrl/s);
  });
});
