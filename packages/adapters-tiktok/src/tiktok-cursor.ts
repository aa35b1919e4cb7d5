import { InputError } from '@lianxing/core';

/** Where `fetchMessages` resumes: the create time (seconds) of the last message handed out, and the ids handed out at that second. */
export interface TikTokCursor {
  readonly time: number;
  readonly ids: readonly string[];
}

/** Encodes a cursor as an opaque string. */
export function encodeTikTokCursor(cursor: TikTokCursor): string {
  return Buffer.from(JSON.stringify({ v: 1, t: cursor.time, ids: cursor.ids }), 'utf8').toString('base64url');
}

/** Decodes a cursor made by {@link encodeTikTokCursor}; an `InputError` for anything else. */
export function decodeTikTokCursor(text: string): TikTokCursor {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as { v?: unknown; t?: unknown; ids?: unknown };
    if (value.v === 1 && typeof value.t === 'number' && Array.isArray(value.ids) && value.ids.every((id) => typeof id === 'string'))
      return { time: value.t, ids: value.ids };
  } catch {
    // Falls through to the error below.
  }
  throw new InputError('[adapters-tiktok] The `since` cursor was not made by this adapter. Pass a cursor from `fetchMessages`, or none.', { field: 'since' });
}
