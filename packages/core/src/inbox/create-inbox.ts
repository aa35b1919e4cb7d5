import { EventEmitter } from 'eventemitter3';
import { z } from 'zod';
import { AbortedError } from '../errors/aborted-error.js';
import { ConfigError } from '../errors/config-error.js';
import { InputError } from '../errors/input-error.js';
import { LianxingError } from '../errors/lianxing-error.js';
import { toLianxingError } from '../errors/to-lianxing-error.js';
import type { ClassificationResult } from '../pipeline/classification-result.js';
import type { Pipeline } from '../pipeline/create-pipeline.js';
import { messageSchema, type Message } from '../schemas/message.js';
import type { InboundNotification, MarketplaceAdapterV1, SentReply } from '../spec/marketplace-adapter-v1.js';
import type { StateStore, StateStoreOperation } from '../spec/state-store.js';
import { createMemoryStore } from '../store/create-memory-store.js';
import { emitSafely } from '../events/emit-safely.js';
import { createCursorWatermark } from './cursor-watermark.js';
import type { InboxErrorContext, InboxEvents, InboxFailure, InboxJournalEntry, InboxOrigin, InboxRecord, InboxStage } from './inbox-events.js';
import { retryDelay, sleep } from './retry-delay.js';

/** How the Inbox gets a source's messages. */
export type InboxSourceMode = 'poll' | 'push' | 'both';

/** One source of messages: an adapter and how to read it. */
export interface InboxSourceOptions {
  readonly adapter: MarketplaceAdapterV1;
  /**
   * `poll` calls `fetchMessages` from the stored cursor every `pollIntervalMs`; `push` takes only what
   * {@link Inbox.receive} is handed; `both` does both (duplicates are dropped).
   * @default 'both' when the adapter can fetch, else 'push'
   */
  readonly mode?: InboxSourceMode;
  /** @default the Inbox's `pollIntervalMs` */
  readonly pollIntervalMs?: number;
}

/** Retry settings for each step of handling a message. */
export interface InboxRetryOptions {
  /** Attempts per step (classify, handle, send) before the message is recorded as failed. @default 5 */
  readonly attempts?: number;
  /** @default 500 */
  readonly minDelayMs?: number;
  /** @default 30000 */
  readonly maxDelayMs?: number;
}

/** Options of {@link createInbox}. */
export interface InboxOptions {
  /** The sources, by a name of your choice (letters, digits, `_`, `-`, `.`): `{ amazon: amazonAdapter }`. */
  readonly sources: Readonly<Record<string, MarketplaceAdapterV1 | InboxSourceOptions>>;
  /** Classifies each message (`createPipeline()` or lianxing's `createDefaultPipeline()`). */
  readonly pipeline: Pick<Pipeline, 'classify'>;
  /**
   * Where cursors, dedupe keys, queued pushes, failures and the journal live. Use `createFileStore()` or a
   * database-backed store to survive restarts. The Inbox closes a store it created, never yours.
   * @default createMemoryStore()
   */
  readonly store?: StateStore;
  /** Prefix of every key the Inbox writes, so several Inboxes can share a store. @default 'inbox' */
  readonly id?: string;
  /** @default 60000 */
  readonly pollIntervalMs?: number;
  /** Messages handled at once, across sources. @default 4 */
  readonly concurrency?: number;
  readonly retry?: InboxRetryOptions;
  /**
   * Your own step, awaited after classification and before the message counts as handled (store it, open a
   * ticket). If it throws, it is retried like classification; a crash before it resolves means the message is
   * handled again after restart (at-least-once): deduplicate on `record.key`.
   */
  readonly handle?: (record: InboxRecord, context: { readonly signal: AbortSignal }) => void | Promise<void>;
  /**
   * Send the first reply suggestion when the decision is `auto_reply`, through the source's adapter, with the
   * message key as idempotency key (a retried send never posts twice). A function picks the text itself
   * (return undefined to send nothing). @default false
   */
  readonly autoReply?: boolean | ((record: InboxRecord) => string | undefined);
  /**
   * Keep a journal: one entry per handled message, written atomically with its dedupe key and cursor, so it
   * holds each message exactly once even across crashes. Read it with {@link Inbox.readJournal}.
   * `maxEntries` keeps the newest entries only. @default false
   */
  readonly journal?: boolean | { readonly maxEntries?: number };
  /** How long a handled message's dedupe key is kept. @default 30 days */
  readonly dedupeTtlMs?: number;
  /** Aborting it stops the Inbox (as {@link Inbox.stop}). */
  readonly signal?: AbortSignal;
}

/** What {@link Inbox.receive} accepts: a raw notification for the adapter to verify, or messages. */
export type InboxInput = InboundNotification | Message | readonly Message[];

/** What {@link Inbox.receive} did. */
export interface ReceiveReport {
  /** Messages durably queued for handling. */
  readonly accepted: number;
  /** Messages already handled or queued. */
  readonly duplicates: number;
  /** True when the notification named a message without carrying it, and a poll of the source was started. */
  readonly pollTriggered: boolean;
}

/** What one poll pass did. */
export interface PollReport {
  readonly fetched: number;
  readonly duplicates: number;
  readonly handled: number;
  readonly failed: number;
}

/** Options of {@link Inbox.stop}. */
export interface InboxStopOptions {
  /** How long to let messages in flight finish before aborting them (they are handled again next start). @default 30000 */
  readonly timeoutMs?: number;
}

/** An Inbox: reads messages from several marketplaces, classifies them, and never loses one. */
export interface Inbox {
  readonly events: EventEmitter<InboxEvents>;
  /** Starts polling and handles anything queued by an earlier run. Resolves once running. */
  start(): Promise<void>;
  /** Stops polling, lets messages in flight finish (up to `timeoutMs`), writes state, closes an own store. */
  stop(options?: InboxStopOptions): Promise<void>;
  /** One poll pass over a source (or all poll sources), handling every message fetched; works without start(). */
  pollOnce(source?: string): Promise<PollReport>;
  /**
   * Hands the Inbox a pushed notification or messages. Resolves once they are durably queued (so a webhook can
   * acknowledge fast); they are handled right away when the Inbox is running, else at start().
   * @throws InputError for an unknown source, a notification the adapter cannot verify, or an invalid message.
   */
  receive(source: string, input: InboxInput): Promise<ReceiveReport>;
  /** Resolves when nothing is queued or in flight. */
  idle(): Promise<void>;
  /** Journal entries after `after` (a seq), oldest first. */
  readJournal(options?: { readonly after?: number; readonly limit?: number }): Promise<InboxJournalEntry[]>;
  /** Messages the Inbox gave up on. */
  failures(): Promise<InboxFailure[]>;
  /** Queues failed messages again (all, or those `filter` keeps) and returns how many. */
  retryFailed(filter?: (failure: InboxFailure) => boolean): Promise<number>;
}

const optionsSchema = z.strictObject({
  id: z.string().regex(/^[\w.-]+$/).optional(),
  pollIntervalMs: z.number().int().min(10).optional(),
  concurrency: z.number().int().min(1).max(1024).optional(),
  retry: z.strictObject({
    attempts: z.number().int().min(1).max(100).optional(),
    minDelayMs: z.number().min(0).optional(),
    maxDelayMs: z.number().min(0).optional(),
  }).optional(),
  dedupeTtlMs: z.number().int().min(1000).optional(),
  journal: z.union([z.boolean(), z.strictObject({ maxEntries: z.number().int().min(1).optional() })]).optional(),
});

const SOURCE_NAME = /^[\w.-]+$/;

interface Source {
  readonly name: string;
  readonly adapter: MarketplaceAdapterV1;
  readonly poll: boolean;
  readonly push: boolean;
  readonly intervalMs: number;
  /** Set while a poll pass runs, so passes of one source never overlap. */
  passing?: Promise<PollReport> | undefined;
  wake?: (() => void) | undefined;
}

interface WorkItem {
  readonly source: Source;
  readonly message: Message;
  readonly origin: InboxOrigin;
  /** Extra operations for the handled batch (dropping the queued push or the failure record). */
  readonly cleanup: readonly StateStoreOperation[];
}

type StageOutcome<T> = { ok: true; value: T } | { ok: false; error: LianxingError; attempts: number };

/** Reads a JSON value the Inbox wrote; undefined when it is not JSON (a store edited by hand). */
function fromJson<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

const isNotification = (input: InboxInput): input is InboundNotification =>
  !Array.isArray(input) && typeof (input as InboundNotification).body === 'string' && typeof (input as InboundNotification).headers === 'object' && !('conversationId' in input);

/**
 * Creates an Inbox: it takes several marketplace adapters, polls them (`fetchMessages` from a stored cursor) or
 * receives their pushes, drops duplicates, classifies every message with a pipeline and emits typed events.
 *
 * Delivery is at-least-once: a message counts as handled only once it is classified (and your `handle` step
 * and an automatic reply succeeded); a failing step is retried with backoff and then recorded as failed, never
 * dropped; a cursor moves past a message only after that. After a crash the messages in flight are handled
 * again, so events may repeat for them; the journal (`journal: true`) holds each message exactly once.
 * @throws ConfigError when an option is invalid.
 * @example
 * const inbox = createInbox({ sources: { amazon }, pipeline: createDefaultPipeline(), store: createFileStore({ path: 'inbox.json' }) });
 * inbox.events.on('classified', ({ message, result }) => console.log(message.id, result.intent));
 * inbox.events.on('handoff', (record) => openTicket(record));
 * await inbox.start();
 * process.on('SIGTERM', () => void inbox.stop());
 */
export function createInbox(options: InboxOptions): Inbox {
  const parsed = optionsSchema.safeParse({
    id: options.id, pollIntervalMs: options.pollIntervalMs, concurrency: options.concurrency, retry: options.retry,
    dedupeTtlMs: options.dedupeTtlMs, journal: options.journal,
  });
  if (!parsed.success) throw ConfigError.fromIssues('[core] createInbox options', parsed.error.issues, parsed.error);
  if (typeof options.pipeline?.classify !== 'function') {
    throw new ConfigError('[core] createInbox needs a `pipeline` with a `classify` method (from createPipeline()).', [{ path: 'pipeline', message: 'not a pipeline' }]);
  }
  if (options.handle !== undefined && typeof options.handle !== 'function') throw new ConfigError('[core] `handle` must be a function.', [{ path: 'handle', message: 'not a function' }]);

  const prefix = options.id ?? 'inbox';
  const pollIntervalMs = options.pollIntervalMs ?? 60_000;
  const concurrency = options.concurrency ?? 4;
  const attempts = options.retry?.attempts ?? 5;
  const backoff = { minDelayMs: options.retry?.minDelayMs ?? 500, maxDelayMs: options.retry?.maxDelayMs ?? 30_000 };
  const dedupeTtlMs = options.dedupeTtlMs ?? 30 * 24 * 3600 * 1000;
  const journalMax = options.journal === undefined || options.journal === false ? 0 : options.journal === true ? Infinity : (options.journal.maxEntries ?? Infinity);
  const ownStore = options.store === undefined;
  const store = options.store ?? createMemoryStore();
  const { pipeline } = options;

  const sources = new Map<string, Source>();
  for (const [name, entry] of Object.entries(options.sources ?? {})) {
    const sourceOptions: InboxSourceOptions = 'adapter' in entry ? entry : { adapter: entry };
    const { adapter } = sourceOptions;
    if (!SOURCE_NAME.test(name)) throw new ConfigError(`[core] Source name \`${name}\` may only hold letters, digits, \`_\`, \`-\` and \`.\`.`, [{ path: `sources.${name}`, message: 'invalid name' }]);
    if (typeof adapter !== 'object' || adapter === null || adapter.specificationVersion !== 'v1' || typeof adapter.fetchMessages !== 'function' || typeof adapter.sendReply !== 'function') {
      throw new ConfigError(`[core] \`sources.${name}\` is not a v1 marketplace adapter.`, [{ path: `sources.${name}`, message: 'not an adapter' }]);
    }
    const mode = sourceOptions.mode ?? (adapter.capabilities.fetch ? 'both' : 'push');
    if (mode !== 'push' && !adapter.capabilities.fetch) throw new ConfigError(`[core] \`sources.${name}\` cannot be polled: its adapter does not fetch. Use mode \`push\`.`, [{ path: `sources.${name}.mode`, message: 'adapter cannot fetch' }]);
    sources.set(name, { name, adapter, poll: mode !== 'push', push: mode !== 'poll', intervalMs: sourceOptions.pollIntervalMs ?? pollIntervalMs });
  }
  if (sources.size === 0) throw new ConfigError('[core] createInbox needs at least one source.', [{ path: 'sources', message: 'empty' }]);

  const key = {
    cursor: (source: string) => `${prefix}/cursor/${source}`,
    seen: (source: string, id: string) => `${prefix}/seen/${source}/${encodeURIComponent(id)}`,
    queued: (source: string, id: string) => `${prefix}/queued/${source}/${encodeURIComponent(id)}`,
    failed: (source: string, id: string) => `${prefix}/failed/${source}/${encodeURIComponent(id)}`,
    journal: (seq: number) => `${prefix}/journal/${String(seq).padStart(15, '0')}`,
    journalSeq: `${prefix}/journal-seq`,
  };

  const events = new EventEmitter<InboxEvents>();
  const emit = <Name extends keyof InboxEvents>(name: Name, ...args: InboxEvents[Name]): void =>
    emitSafely(name, () => (events.emit as (event: Name, ...rest: InboxEvents[Name]) => boolean)(name, ...args), (error) => events.emit('error', error, { stage: 'listener', final: false }));

  let running = false;
  let stopping: Promise<void> | undefined;
  let pollController = new AbortController();
  let workController = new AbortController();
  let journalSeq: number | undefined;
  const inFlight = new Map<string, Promise<void>>();
  const pollLoops: Promise<void>[] = [];
  let idleWaiters: (() => void)[] = [];
  const slots = { free: concurrency, waiters: [] as (() => void)[], room: [] as (() => void)[] };

  const acquireSlot = async (): Promise<void> => {
    if (slots.free > 0) {
      slots.free--;
      return;
    }
    await new Promise<void>((resolve) => slots.waiters.push(resolve));
  };
  const releaseSlot = (): void => {
    const next = slots.waiters.shift();
    if (next) next();
    else slots.free++;
    const room = slots.room;
    slots.room = [];
    for (const resolve of room) resolve();
  };
  /** Back-pressure for a fetch loop: waits while as many messages wait for a slot as there are slots. */
  const waitForRoom = async (): Promise<void> => {
    while (slots.waiters.length >= concurrency) await new Promise<void>((resolve) => slots.room.push(resolve));
  };
  const checkIdle = (): void => {
    if (inFlight.size > 0 || [...sources.values()].some((source) => source.passing !== undefined)) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const itemKey = (source: string, id: string): string => `${source}/${id}`;

  /** Runs one step with retries; aborts (stop timeout) propagate as AbortedError. */
  async function withRetries<T>(stage: InboxStage, item: WorkItem, run: () => Promise<T>): Promise<StageOutcome<T>> {
    for (let attempt = 1; ; attempt++) {
      if (workController.signal.aborted) throw new AbortedError('[core] The Inbox stopped before the message was handled.');
      try {
        return { ok: true, value: await run() };
      } catch (thrown) {
        if (workController.signal.aborted) throw new AbortedError('[core] The Inbox stopped before the message was handled.', { cause: thrown });
        const error = toLianxingError(thrown, `[core] Inbox step \`${stage}\` failed.`);
        const permanent = error.code === 'input_invalid' || error.code === 'config_invalid';
        const final = permanent || attempt >= attempts;
        const context: InboxErrorContext = { stage, source: item.source.name, messageId: item.message.id, attempt, final };
        if (final) return { ok: false, error, attempts: attempt };
        emit('error', error, context);
        await sleep(retryDelay(attempt, backoff), workController.signal);
      }
    }
  }

  async function nextJournalSeq(): Promise<number> {
    if (journalSeq === undefined) {
      const stored = Number(await store.get(key.journalSeq));
      journalSeq = Number.isInteger(stored) && stored > 0 ? stored : 0;
    }
    journalSeq++;
    return journalSeq;
  }

  /** Writes the handled state of a message in one atomic batch (retried: the store may be briefly unavailable). */
  async function commit(item: WorkItem, entry: Omit<InboxJournalEntry, 'seq'>, failure?: InboxFailure): Promise<void> {
    const { source, message } = item;
    const operations: StateStoreOperation[] = [
      { type: 'set', key: key.seen(source.name, message.id), value: entry.outcome, ttlMs: dedupeTtlMs },
      ...item.cleanup,
    ];
    if (failure) operations.push({ type: 'set', key: key.failed(source.name, message.id), value: JSON.stringify(failure) });
    if (journalMax > 0) {
      const seq = await nextJournalSeq();
      operations.push({ type: 'set', key: key.journal(seq), value: JSON.stringify({ seq, ...entry }) }, { type: 'set', key: key.journalSeq, value: String(seq) });
      if (Number.isFinite(journalMax) && seq > journalMax) operations.push({ type: 'delete', key: key.journal(seq - journalMax) });
    }
    const written = await withRetries('store', item, () => store.write(operations));
    if (!written.ok) throw written.error;
  }

  /** Handles one message: classify, your step, optional reply; then records it. Throws only when aborted or the store fails. */
  async function handleItem(item: WorkItem): Promise<'handled' | 'failed'> {
    const { source, message, origin } = item;
    const context = { source: source.name, key: itemKey(source.name, message.id), origin };
    emit('message', message, context);
    const signal = workController.signal;
    const failWith = async (stage: InboxStage, outcome: { error: LianxingError; attempts: number }): Promise<'failed'> => {
      emit('error', outcome.error, { stage, source: source.name, messageId: message.id, attempt: outcome.attempts, final: true });
      const failedAt = new Date().toISOString();
      const error = { code: outcome.error.code, message: outcome.error.message };
      await commit(
        item,
        { source: source.name, messageId: message.id, conversationId: message.conversationId, outcome: 'failed', error: { ...error, stage }, handledAt: failedAt },
        { source: source.name, message, stage, error, attempts: outcome.attempts, failedAt },
      );
      return 'failed';
    };

    const classified = await withRetries('classify', item, () => pipeline.classify(message, { signal }));
    if (!classified.ok) return failWith('classify', classified);
    const result: ClassificationResult = classified.value;
    const record: InboxRecord = { ...context, message, result };
    emit('classified', record);
    if (result.decision.action === 'human') emit('handoff', record);

    const { handle } = options;
    if (handle) {
      const handled = await withRetries('handle', item, async () => handle(record, { signal }));
      if (!handled.ok) return failWith('handle', handled);
    }

    let reply: SentReply | undefined;
    const text = options.autoReply === undefined || options.autoReply === false || result.decision.action !== 'auto_reply'
      ? undefined
      : typeof options.autoReply === 'function' ? options.autoReply(record) : result.suggestions[0]?.text;
    if (text !== undefined && text !== '') {
      const sent = await withRetries('send', item, () => source.adapter.sendReply({
        conversationId: message.conversationId, text, inReplyTo: message.id, idempotencyKey: `${prefix}/${context.key}`, signal,
        ...(message.orderId === undefined ? {} : { orderId: message.orderId }),
      }));
      if (!sent.ok) return failWith('send', sent);
      reply = sent.value;
      emit('reply-sent', reply, record);
    }

    await commit(item, {
      source: source.name, messageId: message.id, conversationId: message.conversationId, outcome: 'classified',
      intent: result.intent, confidence: result.confidence, action: result.decision.action, handledAt: new Date().toISOString(),
      ...(reply ? { replyMessageId: reply.messageId } : {}),
    });
    return 'handled';
  }

  /**
   * Schedules a message unless it is already handled or in flight. Resolves with what happened once it is
   * handled ('duplicate' when skipped); the returned promise never rejects (failures become `error` events).
   */
  async function submit(item: WorkItem): Promise<'handled' | 'failed' | 'duplicate' | 'aborted'> {
    const id = itemKey(item.source.name, item.message.id);
    const running = inFlight.get(id);
    if (running) {
      await running;
      return 'duplicate';
    }
    let outcome: 'handled' | 'failed' | 'duplicate' | 'aborted' = 'duplicate';
    const work = (async () => {
      await acquireSlot();
      try {
        if ((await store.get(key.seen(item.source.name, item.message.id))) !== undefined) {
          if (item.cleanup.length > 0) await store.write(item.cleanup);
          return;
        }
        outcome = await handleItem(item);
      } catch (thrown) {
        const error = toLianxingError(thrown, '[core] The Inbox could not record a message.');
        if (error.code === 'aborted') outcome = 'aborted';
        else {
          outcome = 'aborted';
          emit('error', error, { stage: 'store', source: item.source.name, messageId: item.message.id, final: false });
        }
      } finally {
        releaseSlot();
      }
    })();
    inFlight.set(id, work);
    try {
      await work;
    } finally {
      inFlight.delete(id);
      checkIdle();
    }
    return outcome;
  }

  async function pollPass(source: Source): Promise<PollReport> {
    const counts = { fetched: 0, duplicates: 0, handled: 0, failed: 0 };
    const stored = await store.get(key.cursor(source.name));
    const since = typeof stored === 'string' ? stored : undefined;
    const watermark = createCursorWatermark();
    const tasks: Promise<void>[] = [];
    let cursorWrites = Promise.resolve();
    const signal = pollController.signal;
    try {
      for await (const fetched of source.adapter.fetchMessages(since === undefined ? { signal } : { since, signal })) {
        counts.fetched++;
        const slot = watermark.add(fetched.cursor);
        tasks.push((async () => {
          const outcome = await submit({ source, message: fetched.message, origin: 'poll', cleanup: [] });
          // Not handled (stopped, or the store failed): its slot never completes, so the cursor stays before it.
          if (outcome === 'aborted') return;
          if (outcome === 'duplicate') counts.duplicates++;
          else counts[outcome]++;
          const cursor = watermark.complete(slot);
          if (cursor !== undefined) {
            // Cursor writes are chained so a later cursor is never overwritten by an earlier one.
            cursorWrites = cursorWrites.then(() => store.write([{ type: 'set', key: key.cursor(source.name), value: cursor }]));
            await cursorWrites;
          }
        })());
        // Back-pressure: fetch no further ahead than the handlers can keep up with.
        await waitForRoom();
        if (signal.aborted) break;
      }
    } finally {
      await Promise.allSettled(tasks);
    }
    await cursorWrites;
    return counts;
  }

  function pollOnceSource(source: Source): Promise<PollReport> {
    if (source.passing) return source.passing;
    const pass = pollPass(source).finally(() => {
      source.passing = undefined;
      checkIdle();
    });
    source.passing = pass;
    return pass;
  }

  async function pollLoop(source: Source): Promise<void> {
    let failures = 0;
    while (running && !pollController.signal.aborted) {
      try {
        await pollOnceSource(source);
        failures = 0;
      } catch (thrown) {
        if (pollController.signal.aborted) break;
        failures++;
        emit('error', toLianxingError(thrown, `[core] Polling source \`${source.name}\` failed.`), { stage: 'fetch', source: source.name, attempt: failures, final: false });
      }
      const delay = failures > 0 ? Math.max(retryDelay(failures, backoff), 10) : source.intervalMs;
      await new Promise<void>((resolve) => {
        source.wake = resolve;
        void sleep(delay, pollController.signal).then(resolve);
      });
      source.wake = undefined;
    }
  }

  async function resumeQueued(): Promise<void> {
    for (const [storedKey, value] of await store.list(`${prefix}/queued/`)) {
      const name = storedKey.slice(`${prefix}/queued/`.length).split('/')[0] ?? '';
      const source = sources.get(name);
      if (!source) continue;
      const message = fromJson<Message>(value);
      if (!message) continue;
      void submit({ source, message, origin: 'push', cleanup: [{ type: 'delete', key: storedKey }] });
    }
  }

  const getSource = (name: string): Source => {
    const source = sources.get(name);
    if (!source) throw new InputError(`[core] Unknown Inbox source \`${name}\`; sources are ${[...sources.keys()].join(', ')}.`, { field: 'source' });
    return source;
  };

  async function stop(stopOptions: InboxStopOptions = {}): Promise<void> {
    stopping ??= (async () => {
      running = false;
      pollController.abort();
      const timeoutMs = stopOptions.timeoutMs ?? 30_000;
      // A poll pass waits for its messages, so both are given the same time to finish.
      const drained = Promise.allSettled([...pollLoops, ...inFlight.values(), ...[...sources.values()].map((source) => source.passing)]);
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
      if ((await Promise.race([drained, timedOut])) === 'timeout') workController.abort();
      clearTimeout(timer);
      await Promise.allSettled([...pollLoops, ...inFlight.values(), ...[...sources.values()].map((source) => source.passing)]);
      pollLoops.length = 0;
      if (ownStore) await store.close?.();
    })();
    await stopping;
  }

  if (options.signal) {
    if (options.signal.aborted) stopping = Promise.resolve();
    else options.signal.addEventListener('abort', () => void stop(), { once: true });
  }

  return {
    events,
    async start(): Promise<void> {
      if (running) return;
      if (stopping) throw new AbortedError('[core] This Inbox was stopped; create a new one to start again.');
      running = true;
      pollController = new AbortController();
      workController = new AbortController();
      await resumeQueued();
      for (const source of sources.values()) if (source.poll) pollLoops.push(pollLoop(source));
    },
    stop,
    async pollOnce(name?: string): Promise<PollReport> {
      const targets = name === undefined ? [...sources.values()].filter((source) => source.poll) : [getSource(name)];
      const reports = await Promise.all(targets.map((source) => pollOnceSource(source)));
      return reports.reduce((sum, report) => ({
        fetched: sum.fetched + report.fetched, duplicates: sum.duplicates + report.duplicates, handled: sum.handled + report.handled, failed: sum.failed + report.failed,
      }), { fetched: 0, duplicates: 0, handled: 0, failed: 0 });
    },
    async receive(name: string, input: InboxInput): Promise<ReceiveReport> {
      const source = getSource(name);
      if (!source.push) throw new InputError(`[core] Source \`${name}\` is poll-only; give it mode \`push\` or \`both\` to receive.`, { field: 'source' });
      let messages: readonly Message[];
      let pollTriggered = false;
      if (isNotification(input)) {
        if (!source.adapter.parseNotification) throw new InputError(`[core] The adapter of source \`${name}\` cannot parse notifications; hand it messages instead.`, { field: 'input' });
        let notification: Awaited<ReturnType<NonNullable<MarketplaceAdapterV1['parseNotification']>>>;
        try {
          notification = await source.adapter.parseNotification(input);
        } catch (thrown) {
          if (LianxingError.isInstance(thrown)) throw thrown;
          throw new InputError(`[core] The adapter of source \`${name}\` rejected the notification.`, { field: 'input', cause: thrown });
        }
        messages = notification.messages;
        if (notification.kind === 'message' && messages.length === 0 && source.poll) {
          pollTriggered = true;
          if (source.wake) source.wake();
          else if (running) void pollOnceSource(source).catch((thrown: unknown) => emit('error', toLianxingError(thrown), { stage: 'fetch', source: name, final: false }));
        }
      } else {
        messages = Array.isArray(input) ? input : [input as Message];
        messages.forEach((message, index) => {
          const check = messageSchema.safeParse(message);
          if (!check.success) throw new InputError(`[core] receive(): message ${index} is not a valid Message: ${check.error.issues.map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`).join('; ')}.`, { field: `input.${index}`, cause: check.error });
        });
      }
      let accepted = 0;
      let duplicates = 0;
      const fresh: Message[] = [];
      const operations: StateStoreOperation[] = [];
      for (const message of messages) {
        const seen = await store.get(key.seen(name, message.id));
        const queued = await store.get(key.queued(name, message.id));
        if (seen !== undefined || queued !== undefined || fresh.some((other) => other.id === message.id)) {
          duplicates++;
          continue;
        }
        fresh.push(message);
        operations.push({ type: 'set', key: key.queued(name, message.id), value: JSON.stringify(message) });
      }
      if (operations.length > 0) await store.write(operations);
      accepted = fresh.length;
      if (running) {
        for (const message of fresh) void submit({ source, message, origin: 'push', cleanup: [{ type: 'delete', key: key.queued(name, message.id) }] });
      }
      return { accepted, duplicates, pollTriggered };
    },
    idle(): Promise<void> {
      return new Promise((resolve) => {
        idleWaiters.push(resolve);
        checkIdle();
      });
    },
    async readJournal(readOptions: { readonly after?: number; readonly limit?: number } = {}): Promise<InboxJournalEntry[]> {
      const entries = await store.list(`${prefix}/journal/`, {
        ...(readOptions.after === undefined ? {} : { after: key.journal(readOptions.after) }),
        ...(readOptions.limit === undefined ? {} : { limit: readOptions.limit }),
      });
      return entries.flatMap(([, value]) => fromJson<InboxJournalEntry>(value) ?? []);
    },
    async failures(): Promise<InboxFailure[]> {
      return (await store.list(`${prefix}/failed/`)).flatMap(([, value]) => fromJson<InboxFailure>(value) ?? []);
    },
    async retryFailed(filter?: (failure: InboxFailure) => boolean): Promise<number> {
      let count = 0;
      for (const [storedKey, value] of await store.list(`${prefix}/failed/`)) {
        const failure = fromJson<InboxFailure>(value);
        const source = failure && sources.get(failure.source);
        if (!failure || !source || (filter && !filter(failure))) continue;
        const id = failure.message.id;
        // Back in the queue in one batch: it is retried after a crash too.
        await store.write([
          { type: 'delete', key: storedKey },
          { type: 'delete', key: key.seen(source.name, id) },
          { type: 'set', key: key.queued(source.name, id), value: JSON.stringify(failure.message) },
        ]);
        count++;
        if (running) void submit({ source, message: failure.message, origin: 'retry', cleanup: [{ type: 'delete', key: key.queued(source.name, id) }] });
      }
      return count;
    },
  };
}
