import { open, readFile, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { StoreError } from '../errors/store-error.js';
import type { KeyValueSetOptions } from '../spec/key-value-store.js';
import type { StateStore, StateStoreListOptions, StateStoreOperation } from '../spec/state-store.js';
import { applyOperations, checkOperations, isLive, listEntries, setOperation, type StateEntry } from './state-entries.js';

/** Options of {@link createFileStore}. */
export interface FileStoreOptions {
  /** The JSON file holding the state; created on the first write. Its folder must exist. */
  readonly path: string;
  /**
   * Hold `<path>.lock` while open, so a second process (or a second store in this one) cannot write the same
   * file. A lock left by a process that died (even by SIGKILL) is taken over. @default true
   */
  readonly lock?: boolean;
  /** The clock, for tests of expiry. @default Date.now */
  readonly now?: () => number;
}

interface PendingWrite {
  readonly operations: readonly StateStoreOperation[];
  /** For setIfAbsent: skip the batch (resolving false) when this key is live at the time it applies. */
  readonly unlessPresent?: string;
  readonly resolve: (applied: boolean) => void;
  readonly reject: (error: unknown) => void;
}

const FORMAT_VERSION = 1;

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const errnoCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/** Parses the file's JSON into entries; throws StoreError on anything but the expected shape. */
function parseState(text: string, path: string): Map<string, StateEntry> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new StoreError('open', `[core] File store \`${path}\` is not valid JSON; restore it from a backup or delete it to start empty.`, { cause: error });
  }
  const record = data as { version?: unknown; entries?: unknown } | null;
  if (typeof record !== 'object' || record === null || record.version !== FORMAT_VERSION || typeof record.entries !== 'object' || record.entries === null) {
    throw new StoreError('open', `[core] File store \`${path}\` is not a version ${FORMAT_VERSION} state file.`);
  }
  const entries = new Map<string, StateEntry>();
  for (const [key, raw] of Object.entries(record.entries as Record<string, unknown>)) {
    const entry = raw as { v?: unknown; e?: unknown } | null;
    if (typeof entry !== 'object' || entry === null || typeof entry.v !== 'string' || (entry.e !== undefined && typeof entry.e !== 'number')) {
      throw new StoreError('open', `[core] File store \`${path}\` has a malformed entry.`);
    }
    entries.set(key, typeof entry.e === 'number' ? { value: entry.v, expiresAt: entry.e } : { value: entry.v });
  }
  return entries;
}

function serializeState(entries: ReadonlyMap<string, StateEntry>, now: number): string {
  const out: Record<string, { v: string; e?: number }> = {};
  for (const [key, entry] of entries) {
    if (!isLive(entry, now)) continue;
    out[key] = entry.expiresAt === undefined ? { v: entry.value } : { v: entry.value, e: entry.expiresAt };
  }
  return JSON.stringify({ version: FORMAT_VERSION, entries: out });
}

/**
 * Writes `data` to `path` so that a crash at any point leaves either the old or the new content: write a temp
 * file beside it, fsync it, rename it over the target (atomic on POSIX), then fsync the folder so the rename
 * itself is durable.
 */
async function writeAtomically(path: string, data: string): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, path);
  try {
    const folder = await open(dirname(path), 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  } catch {
    // Some platforms cannot fsync a folder; the rename is still atomic there.
  }
}

/** Removes temp files that a killed process left beside the state file. */
async function removeStaleTemps(path: string): Promise<void> {
  const prefix = `${basename(path)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    const match = name.startsWith(prefix) ? /^(\d+)\.tmp$/.exec(name.slice(prefix.length)) : null;
    if (match && !isProcessAlive(Number(match[1]))) await unlink(join(dirname(path), name)).catch(() => undefined);
  }
}

async function acquireLock(lockPath: string, path: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      try {
        await handle.writeFile(String(process.pid), 'utf8');
      } finally {
        await handle.close();
      }
      return;
    } catch (error) {
      if (errnoCode(error) !== 'EEXIST') throw new StoreError('lock', `[core] Cannot create the lock \`${lockPath}\` of file store \`${path}\`.`, { cause: error });
    }
    const holder = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(holder) && holder > 0 && isProcessAlive(holder)) {
      const who = holder === process.pid ? 'another store in this process' : `process ${holder}`;
      throw new StoreError('lock', `[core] File store \`${path}\` is in use by ${who}; close that store first, or give each Inbox its own file.`);
    }
    // The holder died without closing (a crash or SIGKILL): take the lock over.
    await unlink(lockPath).catch(() => undefined);
  }
  throw new StoreError('lock', `[core] Could not take over the stale lock \`${lockPath}\` of file store \`${path}\`.`);
}

/**
 * A state store kept in one JSON file, for an Inbox (or adapters) that must survive restarts and crashes.
 * Every `write` replaces the file atomically (temp file, fsync, rename, folder fsync), so a process killed at
 * any instant, even by SIGKILL, leaves either the state before or after a batch, never a mix. Writes issued
 * while one is in flight are grouped into the next file write. The whole state is held in memory and rewritten
 * on each write: suited to cursors, dedupe keys and journals of up to some tens of thousands of entries; use a
 * database-backed store beyond that.
 * @throws StoreError (on first use) when the file is unreadable or held by another live process.
 * @example
 * const store = createFileStore({ path: './inbox-state.json' });
 * const inbox = createInbox({ sources: { amazon }, pipeline, store });
 */
export function createFileStore(options: FileStoreOptions): Required<StateStore> {
  if (typeof options !== 'object' || options === null || typeof options.path !== 'string' || options.path === '') {
    throw new TypeError('[core] createFileStore() needs a `path` option naming the state file.');
  }
  const path = resolve(options.path);
  const lockPath = `${path}.lock`;
  const useLock = options.lock ?? true;
  const now = options.now ?? Date.now;
  let entries = new Map<string, StateEntry>();
  let opened: Promise<void> | undefined;
  let closed = false;
  let locked = false;
  const queue: PendingWrite[] = [];
  let writer: Promise<void> | undefined;

  const openOnce = (): Promise<void> => {
    opened ??= (async () => {
      if (useLock) {
        await acquireLock(lockPath, path);
        locked = true;
      }
      await removeStaleTemps(path);
      let text: string | undefined;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if (errnoCode(error) !== 'ENOENT') throw new StoreError('open', `[core] Cannot read file store \`${path}\`.`, { cause: error });
      }
      if (text !== undefined) entries = parseState(text, path);
    })();
    // A failed open (a live lock holder, an unreadable file) is retried on the next call.
    opened.catch(async () => {
      opened = undefined;
      if (locked) {
        locked = false;
        await unlink(lockPath).catch(() => undefined);
      }
    });
    return opened;
  };

  const ensureOpen = async (operation: 'read' | 'write'): Promise<void> => {
    if (closed) throw new StoreError(operation, `[core] File store \`${path}\` is closed; create a new one.`);
    await openOnce();
  };

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.splice(0, queue.length);
      try {
        await openOnce();
        const next = new Map(entries);
        const time = now();
        const applied = batch.map((pending) => {
          if (pending.unlessPresent !== undefined && isLive(next.get(pending.unlessPresent), time)) return false;
          applyOperations(next, pending.operations, time);
          return true;
        });
        if (applied.some(Boolean)) await writeAtomically(path, serializeState(next, time));
        entries = next;
        batch.forEach((pending, index) => pending.resolve(applied[index]!));
      } catch (error) {
        const failure = toStoreError(error, path);
        for (const pending of batch) pending.reject(failure);
      }
    }
    writer = undefined;
  }

  const enqueue = async (operations: readonly StateStoreOperation[], unlessPresent?: string): Promise<boolean> => {
    if (closed) throw new StoreError('write', `[core] File store \`${path}\` is closed; create a new one.`);
    checkOperations(operations, '[core] file store');
    const copy = operations.map((operation) => ({ ...operation }));
    const done = new Promise<boolean>((resolveWrite, rejectWrite) =>
      queue.push({ operations: copy, ...(unlessPresent === undefined ? {} : { unlessPresent }), resolve: resolveWrite, reject: rejectWrite }));
    writer ??= drain();
    return done;
  };

  return {
    async get(key: string): Promise<string | undefined> {
      await ensureOpen('read');
      const entry = entries.get(key);
      return isLive(entry, now()) ? entry.value : undefined;
    },
    async list(prefix: string, listOptions: StateStoreListOptions = {}) {
      await ensureOpen('read');
      return listEntries(entries, prefix, listOptions, now());
    },
    async write(operations: readonly StateStoreOperation[]): Promise<void> {
      await enqueue(operations);
    },
    async set(key: string, value: string, setOptions?: KeyValueSetOptions): Promise<void> {
      await enqueue([setOperation(key, value, setOptions?.ttlMs)]);
    },
    async delete(key: string): Promise<void> {
      await enqueue([{ type: 'delete', key }]);
    },
    setIfAbsent(key: string, value: string, setOptions?: KeyValueSetOptions): Promise<boolean> {
      return enqueue([setOperation(key, value, setOptions?.ttlMs)], key);
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await writer;
      if (locked) {
        locked = false;
        await unlink(lockPath).catch(() => undefined);
      }
    },
  };
}

function toStoreError(error: unknown, path: string): StoreError {
  return error instanceof StoreError
    ? error
    : new StoreError('write', `[core] Writing file store \`${path}\` failed; the batch was not applied.`, { cause: error, isRetryable: true });
}
