import type { Message } from '@lianxing/core';
import type { TikTokWireMessage } from './tiktok-api-schemas.js';
import { decodeTikTokContent } from './decode-tiktok-content.js';

const CARD_TYPES = new Set(['PRODUCT_CARD', 'ORDER_CARD', 'RETURN_REFUND_CARD', 'COUPON_CARD', 'LOGISTICS_CARD']);
const MEDIA_TYPES = new Set(['IMAGE', 'VIDEO', 'EMOTICONS']);
const EVENT_TYPES = new Set(['BUYER_ENTER_FROM_TRANSFER', 'BUYER_ENTER_FROM_PRODUCT', 'BUYER_ENTER_FROM_ORDER']);
const NOTICE_TYPES = new Set(['ALLOCATED_SERVICE', 'NOTIFICATION']);
const KNOWN_TYPES = new Set(['TEXT', 'OTHER', ...CARD_TYPES, ...MEDIA_TYPES, ...EVENT_TYPES, ...NOTICE_TYPES]);

/** TikTok's `create_time` is in seconds; tolerate milliseconds. */
export function tiktokTimeToMs(time: number): number {
  return time > 1e12 ? time : time * 1000;
}

function senderOf(role: string | null | undefined): Pick<Message, 'direction' | 'sender'> & { flags: string[] } {
  switch (role) {
    case 'BUYER':
      return { direction: 'inbound', sender: { role: 'buyer' }, flags: [] };
    case 'SHOP':
    case 'CUSTOMER_SERVICE':
      return { direction: 'outbound', sender: { role: 'seller' }, flags: [] };
    case 'ROBOT':
      // The shop's auto-reply robot: it speaks for the seller, with the shop's sender fields.
      return { direction: 'outbound', sender: { role: 'seller' }, flags: ['robot'] };
    case 'SYSTEM':
      return { direction: 'inbound', sender: { role: 'system' }, flags: ['system'] };
    default:
      return { direction: 'inbound', sender: { role: 'platform' }, flags: ['unknown_sender'] };
  }
}

/**
 * Turns a TikTok wire message into a core `Message`. Nothing is dropped: system and robot messages, and those
 * with `is_visible: false` (`hidden`: not for agents nor classifiers), are kept and flagged; `content` is decoded
 * from its JSON string, and content that does not decode gives an empty text flagged `malformed_content`.
 * @example
 * const message = convertTikTokMessage(wire, conversationId);
 * if (message.direction === 'inbound' && !message.flags?.includes('hidden')) classify(message);
 */
export function convertTikTokMessage(wire: TikTokWireMessage, conversationId: string): Message {
  const who = senderOf(wire.sender?.role);
  const decoded = decodeTikTokContent(wire.type, wire.content);
  const flags = [...who.flags];
  if (wire.is_visible === false) flags.push('hidden');
  if (CARD_TYPES.has(wire.type)) flags.push('card');
  if (MEDIA_TYPES.has(wire.type)) flags.push('media');
  if (EVENT_TYPES.has(wire.type)) flags.push('event');
  if (NOTICE_TYPES.has(wire.type)) flags.push('notice');
  if (!KNOWN_TYPES.has(wire.type) || wire.type === 'OTHER') flags.push('unsupported_type');
  if (decoded.malformed) flags.push('malformed_content');
  const senderId = wire.sender?.im_user_id ?? undefined;
  const senderName = wire.sender?.nickname ?? undefined;
  return {
    id: wire.id,
    conversationId,
    marketplace: 'tiktok',
    direction: who.direction,
    sender: { ...who.sender, ...(senderId ? { id: senderId } : {}), ...(senderName ? { name: senderName } : {}) },
    text: decoded.text,
    createdAt: new Date(tiktokTimeToMs(wire.create_time)).toISOString(),
    ...(decoded.orderId ? { orderId: decoded.orderId } : {}),
    attachments: [...decoded.attachments],
    flags,
    raw: wire,
  };
}
