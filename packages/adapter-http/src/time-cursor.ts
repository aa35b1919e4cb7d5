import { InputError, type FetchedMessage, type Message } from '@lianxing/core';

/**
 * A resume point for marketplaces that can only be asked "messages since a time": the time of the last message
 * handed out (in whatever unit the adapter uses) and the ids handed out at exactly that time, so messages
 * sharing a timestamp are neither lost nor repeated.
 */
export interface TimeCursor {
  readonly time: number;
  readonly ids: readonly string[];
}

/** Encodes a cursor as an opaque string. */
export function encodeTimeCursor(cursor: TimeCursor): string {
  return Buffer.from(JSON.stringify({ v: 1, t: cursor.time, ids: cursor.ids }), 'utf8').toString('base64url');
}

/** Decodes a cursor made by {@link encodeTimeCursor}; an `InputError` naming `packageName` for anything else. */
export function decodeTimeCursor(text: string, packageName: string): TimeCursor {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as { v?: unknown; t?: unknown; ids?: unknown };
    if (value.v === 1 && typeof value.t === 'number' && Array.isArray(value.ids) && value.ids.every((id) => typeof id === 'string'))
      return { time: value.t, ids: value.ids };
  } catch {
    // Falls through to the error below.
  }
  throw new InputError(`[${packageName}] The \`since\` cursor was not made by this adapter. Pass a cursor from \`fetchMessages\`, or none.`, { field: 'since' });
}

/** Whether a message at `time` with `id` comes after `cursor`. */
export function isAfterCursor(cursor: TimeCursor, time: number, id: string): boolean {
  return time > cursor.time || (time === cursor.time && !cursor.ids.includes(id));
}

/**
 * Orders messages found after `watermark` oldest first (by time, then id), drops repeats, and gives each the
 * cursor that resumes just after it.
 * @example
 * for (const item of withTimeCursors(found, watermark)) yield item;
 */
export function withTimeCursors(found: readonly { readonly message: Message; readonly time: number }[], watermark: TimeCursor): FetchedMessage[] {
  const sorted = [...found].sort((a, b) => a.time - b.time || (a.message.id < b.message.id ? -1 : a.message.id > b.message.id ? 1 : 0));
  let time = watermark.time;
  let ids = [...watermark.ids];
  const emitted = new Set<string>();
  const result: FetchedMessage[] = [];
  for (const { message, time: messageTime } of sorted) {
    const key = `${message.conversationId}/${message.id}`;
    if (emitted.has(key)) continue;
    emitted.add(key);
    if (messageTime !== time) {
      time = messageTime;
      ids = [];
    }
    ids.push(message.id);
    result.push({ message, cursor: encodeTimeCursor({ time, ids }) });
  }
  return result;
}
