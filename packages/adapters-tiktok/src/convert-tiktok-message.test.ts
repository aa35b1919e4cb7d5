import { describe, expect, it } from 'vitest';
import { messageSchema } from '@lianxing/core';
import { convertTikTokMessage } from './convert-tiktok-message.js';
import { decodeTikTokContent } from './decode-tiktok-content.js';
import type { TikTokWireMessage } from './tiktok-api-schemas.js';

const wire = (patch: Partial<TikTokWireMessage>): TikTokWireMessage => ({
  id: 'm1', type: 'TEXT', content: '{"content":"hello"}', create_time: 1772442847, is_visible: true, sender: { role: 'BUYER', im_user_id: 'u1' }, ...patch,
});

describe('convertTikTokMessage', () => {
  it.each([
    ['BUYER', 'inbound', 'buyer', []],
    ['SHOP', 'outbound', 'seller', []],
    ['CUSTOMER_SERVICE', 'outbound', 'seller', []],
    ['ROBOT', 'outbound', 'seller', ['robot']],
    ['SYSTEM', 'inbound', 'system', ['system']],
    [undefined, 'inbound', 'platform', ['unknown_sender']],
  ])('maps role %s to %s/%s with flags %j', (role, direction, senderRole, flags) => {
    const message = convertTikTokMessage(wire({ sender: role ? { role } : null }), 'c1');
    expect(message).toMatchObject({ direction, sender: { role: senderRole }, flags });
    expect(messageSchema.safeParse(message).success).toBe(true);
  });

  it('keeps hidden, media and unknown types, flagged', () => {
    expect(convertTikTokMessage(wire({ is_visible: false }), 'c').flags).toEqual(['hidden']);
    expect(convertTikTokMessage(wire({ type: 'IMAGE', content: '{"url":"https://example.invalid/i.png","width":1,"height":1}' }), 'c')).toMatchObject({
      text: '', flags: ['media'], attachments: [{ url: 'https://example.invalid/i.png', mimeType: 'image/*' }],
    });
    expect(convertTikTokMessage(wire({ type: 'HOLOGRAM', content: '{"content":"?"}' }), 'c').flags).toEqual(['unsupported_type']);
    expect(convertTikTokMessage(wire({ type: 'RETURN_REFUND_CARD', content: '{"order_id":"5764","sku_id":"1"}' }), 'c')).toMatchObject({ orderId: '5764', flags: ['card'] });
    expect(convertTikTokMessage(wire({ create_time: 1772442847123 }), 'c').createdAt).toBe('2026-03-02T09:14:07.123Z');
  });
});

describe('decodeTikTokContent', () => {
  it.each([
    ['{"content": "unterminated', true],
    ['[1,2]', true],
    ['"just a string"', true],
    ['{"content": 42}', true],
    ['{"content": "fine"}', false],
    ['', false],
  ])('%s → malformed %s, never a throw', (content, malformed) => {
    expect(decodeTikTokContent('TEXT', content).malformed).toBe(malformed);
  });
});
