import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotificationError, messageSchema } from '@lianxing/core';
import { createMercadoLibreAdapter } from './mercadolibre-adapter.js';
import { buildPacks, FIXTURE_PACK_ID, SELLER_ID, startMercadoLibreProtocolServer, type MercadoLibreProtocolServer } from './test-support/mercadolibre-protocol-server.js';

const recorded = readFileSync(new URL('./__fixtures__/mercadolibre-notification-messages.json', import.meta.url), 'utf8');
const notification = (patch: Record<string, unknown> = {}) => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...(JSON.parse(recorded) as object), ...patch }) });

let server: MercadoLibreProtocolServer;
beforeEach(async () => {
  server = await startMercadoLibreProtocolServer({ packs: buildPacks(1, 2, new Date()) });
});
afterEach(() => server.close());

const adapter = (mode: 'local' | 'global' = 'local') =>
  createMercadoLibreAdapter({ clientId: server.clientId, clientSecret: server.clientSecret, sellerId: SELLER_ID, accessToken: server.accessToken, baseUrl: server.url, mode, rateLimit: false, retry: { baseDelayMs: 1, maxDelayMs: 2 } });

describe('Mercado Libre notifications', () => {
  it('verifies a `messages` notification by fetching the message it names (bare id), then parses it', async () => {
    const parsed = await adapter().parseNotification(notification());
    const fetch = server.apiRequests()[0]!;
    expect([fetch.path, fetch.query.get('tag'), fetch.query.get('mark_as_read')]).toEqual(['/messages/3a9f1c2e7b4d4e5f8a6b0c1d2e3f4a5b', 'post_sale', 'false']);
    expect(parsed).toMatchObject({ kind: 'message', notificationId: '65e2f1a9c3b8d4001f2a7b10', conversationId: FIXTURE_PACK_ID, messageId: '3a9f1c2e7b4d4e5f8a6b0c1d2e3f4a5b' });
    expect(parsed.messages).toHaveLength(1);
    expect(messageSchema.safeParse(parsed.messages[0]).success).toBe(true);
    expect(parsed.messages[0]!.text).toContain('ainda não chegou');
  });

  it('accepts the resource as a path too, and the Global Selling topic', async () => {
    const ml = adapter();
    expect((await ml.parseNotification(notification({ _id: 'n-path', resource: '/messages/3a9f1c2e7b4d4e5f8a6b0c1d2e3f4a5b' }))).messages).toHaveLength(1);
    const gs = await ml.parseNotification(notification({ _id: 'n-gs', topic: 'marketplace_messages', resource: '/marketplace/messages/3a9f1c2e7b4d4e5f8a6b0c1d2e3f4a5b' }));
    expect(gs.messages).toHaveLength(1);
    expect(server.apiRequests().at(-1)!.path).toBe('/marketplace/messages/3a9f1c2e7b4d4e5f8a6b0c1d2e3f4a5b');
  });

  it('rejects forged notifications: unknown message, other app, other user', async () => {
    const ml = adapter();
    for (const patch of [{ resource: 'ffffffffffffffffffffffffffffffff' }, { application_id: 42 }, { user_id: 1234 }, { resource: '../../oauth/token' }]) {
      await expect(ml.parseNotification(notification({ _id: `forged-${JSON.stringify(patch)}`, ...patch }))).rejects.toSatisfy(
        (error) => NotificationError.isInstance(error) && error.reason === 'unverified',
      );
    }
    expect(server.apiRequests().every((request) => request.path.startsWith('/messages/'))).toBe(true);
  });

  it('answers a redelivery (same _id) as a duplicate', async () => {
    const ml = adapter();
    await ml.parseNotification(notification());
    expect(await ml.parseNotification(notification({ attempts: 2 }))).toMatchObject({ duplicate: true, messages: [] });
  });

  it('passes other topics through without fetching', async () => {
    expect(await adapter().parseNotification(notification({ topic: 'orders_v2', resource: '/orders/123' }))).toMatchObject({ kind: 'other', messages: [] });
    expect(server.apiRequests()).toHaveLength(0);
  });

  it('acknowledges synchronously, before any request, and does the work after', async () => {
    server.messageDelayMs = 300;
    const receipt = adapter().receiveNotification(notification());
    // The ack exists before the verification fetch has even been sent: it does not wait on Mercado Libre.
    expect(receipt.ack).toEqual({ status: 200 });
    expect(server.apiRequests()).toHaveLength(0);
    const parsed = await receipt.result;
    expect(parsed.messages).toHaveLength(1);
  });

  it('answers 400 to a body that is not a notification, and rejects its result with a typed error', async () => {
    const receipt = adapter().receiveNotification({ headers: {}, body: '{"hello":' });
    expect(receipt.ack.status).toBe(400);
    await expect(receipt.result).rejects.toMatchObject({ code: 'notification_invalid', reason: 'malformed' });
    // Ignoring a rejected result must not crash the process.
    adapter().receiveNotification({ headers: {}, body: 'nope' });
    await new Promise((resolve) => setTimeout(resolve, 10));
  });

  it('surfaces a failed verification fetch as a typed, retryable error', async () => {
    server.faults.push(...Array.from({ length: 5 }, () => ({ status: 503, body: { message: 'down', error: 'unavailable', status: 503, cause: [] } })));
    await expect(adapter().parseNotification(notification())).rejects.toMatchObject({ code: 'api_call_failed', isRetryable: true });
  });
});
