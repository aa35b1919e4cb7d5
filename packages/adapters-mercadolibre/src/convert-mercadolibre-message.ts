import type { Message } from '@lianxing/core';
import type { MercadoLibreWireMessage } from './mercadolibre-api-schemas.js';

/** When the message was written: `created`, else `received`, else `available`, as epoch ms (NaN if none). */
export function mercadolibreMessageTime(wire: MercadoLibreWireMessage): number {
  const date = wire.message_date;
  return Date.parse(date.created ?? date.received ?? date.available ?? '');
}

/**
 * Turns a Mercado Libre wire message into a core `Message`. The seller's messages are outbound; everyone else's
 * (the buyer, or the country's messaging agent in mediated MLB/MLC flows) inbound. Flags: `unread`
 * (`message_date.read` is null), `moderated` (rejected or moderated), `moderation_pending`, `translated` (Global
 * Selling), `attachment_threat`.
 * @example
 * const message = convertMercadoLibreMessage(wire, { sellerId: '432439187', packId: '2000012893180613' });
 */
export function convertMercadoLibreMessage(wire: MercadoLibreWireMessage, context: { readonly sellerId: string; readonly packId: string }): Message {
  const outbound = wire.from.user_id === context.sellerId;
  const flags: string[] = [];
  if (!wire.message_date.read) flags.push('unread');
  const moderation = wire.message_moderation?.status;
  if (moderation === 'rejected' || wire.status === 'moderated' || wire.status === 'rejected') flags.push('moderated');
  if (moderation === 'pending' || wire.status === 'pending_translation') flags.push('moderation_pending');
  if (wire.text_translated) flags.push('translated');
  if (wire.message_attachments?.some((attachment) => attachment.potential_security_threat)) flags.push('attachment_threat');
  const time = mercadolibreMessageTime(wire);
  const orderId = wire.message_resources?.find((resource) => resource.name === 'orders')?.id;
  const senderName = wire.from.name ?? undefined;
  return {
    id: wire.id,
    conversationId: context.packId,
    marketplace: 'mercadolibre',
    ...(wire.site_id ? { site: wire.site_id } : {}),
    direction: outbound ? 'outbound' : 'inbound',
    sender: { role: outbound ? 'seller' : 'buyer', id: wire.from.user_id, ...(senderName ? { name: senderName } : {}) },
    text: wire.text ?? '',
    createdAt: new Date(Number.isNaN(time) ? 0 : time).toISOString(),
    ...(orderId ? { orderId } : {}),
    attachments: (wire.message_attachments ?? []).map((attachment) => ({
      ...(attachment.filename ? { id: attachment.filename } : {}),
      ...(attachment.original_filename ? { name: attachment.original_filename } : {}),
      ...(attachment.type ? { mimeType: attachment.type } : {}),
      ...(typeof attachment.size === 'number' && attachment.size >= 0 ? { size: Math.round(attachment.size) } : {}),
    })),
    flags,
    raw: wire,
  };
}
