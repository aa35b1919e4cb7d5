import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../errors/store-error.js';
import type { StateStore } from '../spec/state-store.js';
import { createFileStore } from './create-file-store.js';
import { createMemoryStore } from './create-memory-store.js';

const folders: string[] = [];
async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'lianxing-store-'));
  folders.push(folder);
  return folder;
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

const makers: [string, (now: () => number) => Promise<Required<StateStore>>][] = [
  ['memory', async (now) => createMemoryStore({ now })],
  ['file', async (now) => createFileStore({ path: join(await tempFolder(), 'state.json'), now })],
];

describe.each(makers)('%s store', (_name, make) => {
  it('applies batches in order and reads them back', async () => {
    const store = await make(Date.now);
    await store.write([{ type: 'set', key: 'a/1', value: '{"n":1}' }, { type: 'set', key: 'a/2', value: 'two' }, { type: 'set', key: 'b', value: '' }]);
    await store.write([{ type: 'delete', key: 'a/1' }, { type: 'set', key: 'a/3', value: 'x' }]);
    expect(await store.get('a/1')).toBeUndefined();
    expect(await store.get('a/2')).toBe('two');
    expect(await store.get('b')).toBe('');
    expect(await store.list('a/')).toEqual([['a/2', 'two'], ['a/3', 'x']]);
    expect(await store.list('a/', { after: 'a/2' })).toEqual([['a/3', 'x']]);
    expect(await store.list('', { limit: 1 })).toEqual([['a/2', 'two']]);
    await store.close();
  });

  it('serves as a KeyValueStore: set, delete, and setIfAbsent claims a key once, even when racing', async () => {
    let time = 0;
    const store = await make(() => time);
    await store.set('k', 'v');
    expect(await store.get('k')).toBe('v');
    await store.delete('k');
    await store.delete('never-there');
    expect(await store.get('k')).toBeUndefined();
    const claims = await Promise.all(Array.from({ length: 10 }, (_, index) => store.setIfAbsent('claim', String(index), { ttlMs: 50 })));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await store.get('claim')).toBe(String(claims.indexOf(true)));
    time += 50;
    expect(await store.setIfAbsent('claim', 'again')).toBe(true);
    await store.close();
  });

  it('forgets entries after their ttl', async () => {
    let time = 1_000;
    const store = await make(() => time);
    await store.write([{ type: 'set', key: 'seen/1', value: '1', ttlMs: 100 }, { type: 'set', key: 'seen/2', value: '2' }]);
    time += 99;
    expect(await store.get('seen/1')).toBe('1');
    time += 1;
    expect(await store.get('seen/1')).toBeUndefined();
    expect(await store.list('seen/')).toEqual([['seen/2', '2']]);
    await store.close();
  });

  it('rejects a malformed batch whole, applying none of it', async () => {
    const store = await make(Date.now);
    await expect(store.write([{ type: 'set', key: 'ok', value: '1' }, { type: 'set', key: '', value: '2' }])).rejects.toThrow(TypeError);
    await expect(store.write([{ type: 'set', key: 'ok', value: '1', ttlMs: -5 }])).rejects.toThrow(RangeError);
    await expect(store.write([{ type: 'set', key: 'ok', value: 1 as never }])).rejects.toThrow(/must be a string/);
    expect(await store.get('ok')).toBeUndefined();
    await store.close();
  });

  it('refuses use after close with a StoreError', async () => {
    const store = await make(Date.now);
    await store.close();
    await expect(store.get('x')).rejects.toSatisfy((error) => StoreError.isInstance(error));
    await expect(store.write([])).rejects.toMatchObject({ code: 'store_failed' });
  });
});

describe('file store', () => {
  it('survives a reopen, writing the file atomically and grouping concurrent writes', async () => {
    const path = join(await tempFolder(), 'state.json');
    const store = createFileStore({ path });
    await Promise.all(Array.from({ length: 50 }, (_, index) => store.write([{ type: 'set', key: `k/${String(index).padStart(2, '0')}`, value: String(index) }])));
    await store.close();
    const reopened = createFileStore({ path });
    expect((await reopened.list('k/')).length).toBe(50);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ version: 1 });
    await reopened.close();
  });

  it('is held by one store at a time, and a lock whose process is gone is taken over', async () => {
    const path = join(await tempFolder(), 'state.json');
    const first = createFileStore({ path });
    await first.write([{ type: 'set', key: 'a', value: '1' }]);
    const second = createFileStore({ path });
    await expect(second.get('a')).rejects.toThrow(/in use by another store in this process/);
    await first.close();
    expect(await second.get('a')).toBe('1');
    await second.close();
    // A lock file naming a process that no longer exists (pid far above any pid_max) is stale.
    await writeFile(`${path}.lock`, '99999999');
    const third = createFileStore({ path });
    expect(await third.get('a')).toBe('1');
    await third.close();
  });

  it('reports an unreadable file as a StoreError naming it, never a crash', async () => {
    const path = join(await tempFolder(), 'state.json');
    await writeFile(path, '{"version":1,"entries":');
    const store = createFileStore({ path });
    await expect(store.get('a')).rejects.toThrow(/is not valid JSON/);
    await writeFile(path, '{"version":7,"entries":{}}');
    await expect(store.get('a')).rejects.toMatchObject({ code: 'store_failed', operation: 'open' });
    await store.close();
    expect(() => createFileStore({ path: '' })).toThrow(TypeError);
  });
});
