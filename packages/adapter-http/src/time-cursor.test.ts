import { describe, expect, it } from 'vitest';
import type { Message } from '@lianxing/core';
import { decodeTimeCursor, encodeTimeCursor, isAfterCursor, withTimeCursors } from './time-cursor.js';

const message = (id: string): Message => ({ id, conversationId: 'c', marketplace: 'x', direction: 'inbound', sender: { role: 'buyer' }, text: id, createdAt: '2026-01-01T00:00:00Z', attachments: [] });

describe('time cursors', () => {
  it('round-trip, and refuse what they did not make', () => {
    expect(decodeTimeCursor(encodeTimeCursor({ time: 5, ids: ['a'] }), 'adapters-x')).toEqual({ time: 5, ids: ['a'] });
    expect(() => decodeTimeCursor('garbage', 'adapters-x')).toThrow(/\[adapters-x\].*cursor/);
    expect(() => decodeTimeCursor(Buffer.from('{"v":2}').toString('base64url'), 'adapters-x')).toThrow();
  });

  it('order oldest first and resume inside a shared timestamp without loss or repeat', () => {
    const found = [
      { message: message('b'), time: 10 },
      { message: message('a'), time: 10 },
      { message: message('c'), time: 7 },
      { message: message('a'), time: 10 },
    ];
    const items = withTimeCursors(found, { time: 0, ids: [] });
    expect(items.map((item) => item.message.id)).toEqual(['c', 'a', 'b']);
    const afterA = decodeTimeCursor(items[1]!.cursor, 'x');
    expect(afterA).toEqual({ time: 10, ids: ['a'] });
    expect(found.filter(({ message: m, time }) => isAfterCursor(afterA, time, m.id)).map(({ message: m }) => m.id)).toEqual(['b']);
  });
});
