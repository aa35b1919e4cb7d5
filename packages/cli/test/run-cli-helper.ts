import { PassThrough, Readable, Writable } from 'node:stream';
import { runCli } from '../src/run-cli.js';

/** Runs the CLI in-process with the given standard input; collects what it prints. */
export async function run(argv: readonly string[], stdin: string | Readable = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = new Writable({ write(chunk, _encoding, callback) { stdout += String(chunk); callback(); } });
  const err = new Writable({ write(chunk, _encoding, callback) { stderr += String(chunk); callback(); } });
  const input = typeof stdin === 'string' ? Readable.from([Buffer.from(stdin)]) : stdin;
  const code = await runCli(argv, { stdin: input, stdout: out, stderr: err, columns: 160 });
  return { code, stdout, stderr };
}

export const jsonLines = (text: string): unknown[] => text.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as unknown);
export { PassThrough };
