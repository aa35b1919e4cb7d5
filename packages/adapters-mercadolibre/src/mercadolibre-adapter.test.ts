import { collectFetched, rejectionOf } from '@lianxing/testkit/adapter';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuthError, MarketplaceError, RateLimitError, ValidationError, messageSchema } from '@lianxing/core';
import { createMercadoLibreAdapter } from './mercadolibre-adapter.js';
import type { MercadoLibreAdapterOptions, MercadoLibreTokens } from './mercadolibre-adapter-options.js';
import {
  BLOCKED_PACK_ID,
  buildPacks,
  FIXTURE_BUYER_ID,
  FIXTURE_PACK_ID,
  SELLER_ID,
  SELLER_ONLY_PACK_ID,
  startMercadoLibreProtocolServer,
  type MercadoLibreProtocolServer,
} from './test-support/mercadolibre-protocol-server.js';

const FAST = { baseDelayMs: 1, maxDelayMs: 4, jitter: false };

let server: MercadoLibreProtocolServer;
let saved: MercadoLibreTokens[];
beforeEach(async () => {
  server = await startMercadoLibreProtocolServer({ packs: buildPacks(6, 12, new Date(Date.now() - 3_600_000)) });
  saved = [];
});
afterEach(() => server.close());

function adapter(overrides: Partial<MercadoLibreAdapterOptions> = {}) {
  return createMercadoLibreAdapter({
    clientId: server.clientId,
    clientSecret: server.clientSecret,
    sellerId: SELLER_ID,
    accessToken: server.accessToken,
    refreshToken: server.refreshToken,
    onTokens: (tokens) => void saved.push(tokens),
    baseUrl: server.url,
    retry: FAST,
    rateLimit: false,
    pageSize: 5,
    initialLookbackMs: 5 * 365 * 86_400_000,
    ...overrides,
  });
}

const unreadCount = (packId: string) =>
  server.packs.find((pack) => pack.id === packId)!.messages.filter((message) => message.from.user_id !== SELLER_ID && !message.message_date.read).length;

describe('Mercado Libre adapter: reading', () => {
  it('reads the recorded pack without marking it read, as valid core Messages', async () => {
    const page = await adapter().listPackMessages(FIXTURE_PACK_ID);
    expect(server.apiRequests()[0]!.query.get('mark_as_read')).toBe('false');
    expect(server.apiRequests()[0]!.query.get('tag')).toBe('post_sale');
    expect(unreadCount(FIXTURE_PACK_ID)).toBe(1);
    expect(page.total).toBe(2);
    expect(page.conversationStatus).toEqual({ status: 'active', substatus: undefined });
    for (const message of page.items) expect(messageSchema.safeParse(message).success).toBe(true);
    expect(page.items[0]).toMatchObject({
      id: '3a9f1c2e7b4d4e5f8a6b0c1d2e3f4a5b',
      conversationId: FIXTURE_PACK_ID,
      site: 'MLB',
      direction: 'inbound',
      sender: { role: 'buyer', id: FIXTURE_BUYER_ID },
      text: 'Olá, o produto ainda não chegou. Podem verificar o rastreio?',
      createdAt: '2026-03-02T12:59:40.000Z',
      flags: ['unread'],
    });
    expect(page.items[1]).toMatchObject({ direction: 'outbound', sender: { role: 'seller' }, attachments: [{ name: 'nota-fiscal.pdf', mimeType: 'application/pdf', size: 184220 }] });
    await expect(`${JSON.stringify(page.items, null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/mercadolibre-get-pack-messages.messages.json');
  });

  it('lists unread packs', async () => {
    const unread = await adapter().listUnread();
    expect(unread.map((pack) => pack.packId).sort()).toEqual([FIXTURE_PACK_ID, ...server.packs.slice(1, 7).map((pack) => pack.id)].sort());
    expect(unread.find((pack) => pack.packId === FIXTURE_PACK_ID)!.count).toBe(1);
  });

  it('fetches every unread pack to the end (limit/offset), oldest first, resumably, marking nothing read', async () => {
    const ml = adapter();
    const all = await collectFetched(ml.fetchMessages());
    expect(all).toHaveLength(6 * 12 + 1);
    const times = all.map(({ message }) => message.createdAt);
    expect([...times].sort()).toEqual(times);
    expect(server.apiRequests().every((request) => request.method === 'GET' && (request.path === '/messages/unread' || request.query.get('mark_as_read') === 'false'))).toBe(true);
    // 12 messages at 5 per page: 3 pages per generated pack.
    expect(server.apiRequests().filter((request) => request.path.includes(server.packs[1]!.id)).map((request) => request.query.get('offset'))).toEqual(['0', '5', '10']);
    const half = await collectFetched(ml.fetchMessages({ since: all[30]!.cursor }));
    expect(half.map(({ message }) => message.id)).toEqual(all.slice(31).map(({ message }) => message.id));
    expect(await collectFetched(ml.fetchMessages({ since: all.at(-1)!.cursor }))).toHaveLength(0);
  });

  it('marks a pack read on demand', async () => {
    await adapter().markRead(FIXTURE_PACK_ID);
    expect(unreadCount(FIXTURE_PACK_ID)).toBe(0);
    expect(server.apiRequests()[0]!.query.has('mark_as_read')).toBe(false);
  });

  it('speaks Global Selling under /marketplace/messages', async () => {
    const ml = adapter({ mode: 'global' });
    const page = await ml.listPackMessages(FIXTURE_PACK_ID);
    expect(page.items).toHaveLength(2);
    const sent = await ml.sendReply({ conversationId: FIXTURE_PACK_ID, text: 'Vamos verificar o rastreio agora.', idempotencyKey: 'gs-1' });
    expect(sent.deduplicated).toBe(false);
    const requests = server.apiRequests();
    expect(requests.every((request) => request.path.startsWith('/marketplace/messages/'))).toBe(true);
    const post = requests.find((request) => request.method === 'POST')!;
    expect(post.path).toBe(`/marketplace/messages/packs/${FIXTURE_PACK_ID}`);
    expect(JSON.parse(post.body)).toEqual({ text: 'Vamos verificar o rastreio agora.' });
  });
});

describe('Mercado Libre adapter: OAuth with single-use refresh tokens', () => {
  it('refreshes once for concurrent 401s, persists the new refresh token before using the new access token', async () => {
    let usedBeforePersisted = 0;
    const ml = adapter({
      accessToken: 'APP_USR-expired',
      onTokens: async (tokens) => {
        usedBeforePersisted += server.requests.filter((request) => request.headers.authorization === `Bearer ${tokens.accessToken}`).length;
        await new Promise((resolve) => setTimeout(resolve, 5));
        saved.push(tokens);
      },
    });
    const pages = await Promise.all([1, 2, 3, 4].map(() => ml.listPackMessages(FIXTURE_PACK_ID)));
    expect(pages.every((page) => page.items.length === 2)).toBe(true);
    expect(server.spentRefreshTokens).toEqual(['TG-initial-refresh']);
    expect(saved.map((tokens) => tokens.refreshToken)).toEqual(['TG-refresh-1']);
    expect(saved[0]).toMatchObject({ userId: SELLER_ID });
    expect(usedBeforePersisted).toBe(0);
    // The next refresh uses the rotated token: the spent one would be refused.
    server.accessToken = 'rotated-by-server';
    await ml.listPackMessages(FIXTURE_PACK_ID);
    expect(server.spentRefreshTokens).toEqual(['TG-initial-refresh', 'TG-refresh-1']);
  });

  it('fails with AuthError (invalid_grant, no retry loop) when the refresh token was already used', async () => {
    const ml = adapter({ accessToken: 'APP_USR-expired', refreshToken: 'TG-spent' });
    const error = await rejectionOf(ml.listUnread());
    expect(AuthError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ marketplaceCode: 'invalid_grant', status: 400 });
    expect(server.requests.filter((request) => request.path === '/oauth/token')).toHaveLength(1);
    const text = JSON.stringify(error) + String((error as Error).stack) + String(((error as Error).cause as Error | undefined)?.message);
    for (const secret of [server.clientSecret, 'TG-spent', 'APP_USR-expired']) expect(text).not.toContain(secret);
  });

  it('keeps the rotated refresh token in memory when persisting it fails, and offers it again', async () => {
    let failures = 1;
    const ml = adapter({
      accessToken: 'APP_USR-expired',
      onTokens: (tokens) => {
        if (failures-- > 0) throw new Error('disk full');
        saved.push(tokens);
      },
    });
    await expect(ml.listUnread()).rejects.toMatchObject({ code: 'internal', isRetryable: true, message: expect.stringContaining('onTokens') });
    await ml.listUnread();
    expect(saved.map((tokens) => tokens.refreshToken)).toEqual(['TG-refresh-2']);
    expect(server.spentRefreshTokens).toEqual(['TG-initial-refresh', 'TG-refresh-1']);
  });

  it('requires onTokens with a refresh token', () => {
    expect(() => createMercadoLibreAdapter({ clientId: '1', clientSecret: 's', sellerId: '2', refreshToken: 'TG-x' })).toThrow(/onTokens/);
    expect(() => createMercadoLibreAdapter({ clientId: '1', clientSecret: 's', sellerId: 'abc', accessToken: 'a' })).toThrow(/sellerId/);
  });
});

describe('Mercado Libre adapter: failures', () => {
  it('rides out a burst of 500s and a 429 with Retry-After on reads', async () => {
    server.faults.push(
      { status: 500, body: { message: 'File can not be saved, try it later', error: 'internal_error', status: 500, cause: [] } },
      { status: 503, body: { message: 'unavailable', error: 'unavailable', status: 503, cause: [] } },
      { status: 429, body: { message: 'too many requests', error: 'too_many_requests', status: 429, cause: [] }, headers: { 'retry-after-ms': '10' } },
    );
    const page = await adapter().listPackMessages(FIXTURE_PACK_ID);
    expect(page.items).toHaveLength(2);
    expect(server.apiRequests()).toHaveLength(4);
  });

  it('surfaces a lasting 429 as RateLimitError and malformed JSON as response_invalid', async () => {
    server.faults.push(...Array.from({ length: 5 }, () => ({ status: 429, body: { message: 'too many', error: 'too_many_requests', status: 429, cause: [] } })));
    expect(RateLimitError.isInstance(await rejectionOf(adapter().listUnread()))).toBe(true);
    server.faults.length = 0;
    server.faults.push({ status: 200, body: '{"results": [' });
    expect(await rejectionOf(adapter().listUnread())).toMatchObject({ code: 'response_invalid' });
  });

  it('applies the documented rate limits client-side by default (500 rpm for reads, 500 for writes)', async () => {
    const ml = adapter({ rateLimit: { read: { ratePerSecond: 50, burst: 1 } } });
    const started = performance.now();
    await Promise.all([ml.listUnread(), ml.listUnread(), ml.listUnread()]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
  });
});

describe('Mercado Libre adapter: sending', () => {
  const reply = { conversationId: FIXTURE_PACK_ID, text: 'Olá! O pacote está com a transportadora; segue em trânsito.', idempotencyKey: 'reply-1' };

  it('answers the buyer (from seller, to buyer), once per idempotency key', async () => {
    const ml = adapter();
    const sent = await ml.sendReply(reply);
    expect(sent.deduplicated).toBe(false);
    const post = server.apiRequests().find((request) => request.method === 'POST')!;
    expect(post.path).toBe(`/messages/packs/${FIXTURE_PACK_ID}/sellers/${SELLER_ID}`);
    expect(post.query.get('tag')).toBe('post_sale');
    expect(JSON.parse(post.body)).toEqual({ from: { user_id: SELLER_ID }, to: { user_id: FIXTURE_BUYER_ID }, text: reply.text });
    expect({ method: post.method, path: post.path, query: Object.fromEntries(post.query), authorization: post.headers.authorization, contentType: post.headers['content-type'], body: post.body }).toMatchInlineSnapshot(`
      {
        "authorization": "Bearer APP_USR-initial-access",
        "body": "{"from":{"user_id":"432439187"},"to":{"user_id":"987654321"},"text":"Olá! O pacote está com a transportadora; segue em trânsito."}",
        "contentType": "application/json",
        "method": "POST",
        "path": "/messages/packs/2000012893180613/sellers/432439187",
        "query": {
          "tag": "post_sale",
        },
      }
    `);
    expect(await ml.sendReply(reply)).toEqual({ ...sent, deduplicated: true });
    expect(server.sellerMessages().filter((message) => message.text === reply.text)).toHaveLength(1);
  });

  it('refuses text over 350 characters before any request', async () => {
    const error = await rejectionOf(adapter().sendReply({ ...reply, text: 'a'.repeat(351) }));
    expect(ValidationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ limit: 350, actual: 351 });
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a seller-initiated message without an action-guide reason, before posting', async () => {
    const error = await rejectionOf(adapter().sendReply({ ...reply, conversationId: SELLER_ONLY_PACK_ID }));
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('startConversation');
    expect(server.apiRequests().some((request) => request.method === 'POST')).toBe(false);
  });

  it('refuses a blocked conversation, naming why', async () => {
    const error = await rejectionOf(adapter().sendReply({ ...reply, conversationId: BLOCKED_PACK_ID }));
    expect(error).toMatchObject({ code: 'validation_failed' });
    expect((error as Error).message).toContain('blocked_by_time');
  });

  it('starts a conversation with an action-guide reason, checking option, text limit and cap first', async () => {
    const ml = adapter();
    const guide = await ml.getActionGuide(SELLER_ONLY_PACK_ID);
    expect(guide.map((option) => option.id)).toEqual(['REQUEST_VARIANTS', 'SEND_INVOICE_LINK', 'OTHER']);
    const base = { packId: SELLER_ONLY_PACK_ID, idempotencyKey: 'start-1' };
    await expect(ml.startConversation({ ...base, optionId: 'NOPE', text: 'x' })).rejects.toMatchObject({ field: 'optionId' });
    await expect(ml.startConversation({ ...base, optionId: 'SEND_INVOICE_LINK', text: 'x'.repeat(301) })).rejects.toMatchObject({ limit: 300 });
    await expect(ml.startConversation({ ...base, optionId: 'REQUEST_VARIANTS' })).rejects.toMatchObject({ field: 'templateId' });
    const sent = await ml.startConversation({ ...base, optionId: 'OTHER', text: 'Seu pedido precisa de uma confirmação de endereço.' });
    expect(sent.deduplicated).toBe(false);
    const post = server.apiRequests().find((request) => request.method === 'POST')!;
    expect(post.path).toBe(`/messages/action_guide/packs/${SELLER_ONLY_PACK_ID}/option`);
    expect(JSON.parse(post.body)).toEqual({ option_id: 'OTHER', text: 'Seu pedido precisa de uma confirmação de endereço.' });
    // The cap is used up now: the guide says so, and the adapter refuses before posting.
    server.packs.find((pack) => pack.id === SELLER_ONLY_PACK_ID)!.guide.find((option) => option.id === 'OTHER')!.cap_available = 0;
    await expect(ml.startConversation({ ...base, idempotencyKey: 'start-2', optionId: 'OTHER', text: 'Again' })).rejects.toMatchObject({ field: 'optionId' });
    await expect(ml.startConversation({ ...base, idempotencyKey: 'start-3', optionId: 'REQUEST_VARIANTS', templateId: 'TEMPLATE___REQUEST_VARIANTS___1' })).resolves.toMatchObject({ deduplicated: false });
  });

  it('never posts twice when Mercado Libre posted but answered 500: the retry reconciles', async () => {
    server.faults.push({ match: (request) => request.method === 'POST', status: 500, body: { message: 'internal', error: 'internal_error', status: 500, cause: [] }, afterEffect: true });
    const ml = adapter();
    await expect(ml.sendReply(reply)).rejects.toMatchObject({ status: 500, isRetryable: true });
    const again = await ml.sendReply(reply);
    expect(again.deduplicated).toBe(true);
    expect(server.sellerMessages().filter((message) => message.text === reply.text)).toHaveLength(1);
  });

  it('finds the new message id in the pack when the send answer has none', async () => {
    server.sendAnswer = 'empty';
    const sent = await adapter().sendReply(reply);
    const created = server.sellerMessages().find((message) => message.text === reply.text)!;
    expect(sent.messageId).toBe(created.id);
  });

  it('maps a refusal from Mercado Libre to a MarketplaceError with its error code', async () => {
    server.faults.push({ match: (request) => request.method === 'POST', status: 403, body: { message: 'blocked', error: 'blocked_by_mediation', status: 403, cause: [] } });
    const error = await rejectionOf(adapter().sendReply(reply));
    expect(MarketplaceError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 403, marketplaceCode: 'blocked_by_mediation', isRetryable: false });
  });
});
