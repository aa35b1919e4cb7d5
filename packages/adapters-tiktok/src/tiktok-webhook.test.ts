import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NotificationError, messageSchema } from '@lianxing/core';
import { createTikTokAdapter } from './tiktok-adapter.js';

const appKey = 'test-app-key';
const appSecret = 'test-app-secret-0001';
const recorded = readFileSync(new URL('./__fixtures__/tiktok-webhook-new-message.json', import.meta.url), 'utf8');

// Signed here with node:crypto directly, as TikTok documents it: hex HMAC-SHA256(app_secret, app_key + raw body).
const signature = (body: string, secret = appSecret) => createHmac('sha256', secret).update(appKey + body).digest('hex');
const adapter = () => createTikTokAdapter({ appKey, appSecret, accessToken: 'unused-access-token', baseUrl: 'http://127.0.0.1:9' });
/** The recorded notification, re-stamped as just sent, with a fresh id. */
const fresh = (id: string, patch: Record<string, unknown> = {}) => {
  const envelope = JSON.parse(recorded) as Record<string, unknown>;
  return JSON.stringify({ ...envelope, tts_notification_id: id, timestamp: Math.floor(Date.now() / 1000), ...patch });
};

describe('TikTok webhooks', () => {
  it('verifies and parses a new-message notification, decoding its JSON-string content', async () => {
    const body = fresh('n-1');
    const parsed = await adapter().parseNotification({ headers: { Authorization: signature(body) }, body });
    expect(parsed).toMatchObject({ kind: 'message', notificationId: 'n-1', conversationId: '7494560109732339999', messageId: '7494560109732335001' });
    expect(parsed.messages).toHaveLength(1);
    expect(parsed.messages[0]).toMatchObject({ text: 'Hi, my parcel says delivered but I never got it. Can you help?', direction: 'inbound', sender: { role: 'buyer' } });
    expect(messageSchema.safeParse(parsed.messages[0]).success).toBe(true);
  });

  it('answers a redelivery inside the window as a duplicate', async () => {
    const tiktok = adapter();
    const body = fresh('n-2');
    await tiktok.parseNotification({ headers: { authorization: signature(body) }, body });
    expect(await tiktok.parseNotification({ headers: { authorization: signature(body) }, body })).toMatchObject({ duplicate: true, messages: [] });
  });

  it('rejects a replay of an old, genuinely signed notification as stale', async () => {
    const error = await adapter()
      .parseNotification({ headers: { authorization: signature(recorded) }, body: recorded })
      .catch((caught: unknown) => caught);
    expect(NotificationError.isInstance(error) && error.reason).toBe('stale');
  });

  it('rejects forgeries: wrong secret, altered body, missing or garbage signature', async () => {
    const tiktok = adapter();
    const body = fresh('n-3');
    const altered = body.replace('Can you help?', 'Refund me now');
    for (const [headers, text] of [
      [{ authorization: signature(body, 'not-the-secret') }, body],
      [{ authorization: signature(body) }, altered],
      [{}, body],
      [{ authorization: 'Bearer zzz' }, body],
    ] as const) {
      await expect(tiktok.parseNotification({ headers, body: text })).rejects.toSatisfy((error) => NotificationError.isInstance(error) && error.reason === 'signature');
    }
  });

  it('rejects a signed body that is not a notification', async () => {
    for (const body of ['not json', '{"hello":"world"}']) {
      await expect(adapter().parseNotification({ headers: { authorization: signature(body) }, body })).rejects.toMatchObject({ reason: 'malformed' });
    }
  });

  it('passes other notification types through as kind "other"', async () => {
    const body = fresh('n-4', { type: 13, data: { conversation_id: 'c-9' } });
    expect(await adapter().parseNotification({ headers: { authorization: signature(body) }, body })).toMatchObject({ kind: 'other', conversationId: 'c-9', messages: [] });
  });

  it('acknowledges at once (200 genuine, 401 forged) and settles the work after', async () => {
    const tiktok = adapter();
    const body = fresh('n-5');
    const genuine = tiktok.receiveNotification({ headers: { authorization: signature(body) }, body });
    expect(genuine.ack.status).toBe(200);
    expect((await genuine.result).messages).toHaveLength(1);
    const forged = tiktok.receiveNotification({ headers: { authorization: '0'.repeat(64) }, body });
    expect(forged.ack.status).toBe(401);
    await expect(forged.result).rejects.toMatchObject({ code: 'notification_invalid' });
    // An ignored rejected result must not crash the process (no unhandled rejection).
    tiktok.receiveNotification({ headers: {}, body });
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
});
