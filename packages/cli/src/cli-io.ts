import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';

/** The streams and environment a CLI run uses; tests pass their own. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Width of the terminal for tables. @default 120 */
  readonly columns?: number;
  readonly cwd?: string;
}

/** Writes respecting backpressure: waits for `drain` when the stream's buffer is full. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Thrown for wrong usage: printed with a hint, exit code 2. */
export class UsageError extends Error {
  constructor(message: string, readonly hint: string) {
    super(message);
    this.name = 'UsageError';
  }
}
