import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';
import { expectFixturesScrubbed, runAdapterContract } from '@lianxing/testkit/adapter';
import { createTikTokAdapter } from './tiktok-adapter.js';
import { buildConversations, FIXTURE_CONVERSATION_ID, startTikTokProtocolServer } from './test-support/tiktok-protocol-server.js';

const webhook = readFileSync(new URL('./__fixtures__/tiktok-webhook-new-message.json', import.meta.url), 'utf8');

runAdapterContract({
  name: 'tiktok',
  setup: async () => {
    const server = await startTikTokProtocolServer({ conversations: buildConversations(21, 3, Math.floor(Date.now() / 1000) - 10_000) });
    const adapter = createTikTokAdapter({
      appKey: server.appKey,
      appSecret: server.appSecret,
      accessToken: server.accessToken,
      refreshToken: server.refreshToken,
      baseUrl: server.url,
      authBaseUrl: server.url,
      retry: { baseDelayMs: 1, maxDelayMs: 4 },
      rateLimit: { ratePerSecond: 10_000, burst: 10_000 },
      initialLookbackMs: 20 * 365 * 86_400_000,
    });
    const sign = (body: string, secret: string) => createHmac('sha256', secret).update(server.appKey + body).digest('hex');
    let notification = 0;
    const freshBody = () => JSON.stringify({ ...(JSON.parse(webhook) as object), tts_notification_id: `contract-${++notification}`, timestamp: Math.floor(Date.now() / 1000) });
    return {
      adapter,
      inboundMessages: 21 * 3 + 3,
      replyTarget: { conversationId: FIXTURE_CONVERSATION_ID },
      countSentReplies: () => server.conversations.flatMap((conversation) => conversation.messages).filter((message) => message.sender.role === 'SHOP').length,
      injectFault: (fault) => {
        if (fault === 'server_error') server.faults.push(...Array.from({ length: 50 }, () => ({ status: 500, body: { code: 1, message: 'internal error' } })));
        if (fault === 'malformed_json') server.faults.push(...Array.from({ length: 50 }, () => ({ status: 200, body: '{"code":0,"data":' })));
        if (fault === 'unauthorized') {
          server.accessToken = 'revoked-access';
          server.refreshToken = 'revoked-refresh';
        }
      },
      notifications: {
        genuine: () => {
          const body = freshBody();
          return { headers: { authorization: sign(body, server.appSecret) }, body };
        },
        forged: () => {
          const body = freshBody();
          return { headers: { authorization: sign(body, 'an-attacker-guess') }, body };
        },
      },
      teardown: () => server.close(),
    };
  },
});

it('tiktok fixtures are scrubbed of e-mails and phone numbers', () => {
  expectFixturesScrubbed(fileURLToPath(new URL('./__fixtures__', import.meta.url)));
});
