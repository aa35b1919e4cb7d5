// Polls TikTok Shop for new buyer messages, classifies them and answers the simple ones.
// Needs TIKTOK_SHOP_APP_KEY, TIKTOK_SHOP_APP_SECRET, TIKTOK_SHOP_REFRESH_TOKEN (and TIKTOK_SHOP_CIPHER for cross-border shops).
import { readFile, writeFile } from 'node:fs/promises';
import { createTikTokAdapter } from '@lianxing/adapters-tiktok';
import { createPipeline } from 'lianxing';

const tiktok = createTikTokAdapter({
  onTokens: (tokens) => writeFile('tiktok-tokens.json', JSON.stringify(tokens)), // TikTok rotates the refresh token
});
const pipeline = createPipeline();
let cursor = await readFile('tiktok-cursor.txt', 'utf8').catch(() => undefined);

for await (const { message, cursor: next } of tiktok.fetchMessages(cursor ? { since: cursor } : {})) {
  if (message.sender.role === 'buyer' && !message.flags?.includes('hidden')) {
    const result = await pipeline.classify(message);
    const suggestion = result.suggestions[0];
    if (result.decision.action === 'auto_reply' && suggestion) {
      await tiktok.sendReply({ conversationId: message.conversationId, text: suggestion.text, idempotencyKey: `reply:${message.id}` });
    }
  }
  cursor = next;
  await writeFile('tiktok-cursor.txt', cursor);
}
