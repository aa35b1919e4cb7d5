import { collectFetched, rejectionOf } from '@lianxing/testkit/adapter';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LianxingError} from '@lianxing/core';
import { AuthError, MarketplaceError, RateLimitError, ValidationError, messageSchema, type Message } from '@lianxing/core';
import { createTikTokAdapter } from './tiktok-adapter.js';
import type { TikTokAdapterOptions, TikTokTokens } from './tiktok-adapter-options.js';
import { buildConversations, FIXTURE_CONVERSATION_ID, startTikTokProtocolServer, type TikTokProtocolServer } from './test-support/tiktok-protocol-server.js';

const FAST = { baseDelayMs: 1, maxDelayMs: 4, jitter: false };
const LOOKBACK_ALL = 20 * 365 * 86_400_000;

let server: TikTokProtocolServer;
beforeEach(async () => {
  server = await startTikTokProtocolServer({ conversations: buildConversations(21, 11, Math.floor(Date.now() / 1000) - 50_000) });
});
afterEach(() => server.close());

function adapter(overrides: Partial<TikTokAdapterOptions> = {}) {
  return createTikTokAdapter({
    appKey: server.appKey,
    appSecret: server.appSecret,
    accessToken: server.accessToken,
    refreshToken: server.refreshToken,
    baseUrl: server.url,
    authBaseUrl: server.url,
    retry: FAST,
    // Tests exercise the limiter in adapter-http; here it would only slow the walks down.
    rateLimit: { ratePerSecond: 10_000, burst: 10_000 },
    initialLookbackMs: LOOKBACK_ALL,
    ...overrides,
  });
}

describe('TikTok adapter: reading', () => {
  it('lists the recorded conversation messages, decoded and flagged, all valid core Messages', async () => {
    const page = await adapter().listMessages(FIXTURE_CONVERSATION_ID);
    expect(page.nextPageToken).toBeUndefined();
    for (const message of page.items) expect(messageSchema.safeParse(message).success).toBe(true);
    const [text, card, notice] = page.items as [Message, Message, Message];
    expect(text).toMatchObject({
      id: '7494560109732335001',
      direction: 'inbound',
      sender: { role: 'buyer', id: '7494560109732330011', name: 'maria.l' },
      text: 'Hi, my parcel says delivered but I never got it. Can you help?',
      createdAt: '2026-03-02T09:14:07.000Z',
      flags: [],
    });
    expect(card).toMatchObject({ orderId: '576461234567890123', text: '', flags: ['card'] });
    expect(notice).toMatchObject({ direction: 'inbound', sender: { role: 'system' }, text: 'The buyer entered from an order page.', flags: ['system', 'hidden', 'notice'] });
    await expect(`${JSON.stringify(page.items, null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/tiktok-get-conversation-messages.messages.json');
  });

  it('pages conversations with page_token to the end', async () => {
    const tiktok = adapter();
    const ids: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await tiktok.listConversations({ ...(token ? { pageToken: token } : {}) });
      ids.push(...page.items.map((conversation) => conversation.id));
      token = page.nextPageToken;
      pages++;
    } while (token);
    expect(pages).toBe(2);
    expect(new Set(ids).size).toBe(22);
    const recorded = (await tiktok.listConversations()).items.find((conversation) => conversation.id === FIXTURE_CONVERSATION_ID)
      ?? (await tiktok.listConversations({ pageToken: 'cursor-20' })).items.find((conversation) => conversation.id === FIXTURE_CONVERSATION_ID)!;
    expect(recorded.participants).toEqual([
      { role: 'BUYER', nickname: 'maria.l', imUserId: '7494560109732330011' },
      { role: 'SHOP', nickname: 'Acme Home', imUserId: '7494560109732330099' },
    ]);
    expect(recorded.latestMessage?.text).toBe('Hi, my parcel says delivered but I never got it. Can you help?');
  });

  it('fetches every inbound message oldest first, resumes from a cursor without loss or repeat, then sees only news', async () => {
    const tiktok = adapter();
    const all = await collectFetched(tiktok.fetchMessages());
    // 21 generated conversations × 11 buyer messages, and the recorded buyer text, order card and (hidden) system notice.
    expect(all).toHaveLength(21 * 11 + 3);
    const times = all.map(({ message }) => message.createdAt);
    expect([...times].sort()).toEqual(times);
    expect(all.every(({ message }) => message.direction === 'inbound')).toBe(true);

    const first = (await collectFetched(tiktok.fetchMessages())).slice(0, 100);
    const rest = await collectFetched(tiktok.fetchMessages({ since: first.at(-1)!.cursor }));
    expect([...first, ...rest].map(({ message }) => message.id)).toEqual(all.map(({ message }) => message.id));

    const last = all.at(-1)!.cursor;
    expect(await collectFetched(tiktok.fetchMessages({ since: last }))).toHaveLength(0);
    const conversation = server.conversations[3]!;
    conversation.messages.push({ ...conversation.messages[0]!, id: 'new-message-1', create_time: Math.floor(Date.now() / 1000), content: '{"content":"Any news?"}' });
    const news = await collectFetched(tiktok.fetchMessages({ since: last }));
    expect(news.map(({ message }) => [message.id, message.text])).toEqual([['new-message-1', 'Any news?']]);
  });

  it('signs every request: the server verified each signature', async () => {
    await collectFetched(adapter().fetchMessages());
    const requests = server.apiRequests();
    expect(requests.length).toBeGreaterThan(3);
    for (const request of requests) {
      expect(request.query.get('sign')).toMatch(/^[0-9a-f]{64}$/);
      expect(request.query.get('app_key')).toBe(server.appKey);
      expect(request.headers['x-tts-access-token']).toBe(server.accessToken);
    }
  });

  it('uses the `fetch` and `headers` options', async () => {
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    await adapter({ fetch: counting, headers: { 'x-trace-id': 'trace-1' } }).listConversations();
    expect(calls).toBe(1);
    expect(server.apiRequests()[0]!.headers['x-trace-id']).toBe('trace-1');
  });

  it('sends shop_cipher and locale when configured', async () => {
    await adapter({ shopCipher: 'ROW_TESTCIPHER', locale: 'en-US' }).listConversations();
    expect(server.apiRequests()[0]!.query.get('shop_cipher')).toBe('ROW_TESTCIPHER');
    expect(server.apiRequests()[0]!.query.get('locale')).toBe('en-US');
  });

  it('keeps a message with malformed content as a flagged record, and reports one without an id instead of failing the page', async () => {
    const conversation = server.conversations[0]!;
    conversation.messages.push({ ...conversation.messages[0]!, id: 'broken-1', content: '{"content": "unterminated', create_time: 1772442900 });
    conversation.messages.push({ ...conversation.messages[0]!, id: '', create_time: 1772442901 });
    const invalid: LianxingError[] = [];
    const page = await adapter({ onInvalidRecord: (error) => invalid.push(error) }).listMessages(FIXTURE_CONVERSATION_ID);
    const broken = page.items.find((message) => message.id === 'broken-1')!;
    expect(broken).toMatchObject({ text: '', flags: ['malformed_content'] });
    expect(messageSchema.safeParse(broken).success).toBe(true);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toMatchObject({ code: 'response_invalid' });
    expect(page.items).toHaveLength(4);
  });
});

describe('TikTok adapter: auth', () => {
  it('refreshes an expired token once for concurrent calls, persists the rotated tokens, retries', async () => {
    const saved: TikTokTokens[] = [];
    const tiktok = adapter({ accessToken: 'stale-access-token', onTokens: (tokens) => void saved.push(tokens) });
    const pages = await Promise.all([FIXTURE_CONVERSATION_ID, FIXTURE_CONVERSATION_ID, FIXTURE_CONVERSATION_ID].map((id) => tiktok.listMessages(id)));
    expect(pages.every((page) => page.items.length === 3)).toBe(true);
    expect(server.tokenRefreshes).toBe(1);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ accessToken: 'access-token-1', refreshToken: 'refresh-token-1' });
    expect(saved[0]!.accessTokenExpiresAt).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    // The rotated refresh token is the one used next time.
    server.accessToken = 'rotated-by-server';
    await tiktok.listMessages(FIXTURE_CONVERSATION_ID);
    expect(server.tokenRefreshes).toBe(2);
  });

  it('also refreshes when TikTok says "access token expired" with HTTP 200', async () => {
    server.expiredTokenStatus = 200;
    const page = await adapter({ accessToken: 'stale-access-token' }).listMessages(FIXTURE_CONVERSATION_ID);
    expect(page.items).toHaveLength(3);
    expect(server.tokenRefreshes).toBe(1);
  });

  it('gets a token first when given only a refresh token', async () => {
    const { accessToken: _unused, ...withoutAccess } = { accessToken: undefined };
    const tiktok = createTikTokAdapter({ appKey: server.appKey, appSecret: server.appSecret, refreshToken: server.refreshToken, baseUrl: server.url, authBaseUrl: server.url, retry: FAST, ...withoutAccess });
    await tiktok.listConversations();
    expect(server.requests.map((request) => request.path)).toEqual(['/api/v2/token/refresh', '/customer_service/202309/conversations']);
  });

  it('fails with AuthError, without a secret in sight, when the refresh token is dead', async () => {
    const tiktok = adapter({ accessToken: 'stale-access-token', refreshToken: 'dead-refresh-token' });
    const error = await rejectionOf(tiktok.listConversations());
    expect(AuthError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ marketplaceCode: '36004005', isRetryable: false });
    const text = JSON.stringify(error) + String((error as Error).stack) + String(((error as Error).cause as Error | undefined)?.stack);
    for (const secret of [server.appSecret, 'dead-refresh-token', 'stale-access-token']) expect(text).not.toContain(secret);
  });

  it('reports a wrong app secret as AuthError without trying to refresh', async () => {
    const error = await rejectionOf(adapter({ appSecret: 'wrong-secret-123456' }).listConversations());
    expect(AuthError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ marketplaceCode: '106001' });
    expect(server.tokenRefreshes).toBe(0);
  });
});

describe('TikTok adapter: failures', () => {
  it('rides out a burst of 500s on reads', async () => {
    server.faults.push(...Array.from({ length: 3 }, () => ({ status: 500, body: { code: 50000, message: 'internal error' } })));
    const page = await adapter().listMessages(FIXTURE_CONVERSATION_ID);
    expect(page.items).toHaveLength(3);
    expect(server.apiRequests()).toHaveLength(4);
  });

  it('waits out a 429 with Retry-After, and a business-code frequency limit', async () => {
    server.faults.push({ status: 429, body: { code: 42900, message: 'Too many requests' }, headers: { 'retry-after-ms': '20' } });
    server.faults.push({ status: 200, body: { code: 36009999, message: 'Request frequency exceeds the limit' } });
    const retries: string[] = [];
    const page = await adapter({ onRetry: (event) => retries.push(`${event.reason}:${event.delayMs}`) }).listMessages(FIXTURE_CONVERSATION_ID);
    expect(page.items).toHaveLength(3);
    expect(retries).toEqual(['rate_limited:20', 'rate_limited:2']);
  });

  it('surfaces a persistent rate limit as RateLimitError', async () => {
    server.faults.push(...Array.from({ length: 4 }, () => ({ status: 429, body: { code: 42900, message: 'Too many requests' }, headers: { 'retry-after': '120' } })));
    const error = await rejectionOf(adapter().listConversations());
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ retryAfterMs: 120_000 });
  });

  it('turns malformed JSON into a response_invalid MarketplaceError', async () => {
    server.faults.push({ status: 200, body: '{"code":0,"data":{"messages":[', headers: { 'x-tt-logid': 'log-1' } });
    const error = await rejectionOf(adapter().listMessages(FIXTURE_CONVERSATION_ID));
    expect(MarketplaceError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'response_invalid', requestId: 'log-1' });
  });

  it('stops on a page token that does not advance', async () => {
    server.faults.push({
      match: (request) => request.method === 'GET' && request.path.endsWith('/conversations'),
      status: 200,
      body: { code: 0, message: 'Success', request_id: 'r', data: { conversations: [], next_page_token: 'same' } },
    });
    server.faults.push({
      match: (request) => request.method === 'GET' && request.path.endsWith('/conversations'),
      status: 200,
      body: { code: 0, message: 'Success', request_id: 'r', data: { conversations: [], next_page_token: 'same' } },
    });
    const error = await rejectionOf(collectFetched(adapter().fetchMessages()));
    expect(error).toMatchObject({ code: 'response_invalid' });
  });

  it('honours an AbortSignal', async () => {
    server.faults.push({ status: 503, body: { code: 1, message: 'busy' }, headers: { 'retry-after': '30' } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const error = await rejectionOf(collectFetched(adapter().fetchMessages({ signal: controller.signal })));
    expect(error).toMatchObject({ code: 'aborted' });
  });
});

describe('TikTok adapter: sending', () => {
  const reply = { conversationId: FIXTURE_CONVERSATION_ID, text: 'Sorry about that! We have opened a claim with the carrier.', idempotencyKey: 'reply-1' };

  it('marks read, then posts a TEXT message whose content is a JSON string, once per idempotency key', async () => {
    const tiktok = adapter();
    const sent = await tiktok.sendReply(reply);
    expect(sent).toMatchObject({ deduplicated: false });
    const posts = server.apiRequests().filter((request) => request.method === 'POST');
    expect(posts.map((request) => request.path)).toEqual([
      `/customer_service/202309/conversations/${FIXTURE_CONVERSATION_ID}/messages/read`,
      `/customer_service/202309/conversations/${FIXTURE_CONVERSATION_ID}/messages`,
    ]);
    expect(JSON.parse(posts[1]!.body)).toEqual({ type: 'TEXT', content: JSON.stringify({ content: reply.text }) });
    const { sign: _sign, timestamp: _timestamp, ...query } = Object.fromEntries(posts[1]!.query);
    expect({ method: posts[1]!.method, path: posts[1]!.path, query, contentType: posts[1]!.headers['content-type'], token: posts[1]!.headers['x-tts-access-token'], body: posts[1]!.body }).toMatchInlineSnapshot(`
      {
        "body": "{"type":"TEXT","content":"{\\"content\\":\\"Sorry about that! We have opened a claim with the carrier.\\"}"}",
        "contentType": "application/json",
        "method": "POST",
        "path": "/customer_service/202309/conversations/7494560109732339999/messages",
        "query": {
          "app_key": "test-app-key",
        },
        "token": "access-token-initial",
      }
    `);
    expect(await tiktok.sendReply(reply)).toEqual({ ...sent, deduplicated: true });
    expect(server.conversations[0]!.messages.filter((message) => message.sender.role === 'SHOP')).toHaveLength(1);
  });

  it('refuses text over 2,000 characters before any request, accepts exactly 2,000', async () => {
    const tiktok = adapter();
    const error = await rejectionOf(tiktok.sendReply({ ...reply, text: 'x'.repeat(2001) }));
    expect(ValidationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ field: 'text', limit: 2000, actual: 2001 });
    expect(server.requests).toHaveLength(0);
    await expect(tiktok.sendReply({ ...reply, text: 'y'.repeat(2000), idempotencyKey: 'long' })).resolves.toMatchObject({ deduplicated: false });
    await expect(tiktok.sendReply({ ...reply, text: '   ', idempotencyKey: 'blank' })).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('never posts twice when TikTok posted but answered 500: the retry reconciles', async () => {
    server.faults.push({ match: (request) => request.method === 'POST' && request.path.endsWith('/messages'), status: 500, body: { code: 1, message: 'internal' }, afterEffect: true });
    const tiktok = adapter();
    const first = await rejectionOf(tiktok.sendReply(reply));
    expect(first).toMatchObject({ isRetryable: true, status: 500 });
    const second = await tiktok.sendReply(reply);
    expect(second.deduplicated).toBe(true);
    const shopMessages = server.conversations[0]!.messages.filter((message) => message.sender.role === 'SHOP');
    expect(shopMessages).toHaveLength(1);
    expect(second.messageId).toBe(shopMessages[0]!.id);
  });

  it('posts on the retry when the 500 really lost the message', async () => {
    server.faults.push({ match: (request) => request.method === 'POST' && request.path.endsWith('/messages'), status: 502, body: { code: 1, message: 'bad gateway' } });
    const tiktok = adapter();
    await expect(tiktok.sendReply(reply)).rejects.toMatchObject({ isRetryable: true });
    await expect(tiktok.sendReply(reply)).resolves.toMatchObject({ deduplicated: false });
    expect(server.conversations[0]!.messages.filter((message) => message.sender.role === 'SHOP')).toHaveLength(1);
  });

  it('marks a conversation read', async () => {
    await adapter().markRead(FIXTURE_CONVERSATION_ID);
    expect(server.readCalls).toEqual([FIXTURE_CONVERSATION_ID]);
  });

  it('checks its options', () => {
    expect(() => createTikTokAdapter({ appKey: 'k', appSecret: '', refreshToken: 'r' })).toThrow(/appSecret/);
    expect(() => createTikTokAdapter({ appKey: 'k', appSecret: 's' })).toThrow(/refreshToken/);
    expect(() => adapter({ messagePageSize: 50 })).toThrow(/messagePageSize/);
    expect(() => adapter({ bogus: true } as unknown as TikTokAdapterOptions)).toThrow(/bogus/);
  });
});
