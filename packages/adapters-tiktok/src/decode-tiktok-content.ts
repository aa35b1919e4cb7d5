import type { Attachment } from '@lianxing/core';

/** What a message's `content` JSON string says, decoded per message type. */
export interface DecodedTikTokContent {
  readonly text: string;
  readonly orderId?: string;
  readonly productId?: string;
  readonly attachments: readonly Attachment[];
  /** True when `content` was not the JSON its type promises; `text` is then empty. */
  readonly malformed: boolean;
}

function stringOf(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function media(record: Record<string, unknown>, kind: 'image' | 'video'): Attachment[] {
  const url = stringOf(record, 'url');
  return url ? [{ url, mimeType: `${kind}/*`, ...(stringOf(record, 'vid') ? { id: stringOf(record, 'vid') } : {}) }] : [];
}

/**
 * Decodes a TikTok message's `content`, a string holding serialized JSON: `{"content": "…"}` for TEXT,
 * NOTIFICATION and OTHER; `{url, width, height}` for IMAGE; `{order_id}` for order cards… Malformed content gives
 * `malformed: true`, never a throw.
 * @example
 * decodeTikTokContent('TEXT', '{"content":"Hi"}'); // { text: 'Hi', attachments: [], malformed: false }
 */
export function decodeTikTokContent(type: string, content: string | null | undefined): DecodedTikTokContent {
  if (content === null || content === undefined || content === '') return { text: '', attachments: [], malformed: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return { text: '', attachments: [], malformed: true };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { text: '', attachments: [], malformed: true };
  const record = parsed as Record<string, unknown>;
  const orderId = stringOf(record, 'order_id');
  const productId = stringOf(record, 'product_id');
  const base = { ...(orderId ? { orderId } : {}), ...(productId ? { productId } : {}), malformed: false };
  switch (type) {
    case 'IMAGE':
      return { ...base, text: '', attachments: media(record, 'image') };
    case 'VIDEO':
      return { ...base, text: '', attachments: media(record, 'video') };
    default: {
      const text = record.content;
      if (text !== undefined && typeof text !== 'string') return { text: '', attachments: [], malformed: true };
      return { ...base, text: text ?? '', attachments: [] };
    }
  }
}
