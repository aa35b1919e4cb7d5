import { StringDecoder } from 'node:string_decoder';

/**
 * Splits a byte stream into lines lazily (async iteration of a stream reads only as lines are consumed), so a
 * huge input never sits in memory whole. Handles `\r\n`, a missing final newline and UTF-8 split across chunks.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string, void, undefined> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of stream) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let newline = pending.indexOf('\n');
    while (newline !== -1) {
      const line = pending.slice(0, newline);
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
  }
  pending += decoder.end();
  if (pending.length > 0) yield pending.endsWith('\r') ? pending.slice(0, -1) : pending;
}
