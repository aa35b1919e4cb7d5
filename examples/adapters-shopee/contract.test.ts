import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';
import { expectFixturesScrubbed, runAdapterContract } from '@lianxing/testkit/adapter';
import { createShopeeAdapter } from './shopee-adapter.js';
import { signShopeePush } from './sign-shopee-request.js';
import { buildConversations, FIXTURE_CONVERSATION_ID, SHOP_USER_ID, startShopeeProtocolServer } from './test-support/shopee-protocol-server.js';

const CALLBACK = 'https://seller.example/shopee/push';
const push = JSON.parse(readFileSync(new URL('./__fixtures__/shopee-webhook-chat-message.json', import.meta.url), 'utf8')) as { data: { content: Record<string, unknown> } };

runAdapterContract({
  name: 'shopee (example)',
  setup: async () => {
    const server = await startShopeeProtocolServer({ conversations: buildConversations(25, 2, Math.floor(Date.now() / 1000) - 10_000) });
    const adapter = createShopeeAdapter({
      partnerId: server.partnerId,
      partnerKey: server.partnerKey,
      shopId: server.shopId,
      accessToken: server.accessToken,
      callbackUrl: CALLBACK,
      baseUrl: server.url,
      maxTextLength: 1000,
      retry: { baseDelayMs: 1, maxDelayMs: 4 },
      rateLimit: { ratePerSecond: 10_000, burst: 10_000 },
      initialLookbackMs: 5 * 365 * 86_400_000,
    });
    let id = 0;
    const body = () => JSON.stringify({ ...push, msg_id: `push-${++id}`, timestamp: Math.floor(Date.now() / 1000) });
    return {
      adapter,
      inboundMessages: 25 * 2 + 2,
      replyTarget: { conversationId: FIXTURE_CONVERSATION_ID },
      countSentReplies: () => server.conversations.flatMap((conversation) => conversation.messages).filter((message) => message.from_id === SHOP_USER_ID).length,
      injectFault: (fault) => {
        if (fault === 'server_error') server.faults.push(...Array.from({ length: 50 }, () => ({ status: 500, body: { error: 'error_server', message: 'busy' } })));
        if (fault === 'malformed_json') server.faults.push(...Array.from({ length: 50 }, () => ({ status: 200, body: '{"response":' })));
        if (fault === 'unauthorized') server.accessToken = 'revoked';
      },
      notifications: {
        genuine: () => {
          const text = body();
          return { headers: { authorization: signShopeePush(server.partnerKey, CALLBACK, text) }, body: text };
        },
        forged: () => ({ headers: { authorization: signShopeePush('guessed-key', CALLBACK, body()) }, body: body() }),
      },
      teardown: () => server.close(),
    };
  },
});

it('shopee fixtures are scrubbed of e-mails and phone numbers', () => {
  expectFixturesScrubbed(fileURLToPath(new URL('./__fixtures__', import.meta.url)));
});
