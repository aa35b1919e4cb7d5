import { collectFetched } from '@lianxing/testkit/adapter';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuthError, NotificationError, RateLimitError, messageSchema } from '@lianxing/core';
import { createShopeeAdapter } from './shopee-adapter.js';
import type { ShopeeAdapterOptions } from './shopee-adapter-options.js';
import { signShopeePush } from './sign-shopee-request.js';
import { buildConversations, FIXTURE_CONVERSATION_ID, startShopeeProtocolServer, type ShopeeProtocolServer } from './test-support/shopee-protocol-server.js';
import { readFileSync } from 'node:fs';

const CALLBACK = 'https://seller.example/shopee/push';
const push = readFileSync(new URL('./__fixtures__/shopee-webhook-chat-message.json', import.meta.url), 'utf8');

let server: ShopeeProtocolServer;
beforeEach(async () => {
  server = await startShopeeProtocolServer({ conversations: buildConversations(24, 23, Math.floor(Date.now() / 1000) - 90_000) });
});
afterEach(() => server.close());

const adapter = (overrides: Partial<ShopeeAdapterOptions> = {}) =>
  createShopeeAdapter({
    partnerId: server.partnerId,
    partnerKey: server.partnerKey,
    shopId: server.shopId,
    accessToken: server.accessToken,
    callbackUrl: CALLBACK,
    baseUrl: server.url,
    retry: { baseDelayMs: 1, maxDelayMs: 4, jitter: false },
    rateLimit: { ratePerSecond: 10_000, burst: 10_000 },
    initialLookbackMs: 5 * 365 * 86_400_000,
    ...overrides,
  });

const freshPush = (patch: Record<string, unknown> = {}) => {
  const body = JSON.stringify({ ...(JSON.parse(push) as object), timestamp: Math.floor(Date.now() / 1000), ...patch });
  return { headers: { authorization: signShopeePush(server.partnerKey, CALLBACK, body) }, body };
};

describe('Shopee adapter (example)', () => {
  it('fetches every buyer message over paged conversations and messages, oldest first, and resumes', async () => {
    const shopee = adapter();
    const all = await collectFetched(shopee.fetchMessages());
    // 24 × 23 generated buyer messages, plus the recorded buyer text and item card (the shop's greeting is outbound).
    expect(all).toHaveLength(24 * 23 + 2);
    for (const { message } of all) expect(messageSchema.safeParse(message).success).toBe(true);
    const times = all.map(({ message }) => message.createdAt);
    expect([...times].sort()).toEqual(times);
    const rest = await collectFetched(shopee.fetchMessages({ since: all[99]!.cursor }));
    expect(rest.map(({ message }) => message.id)).toEqual(all.slice(100).map(({ message }) => message.id));
    const recorded = all.find(({ message }) => message.id === '2302748948493129999')!.message;
    expect(recorded).toMatchObject({ text: 'Is this available in size L?', direction: 'inbound', sender: { role: 'buyer', id: '165105353' }, flags: [] });
    expect(all.find(({ message }) => message.id === '2302748948493129990')!.message.flags).toEqual(['card']);
  });

  it('signs each request with partner_id + path + timestamp + access_token + shop_id (the server checks)', async () => {
    await collectFetched(adapter().fetchMessages());
    expect(server.requests.every((request) => /^[0-9a-f]{64}$/.test(request.query.get('sign') ?? ''))).toBe(true);
    await expect(collectFetched(adapter({ partnerKey: 'wrong-key-123456' }).fetchMessages())).rejects.toSatisfy(
      (error) => AuthError.isInstance(error) && error.marketplaceCode === 'error_sign',
    );
  });

  it('refreshes a refused token through refreshAccessToken, once for concurrent calls', async () => {
    let refreshes = 0;
    const shopee = adapter({
      accessToken: 'expired-token',
      refreshAccessToken: async () => {
        refreshes++;
        return { accessToken: server.accessToken, expiresAt: Date.now() + 4 * 3_600_000 };
      },
    });
    await Promise.all([shopee.markRead(FIXTURE_CONVERSATION_ID), shopee.markRead(FIXTURE_CONVERSATION_ID)]);
    expect(refreshes).toBe(1);
    expect(server.reads).toHaveLength(2);
  });

  it('rides out 429 and 500 bursts; reports malformed JSON', async () => {
    server.faults.push(
      { status: 429, body: { error: 'error_too_many_request', message: 'slow down' }, headers: { 'retry-after-ms': '5' } },
      { status: 500, body: { error: 'error_server', message: 'busy' } },
      { status: 502, body: 'bad gateway' },
    );
    await adapter().markRead(FIXTURE_CONVERSATION_ID);
    server.faults.push(...Array.from({ length: 5 }, () => ({ status: 429, body: { error: 'error_too_many_request', message: 'slow down' } })));
    expect(RateLimitError.isInstance(await adapter().markRead(FIXTURE_CONVERSATION_ID).catch((error: unknown) => error))).toBe(true);
    server.faults.length = 0;
    server.faults.push({ status: 200, body: '{"response": {' });
    await expect(adapter().markRead(FIXTURE_CONVERSATION_ID)).rejects.toMatchObject({ code: 'response_invalid' });
  });

  it('sends to the conversation’s buyer once per key, reconciling a 500 that hid a success', async () => {
    const shopee = adapter();
    server.faults.push({ match: (request) => request.path.endsWith('/send_message'), status: 500, body: { error: 'error_server' }, afterEffect: true });
    const reply = { conversationId: FIXTURE_CONVERSATION_ID, text: 'Yes, size L is in stock.', idempotencyKey: 'k1' };
    await expect(shopee.sendReply(reply)).rejects.toMatchObject({ isRetryable: true });
    expect(await shopee.sendReply(reply)).toMatchObject({ deduplicated: true });
    expect(server.shopMessages().filter((message) => message.content.text === reply.text)).toHaveLength(1);
    const post = server.requests.find((request) => request.path.endsWith('/send_message'))!;
    expect(JSON.parse(post.body)).toEqual({ to_id: 165105353, message_type: 'text', content: { text: reply.text } });
  });

  it('verifies chat pushes: genuine, duplicate, forged, stale', async () => {
    const shopee = adapter();
    const genuine = freshPush();
    const parsed = await shopee.parseNotification(genuine);
    expect(parsed).toMatchObject({ kind: 'message', conversationId: FIXTURE_CONVERSATION_ID, notificationId: 'message:2302748948493129999' });
    expect(parsed.messages[0]).toMatchObject({ text: 'Is this available in size L?', flags: ['direction_assumed'] });
    expect(await shopee.parseNotification(genuine)).toMatchObject({ duplicate: true, messages: [] });
    await expect(shopee.parseNotification({ ...genuine, body: genuine.body.replace('size L', 'size XL') })).rejects.toSatisfy(
      (error) => NotificationError.isInstance(error) && error.reason === 'signature',
    );
    await expect(shopee.parseNotification({ headers: { authorization: signShopeePush(server.partnerKey, CALLBACK, push) }, body: push })).rejects.toMatchObject({ reason: 'stale' });
  });

  it('checks its options', () => {
    expect(() => createShopeeAdapter({ partnerId: 'abc', partnerKey: 'k', shopId: '1', accessToken: 't' })).toThrow(/partnerId/);
  });
});
