import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPersonalData } from './expect-fixtures-scrubbed.js';

describe('findPersonalData', () => {
  const directory = mkdtempSync(join(tmpdir(), 'lianxing-fixtures-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('finds e-mails and phones in text and in nested JSON strings, not ids', () => {
    writeFileSync(
      join(directory, 'a.json'),
      JSON.stringify({
        conversation_id: '7494560109732339999',
        user_id: 432439187,
        messages: [
          { text: 'Call me on +55 11 98765-4321 please' },
          { content: JSON.stringify({ content: 'write to maria.lopez@example.com' }) },
          { text: 'Order 576461234567890123 is late' },
        ],
      }),
    );
    expect(findPersonalData(directory).map(({ path, type }) => `${type}@${path}`)).toEqual(['phone@messages.0.text', 'email@messages.1.content.content']);
  });
});
