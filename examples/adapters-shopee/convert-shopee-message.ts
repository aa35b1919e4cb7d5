import type { Message } from '@lianxing/core';
import type { ShopeeWireMessage } from './shopee-api-schemas.js';

/** Shopee timestamps are seconds; tolerate milliseconds and nanoseconds. */
export function shopeeTimeToMs(time: number): number {
  if (time > 1e17) return Math.floor(time / 1e6);
  if (time > 1e12) return time;
  return time * 1000;
}

const stringOf = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined);

/**
 * Turns a Shopee chat message into a core `Message`. `buyerId` tells the directions apart (the conversation's
 * `to_id`); without it the message counts as inbound and is flagged `direction_assumed`. Text messages give their
 * text; images an attachment; items and orders a flag (and the order number); other types are kept, flagged
 * `unsupported_type`; chatbot-session messages are flagged `robot`.
 * @example
 * convertShopeeMessage(wire, { buyerId: conversation.to_id });
 */
export function convertShopeeMessage(wire: ShopeeWireMessage, context: { readonly buyerId?: string | undefined }): Message {
  const known = context.buyerId !== undefined;
  const inbound = !known || wire.from_id === context.buyerId;
  const content = wire.content ?? {};
  const flags: string[] = [];
  if (!known) flags.push('direction_assumed');
  if (wire.is_in_chatbot_session) flags.push('robot');
  let text = '';
  const attachments: Message['attachments'] = [];
  let orderId: string | undefined;
  switch (wire.message_type) {
    case 'text': {
      const value = content.text;
      if (typeof value === 'string') text = value;
      else flags.push('malformed_content');
      break;
    }
    case 'image': {
      const url = stringOf(content.url);
      if (url) attachments.push({ url, mimeType: 'image/*' });
      flags.push('media');
      break;
    }
    case 'sticker':
      flags.push('media');
      break;
    case 'item':
      flags.push('card');
      break;
    case 'order':
      orderId = stringOf(content.order_sn);
      flags.push('card');
      break;
    default:
      flags.push('unsupported_type');
  }
  const name = wire.from_user_name ?? undefined;
  return {
    id: wire.message_id,
    conversationId: wire.conversation_id,
    marketplace: 'shopee',
    direction: inbound ? 'inbound' : 'outbound',
    sender: { role: inbound ? 'buyer' : 'seller', id: wire.from_id, ...(name ? { name } : {}) },
    text,
    createdAt: new Date(shopeeTimeToMs(wire.created_timestamp)).toISOString(),
    ...(orderId ? { orderId } : {}),
    attachments,
    flags,
    raw: wire,
  };
}
