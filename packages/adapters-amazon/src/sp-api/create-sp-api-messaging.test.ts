import { readFile } from 'node:fs/promises';
import { startMarketplaceTestServer, sendJson, type MarketplaceTestServer, type RecordedRequest } from '@lianxing/testkit/adapter';
import { afterEach, describe, expect, it } from 'vitest';
import { createAmazonAdapter } from '../amazon-adapter.js';
import type { ServerResponse } from 'node:http';

const ORDER = '114-3941689-8772232';
const actionsFixture = JSON.parse(await readFile(new URL('../__fixtures__/amazon-get-messaging-actions-for-order.json', import.meta.url), 'utf8')) as unknown;
const attributesFixture = JSON.parse(await readFile(new URL('../__fixtures__/amazon-get-attributes.json', import.meta.url), 'utf8')) as unknown;
const invalidInput = JSON.parse(await readFile(new URL('../__fixtures__/amazon-error-invalid-input.json', import.meta.url), 'utf8')) as unknown;

const credentials = { clientId: 'amzn1.application-oa2-client.test', clientSecret: 'test-client-secret-value', refreshToken: 'Atzr|test-refresh-token-value' };
let server: MarketplaceTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A local SP-API + LWA server: valid tokens are listed in `valid`; `messaging` answers the messaging calls. */
async function startSpApi(messaging: (request: RecordedRequest, response: ServerResponse) => void) {
  const state = { issued: 0, valid: new Set<string>() };
  server = await startMarketplaceTestServer((request, response) => {
    if (request.path === '/auth/o2/token') {
      const form = new URLSearchParams(request.body);
      if (form.get('grant_type') !== 'refresh_token' || form.get('refresh_token') !== credentials.refreshToken || form.get('client_secret') !== credentials.clientSecret) {
        return sendJson(response, 400, { error: 'invalid_grant', error_description: 'The request has an invalid grant parameter' });
      }
      state.issued++;
      const token = `Atza|access-${state.issued}`;
      state.valid.add(token);
      return sendJson(response, 200, { access_token: token, token_type: 'bearer', expires_in: 3600, refresh_token: credentials.refreshToken });
    }
    if (!state.valid.has(String(request.headers['x-amz-access-token']))) {
      return sendJson(response, 403, { errors: [{ code: 'Unauthorized', message: 'Access to requested resource is denied.', details: 'The access token you provided has expired.' }] }, { 'x-amzn-RequestId': 'req-denied' });
    }
    if (request.query.get('marketplaceIds') !== 'ATVPDKIKX0DER') return sendJson(response, 400, invalidInput);
    messaging(request, response);
  });
  const amazon = createAmazonAdapter({ spApi: { marketplaceId: 'ATVPDKIKX0DER', endpoint: server.url, tokenEndpoint: `${server.url}/auth/o2/token`, credentials, rateLimit: { ratePerSecond: 1000, burst: 1000 } } });
  return { amazon, messaging: amazon.messaging!, state, server };
}

const hal = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void =>
  sendJson(response, status, body, { 'content-type': 'application/hal+json', 'x-amzn-RequestId': `req-${Math.random().toString(36).slice(2, 8)}`, 'x-amzn-RateLimit-Limit': '1.0', ...headers });

function happyMessaging(request: RecordedRequest, response: ServerResponse): void {
  if (request.method === 'GET' && request.path === `/messaging/v1/orders/${ORDER}`) return hal(response, 200, actionsFixture);
  if (request.method === 'GET' && request.path === `/messaging/v1/orders/${ORDER}/attributes`) return hal(response, 200, attributesFixture);
  if (request.method === 'POST' && request.path.startsWith(`/messaging/v1/orders/${ORDER}/messages/`)) return hal(response, 201, {}, { 'x-amzn-RequestId': 'req-created-1' });
  hal(response, 404, { errors: [{ code: 'NotFound', message: 'Not found' }] });
}

describe('SP-API Messaging', () => {
  it('gets an LWA token from the refresh token and sends it as x-amz-access-token; reads actions and the buyer locale', async () => {
    const { messaging, server: api } = await startSpApi(happyMessaging);
    expect(await messaging.getActions(ORDER)).toEqual(['confirmDeliveryDetails', 'unexpectedProblem', 'attributes']);
    expect(await messaging.getBuyerLocale(ORDER)).toBe('es-MX');
    const [token, actions] = api.requests;
    expect(token!.method).toBe('POST');
    expect(token!.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(new URLSearchParams(token!.body))).toEqual({ grant_type: 'refresh_token', refresh_token: credentials.refreshToken, client_id: credentials.clientId, client_secret: credentials.clientSecret });
    expect(actions!.headers['x-amz-access-token']).toBe('Atza|access-1');
    expect(actions!.query.get('marketplaceIds')).toBe('ATVPDKIKX0DER');
    expect(api.requests.filter((request) => request.path === '/auth/o2/token')).toHaveLength(1);
  });

  it('asks getMessagingActionsForOrder first, posts the action once per idempotency key', async () => {
    const { messaging, server: api } = await startSpApi(happyMessaging);
    const body = { text: 'Su pedido llegará el viernes.' };
    const sent = await messaging.send(ORDER, 'confirmDeliveryDetails', body, { idempotencyKey: 'k1' });
    expect(sent).toMatchObject({ messageId: 'req-created-1', deduplicated: false });
    expect(await messaging.send(ORDER, 'confirmDeliveryDetails', body, { idempotencyKey: 'k1' })).toMatchObject({ deduplicated: true, messageId: 'req-created-1' });
    const calls = api.requests.filter((request) => request.path !== '/auth/o2/token').map((request) => `${request.method} ${request.path}`);
    expect(calls).toEqual([`GET /messaging/v1/orders/${ORDER}`, `POST /messaging/v1/orders/${ORDER}/messages/confirmDeliveryDetails`]);
    expect(JSON.parse(api.requests.at(-1)!.body)).toEqual(body);
  });

  it('refuses an action the order does not offer, and bodies over the limits, before posting anything', async () => {
    const { messaging, server: api } = await startSpApi(happyMessaging);
    await expect(messaging.send(ORDER, 'confirmOrderDetails', { text: 'ok' }, { idempotencyKey: 'k2' })).rejects.toMatchObject({ name: 'ValidationError', field: 'action' });
    const checks: [Parameters<typeof messaging.send>[1], Parameters<typeof messaging.send>[2], string, number?][] = [
      ['confirmDeliveryDetails', { text: 'x'.repeat(2001) }, 'text', 2000],
      ['confirmCustomizationDetails', { text: 'x'.repeat(801) }, 'text', 800],
      ['digitalAccessKey', { text: 'x'.repeat(401) }, 'text', 400],
      ['unexpectedProblem', { text: '' }, 'text', 1],
      ['unexpectedProblem', {}, 'text'],
      ['unexpectedProblem', { text: 'Write to me at buyer-help@shop.example' }, 'text'],
      ['unexpectedProblem', { text: 'See <a href="https://x.example">here</a>' }, 'text'],
      ['invoice', {}, 'attachments', 1],
      ['invoice', { attachments: Array.from({ length: 6 }, (_, index) => ({ uploadDestinationId: `u${index}`, fileName: 'f.pdf' })) }, 'attachments', 5],
      ['confirmDeliveryDetails', { text: 'ok', attachments: [{ uploadDestinationId: 'u', fileName: 'f.pdf' }] }, 'attachments'],
    ];
    for (const [action, body, field, limit] of checks) {
      await expect(messaging.send(ORDER, action, body, { idempotencyKey: `bad-${action}-${field}-${String(limit)}` }), `${action} ${field}`).rejects.toMatchObject({ name: 'ValidationError', field, ...(limit === undefined ? {} : { limit }) });
    }
    await expect(messaging.send('not-an-order', 'unexpectedProblem', { text: 'x' }, { idempotencyKey: 'k3' })).rejects.toMatchObject({ field: 'orderId' });
    expect(api.requests.filter((request) => request.method === 'POST' && request.path.includes('/messages/'))).toEqual([]);
  });

  it('refreshes once on an expired token (403 Unauthorized), shared by concurrent calls, then retries', async () => {
    const { messaging, state, server: api } = await startSpApi(happyMessaging);
    await messaging.getActions(ORDER);
    state.valid.clear(); // Amazon expired the token early.
    const locales = await Promise.all([messaging.getBuyerLocale(ORDER), messaging.getBuyerLocale(ORDER), messaging.getActions(ORDER)]);
    expect(locales.slice(0, 2)).toEqual(['es-MX', 'es-MX']);
    expect(state.issued).toBe(2);
    expect(api.requests.filter((request) => request.path === '/auth/o2/token')).toHaveLength(2);
  });

  it('retries a 401 after a refresh, and reports refused credentials as AuthError without the secrets', async () => {
    let first = true;
    const { messaging } = await startSpApi((request, response) => {
      if (first) {
        first = false;
        return hal(response, 401, { errors: [{ code: 'Unauthorized', message: 'Access to requested resource is denied.' }] });
      }
      happyMessaging(request, response);
    });
    expect(await messaging.getActions(ORDER)).toContain('confirmDeliveryDetails');

    const wrong = createAmazonAdapter({ spApi: { marketplaceId: 'ATVPDKIKX0DER', endpoint: server!.url, tokenEndpoint: `${server!.url}/auth/o2/token`, credentials: { ...credentials, refreshToken: 'Atzr|revoked-token-value' } } });
    const error = await wrong.messaging!.getActions(ORDER).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ name: 'AuthError', code: 'auth_failed' });
    const text = `${String((error as Error).message)} ${JSON.stringify(error)}`;
    expect(text).not.toContain('revoked-token-value');
    expect(text).not.toContain(credentials.clientSecret);
  });

  it('waits out a 429 with Retry-After and retries; malformed JSON is a typed error', async () => {
    let calls = 0;
    const { messaging } = await startSpApi((request, response) => {
      calls++;
      if (calls === 1) return hal(response, 429, { errors: [{ code: 'QuotaExceeded', message: 'You exceeded your quota for the requested resource.' }] }, { 'retry-after': '1' });
      if (request.path.endsWith('/attributes')) {
        response.writeHead(200, { 'content-type': 'application/hal+json', 'x-amzn-RequestId': 'req-broken' });
        return void response.end('{"buyer": {"locale": "en-US"');
      }
      happyMessaging(request, response);
    });
    const started = Date.now();
    expect(await messaging.getActions(ORDER)).toContain('unexpectedProblem');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(calls).toBe(2);
    await expect(messaging.getBuyerLocale(ORDER)).rejects.toMatchObject({ code: 'response_invalid' });
  });

  it('surfaces an InvalidInput answer as a MarketplaceError with the request id, posting once', async () => {
    const { messaging, server: api } = await startSpApi((request, response) => {
      if (request.method === 'POST') return hal(response, 400, invalidInput, { 'x-amzn-RequestId': 'req-invalid' });
      happyMessaging(request, response);
    });
    const error = await messaging.send(ORDER, 'unexpectedProblem', { text: 'Sorry for the delay.' }, { idempotencyKey: 'k4' }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ name: 'MarketplaceError', status: 400, requestId: 'req-invalid', marketplaceCode: 'InvalidInput' });
    expect(api.requests.filter((request) => request.method === 'POST' && request.path.includes('/messages/'))).toHaveLength(1);
  });

  it('keeps to the documented usage plan by default: a burst of 5, then 1 request per second', async () => {
    await startSpApi(happyMessaging);
    const amazon = createAmazonAdapter({ spApi: { marketplaceId: 'ATVPDKIKX0DER', endpoint: server!.url, tokenEndpoint: `${server!.url}/auth/o2/token`, credentials } });
    const started = Date.now();
    await Promise.all(Array.from({ length: 5 }, () => amazon.messaging!.getActions(ORDER)));
    const burst = Date.now() - started;
    await amazon.messaging!.getActions(ORDER);
    expect(burst).toBeLessThan(900);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('needs the marketplace id and the three LWA credentials (options first, then environment)', () => {
    expect(() => createAmazonAdapter({ spApi: { marketplaceId: 'ATVPDKIKX0DER', credentials: { clientId: 'a', clientSecret: 'b' } } })).toThrow(/spApi\.credentials\.refreshToken.*LWA_REFRESH_TOKEN/);
    expect(() => createAmazonAdapter({ spApi: { marketplaceId: '', credentials } })).toThrow(/marketplaceId/);
  });
});
