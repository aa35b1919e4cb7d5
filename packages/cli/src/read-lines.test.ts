import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OverlongLine, readLines } from './read-lines.js';

const collect = async (chunks: (string | Buffer)[], maxLineLength?: number) => {
  const out: (string | number)[] = [];
  for await (const line of readLines(Readable.from(chunks), maxLineLength === undefined ? {} : { maxLineLength })) out.push(line instanceof OverlongLine ? -line.length : line);
  return out;
};

describe('readLines', () => {
  it('splits on \\n and \\r\\n, keeps a last line without newline, strips a BOM', async () => {
    expect(await collect(['\ufeffa\r\nb\n', 'c'])).toEqual(['a', 'b', 'c']);
  });

  it('reassembles UTF-8 split across chunks, byte by byte', async () => {
    const bytes = Buffer.from('返品したい\nok\n');
    expect(await collect([...bytes].map((byte) => Buffer.from([byte])))).toEqual(['返品したい', 'ok']);
  });

  it('reports a line over the limit by its length and goes on', async () => {
    expect(await collect(['short\n', 'x'.repeat(30), 'y'.repeat(30), '\nnext\n'], 40)).toEqual(['short', -60, 'next']);
  });

  it('scans long lines in linear time', async () => {
    const started = performance.now();
    const chunks = Array.from({ length: 2000 }, () => 'z'.repeat(8192));
    expect((await collect([...chunks, '\n'], 64 * 1024 * 1024))[0]).toHaveLength(2000 * 8192);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
