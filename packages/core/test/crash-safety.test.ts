import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileStore } from '../src/index.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

interface Run {
  readonly lines: string[];
  readonly signal: NodeJS.Signals | null;
  readonly code: number | null;
}

/** Runs a fixture script in a real child process; SIGKILLs it once `killWhen` says so. */
function run(script: string, args: readonly string[], killWhen?: (lines: readonly string[]) => boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@lianxing/source', join(fixtures, script), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines: string[] = [];
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      if (killWhen?.(lines)) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ lines, code, signal }));
  });
}

const classifiedIds = (lines: readonly string[]): string[] => lines.filter((line) => line.startsWith('classified ')).map((line) => line.slice(11));

describe('crash safety (real child processes killed with SIGKILL)', () => {
  it('a file store killed mid-write keeps whole batches only', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'lianxing-crash-'));
    folders.push(folder);
    const path = join(folder, 'state.json');
    const killed = await run('store-writer-child.ts', [path], (lines) => lines.includes('writing'));
    expect(killed.signal).toBe('SIGKILL');
    const store = createFileStore({ path });
    const counter = Number(await store.get('counter'));
    expect(counter).toBeGreaterThanOrEqual(5);
    const items = await store.list('item/');
    // Every batch up to the counter is there, none past it: no half-applied batch.
    expect(items.map(([, value]) => Number(value))).toEqual(Array.from({ length: counter }, (_, index) => index + 1));
    await store.close();
    // The killed writer's temp file and lock were cleaned up or taken over.
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('an Inbox killed twice mid-stream and restarted on its file store classifies every message, none twice in its journal', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'lianxing-crash-'));
    folders.push(folder);
    const path = join(folder, 'inbox.json');
    const total = 60;
    const first = await run('inbox-child.ts', [path, String(total)], (lines) => classifiedIds(lines).length >= 8);
    const second = await run('inbox-child.ts', [path, String(total)], (lines) => classifiedIds(lines).length >= 8);
    const third = await run('inbox-child.ts', [path, String(total)]);
    expect([first.signal, second.signal]).toEqual(['SIGKILL', 'SIGKILL']);
    expect(first.lines.some((line) => line.startsWith('done'))).toBe(false);
    expect(third.code).toBe(0);
    expect(third.lines.at(-1)).toMatch(/^done /);
    expect(classifiedIds(third.lines).length).toBeGreaterThan(0);

    const everyId = Array.from({ length: total }, (_, index) => `m${index}`).sort();
    // Events are at-least-once: together the runs emitted every message.
    expect([...new Set([...first.lines, ...second.lines, ...third.lines].flatMap((line) => classifiedIds([line])))].sort()).toEqual(everyId);
    // The journal is exactly-once: every message, each once, with consecutive sequence numbers.
    const store = createFileStore({ path });
    const journal = (await store.list('inbox/journal/')).map(([, value]) => JSON.parse(value) as { seq: number; messageId: string; outcome: string });
    expect(journal.map((entry) => entry.messageId).sort()).toEqual(everyId);
    expect(journal.map((entry) => entry.seq)).toEqual(Array.from({ length: total }, (_, index) => index + 1));
    expect(journal.every((entry) => entry.outcome === 'classified')).toBe(true);
    expect(await store.get('inbox/cursor/shop')).toBe(String(total));
    await store.close();
  });
});
