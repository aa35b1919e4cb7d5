import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';
import { expectFixturesScrubbed, runAdapterContract } from '@lianxing/testkit/adapter';
import { createMercadoLibreAdapter } from './mercadolibre-adapter.js';
import { buildPacks, FIXTURE_PACK_ID, SELLER_ID, startMercadoLibreProtocolServer } from './test-support/mercadolibre-protocol-server.js';

const recorded = JSON.parse(readFileSync(new URL('./__fixtures__/mercadolibre-notification-messages.json', import.meta.url), 'utf8')) as Record<string, unknown>;

for (const mode of ['local', 'global'] as const) {
  runAdapterContract({
    name: `mercadolibre (${mode})`,
    setup: async () => {
      const server = await startMercadoLibreProtocolServer({ packs: buildPacks(4, 7, new Date(Date.now() - 86_400_000)) });
      const adapter = createMercadoLibreAdapter({
        clientId: server.clientId,
        clientSecret: server.clientSecret,
        sellerId: SELLER_ID,
        accessToken: server.accessToken,
        refreshToken: server.refreshToken,
        onTokens: () => undefined,
        baseUrl: server.url,
        mode,
        pageSize: 5,
        retry: { baseDelayMs: 1, maxDelayMs: 4 },
        rateLimit: false,
        initialLookbackMs: 5 * 365 * 86_400_000,
      });
      let id = 0;
      return {
        adapter,
        inboundMessages: 4 * 7 + 1,
        replyTarget: { conversationId: FIXTURE_PACK_ID },
        countSentReplies: () => server.sellerMessages().length,
        injectFault: (fault) => {
          if (fault === 'server_error') server.faults.push(...Array.from({ length: 50 }, () => ({ status: 500, body: { message: 'internal', error: 'internal_error', status: 500, cause: [] } })));
          if (fault === 'malformed_json') server.faults.push(...Array.from({ length: 50 }, () => ({ status: 200, body: '{"results":[' })));
          if (fault === 'unauthorized') {
            server.accessToken = 'revoked';
            server.refreshToken = 'revoked';
          }
        },
        notifications: {
          // Mercado Libre signs nothing: a genuine notification names a real message of ours, a forged one does not.
          genuine: () => ({ headers: {}, body: JSON.stringify({ ...recorded, _id: `contract-${++id}` }) }),
          forged: () => ({ headers: {}, body: JSON.stringify({ ...recorded, _id: `forged-${++id}`, resource: '0123456789abcdef0123456789abcdef' }) }),
        },
        teardown: () => server.close(),
      };
    },
  });
}

it('mercadolibre fixtures are scrubbed of e-mails and phone numbers', () => {
  expectFixturesScrubbed(fileURLToPath(new URL('./__fixtures__', import.meta.url)));
});
