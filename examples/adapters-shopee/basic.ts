// Polls Shopee seller chat for new buyer messages and answers them; written from docs/writing-an-adapter.md.
// Needs SHOPEE_PARTNER_ID, SHOPEE_PARTNER_KEY, SHOPEE_SHOP_ID, SHOPEE_ACCESS_TOKEN.
import { createShopeeAdapter } from './index.js';

const shopee = createShopeeAdapter({ callbackUrl: 'https://seller.example/shopee/push' });
let cursor: string | undefined;
for await (const { message, cursor: next } of shopee.fetchMessages(cursor ? { since: cursor } : {})) {
  console.log(message.conversationId, message.sender.name ?? message.sender.id, message.text);
  await shopee.sendReply({ conversationId: message.conversationId, text: 'Thanks! We will answer shortly.', idempotencyKey: `ack:${message.id}` });
  cursor = next;
}
