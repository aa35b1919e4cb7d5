import { StringDecoder } from 'node:string_decoder';

/** A line longer than the limit: its text is dropped, only its length is kept. */
export class OverlongLine {
  constructor(readonly length: number) {}
}

/** Options of {@link readLines}. */
export interface ReadLinesOptions {
  /** Longest line kept, in UTF-16 code units; longer ones come out as {@link OverlongLine}. @default 16 MiB */
  readonly maxLineLength?: number;
}

/**
 * Splits a byte stream into lines lazily (async iteration of a stream reads only as lines are consumed), so a
 * huge input never sits in memory whole. Handles `\r\n`, a missing final newline, a UTF-8 BOM, and UTF-8
 * split across chunks. A line over `maxLineLength` is skipped to its end and reported as an {@link OverlongLine}.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>, options: ReadLinesOptions = {}): AsyncGenerator<string | OverlongLine, void, undefined> {
  const maxLength = options.maxLineLength ?? 16 * 1024 * 1024;
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let skipping = 0; // > 0 while discarding the rest of an overlong line: its length so far
  let first = true;
  const clean = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);
  for await (const chunk of stream) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    let start = 0;
    let newline = text.indexOf('\n');
    while (newline !== -1) {
      if (skipping > 0) {
        yield new OverlongLine(skipping + newline);
        skipping = 0;
      } else {
        yield clean(pending + text.slice(start, newline));
      }
      pending = '';
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    const rest = text.slice(start);
    if (skipping > 0) skipping += rest.length;
    else if (pending.length + rest.length > maxLength) {
      skipping = pending.length + rest.length;
      pending = '';
    } else pending += rest;
  }
  const tail = decoder.end();
  if (skipping > 0) {
    yield new OverlongLine(skipping + tail.length);
    return;
  }
  pending += tail;
  if (pending.length > 0) yield clean(pending);
}
