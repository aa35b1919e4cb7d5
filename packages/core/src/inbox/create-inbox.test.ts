import { describe, expect, it } from 'vitest';
import { createPipeline } from '../pipeline/create-pipeline.js';
import type { ClassificationResult } from '../pipeline/classification-result.js';
import type { Pipeline } from '../pipeline/create-pipeline.js';
import { createMemoryStore } from '../store/create-memory-store.js';
import { buyerMessage, createListAdapter } from './__fixtures__/create-list-adapter.js';
import { createInbox } from './create-inbox.js';
import type { InboxErrorContext, InboxRecord } from './inbox-events.js';

const pipeline = createPipeline({
  rules: [
    { id: 'track', intent: 'order_tracking', phrases: ['where is my package'], weight: 1 },
    { id: 'refund', intent: 'refund_request', phrases: ['refund'], weight: 1 },
  ],
  policy: { autoReplyThreshold: 0.3, intents: { refund_request: 'human' } },
});

/** A pipeline that fails the first `failures` calls for each listed message id, then classifies for real. */
function flakyPipeline(failures: Record<string, number>, inner: Pick<Pipeline, 'classify'> = pipeline): Pick<Pipeline, 'classify'> & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async classify(message, context) {
      const id = typeof message === 'string' ? '' : (message.id ?? '');
      calls.push(id);
      if ((failures[id] ?? 0) > 0) {
        failures[id]!--;
        throw new Error('model server returned 503');
      }
      return inner.classify(message, context);
    },
  };
}

/** A pipeline whose classification of each message takes `delays[id]` ms (cut short by the signal, as a remote backend is). */
function slowPipeline(delays: Record<string, number>): Pick<Pipeline, 'classify'> {
  return {
    async classify(message, context) {
      const id = typeof message === 'string' ? '' : (message.id ?? '');
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, delays[id] ?? 0);
        context?.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new Error('aborted'));
        });
      });
      return pipeline.classify(message, context);
    },
  };
}

function collect(inbox: ReturnType<typeof createInbox>) {
  const seen = { messages: [] as string[], classified: [] as InboxRecord[], handoffs: [] as string[], errors: [] as { code: string; context: InboxErrorContext }[] };
  inbox.events.on('message', (message) => seen.messages.push(message.id));
  inbox.events.on('classified', (record) => seen.classified.push(record));
  inbox.events.on('handoff', (record) => seen.handoffs.push(record.message.id));
  inbox.events.on('error', (error, context) => seen.errors.push({ code: error.code, context }));
  return seen;
}

const fast = { attempts: 3, minDelayMs: 1, maxDelayMs: 4 };

describe('createInbox', () => {
  it('polls from the stored cursor, classifies each message once and emits typed events', async () => {
    const adapter = createListAdapter([buyerMessage('m1', 'Where is my package?'), buyerMessage('m2', 'I want a refund now'), buyerMessage('m3', 'hello')]);
    const store = createMemoryStore();
    const inbox = createInbox({ sources: { shop: adapter }, pipeline, store, journal: true });
    const seen = collect(inbox);
    expect(await inbox.pollOnce()).toEqual({ fetched: 3, duplicates: 0, handled: 3, failed: 0 });
    expect(seen.messages).toEqual(['m1', 'm2', 'm3']);
    expect(seen.classified.map((record) => [record.message.id, record.result.intent, record.key, record.origin])).toEqual([
      ['m1', 'order_tracking', 'shop/m1', 'poll'], ['m2', 'refund_request', 'shop/m2', 'poll'], ['m3', expect.any(String), 'shop/m3', 'poll'],
    ]);
    expect(seen.handoffs).toContain('m2');
    expect(await store.get('inbox/cursor/shop')).toBe('3');
    adapter.messages.push(buyerMessage('m4', 'where is my package??'));
    expect(await inbox.pollOnce('shop')).toEqual({ fetched: 1, duplicates: 0, handled: 1, failed: 0 });
    expect((await inbox.readJournal()).map((entry) => [entry.seq, entry.messageId, entry.outcome])).toEqual([
      [1, 'm1', 'classified'], [2, 'm2', 'classified'], [3, 'm3', 'classified'], [4, 'm4', 'classified'],
    ]);
    expect((await inbox.readJournal({ after: 2, limit: 1 })).map((entry) => entry.messageId)).toEqual(['m3']);
    await inbox.stop();
  });

  it('drops duplicates between pushes and polls, and across restarts on the same store', async () => {
    const adapter = createListAdapter([buyerMessage('a', 'where is my package'), buyerMessage('b', 'refund please')]);
    const store = createMemoryStore();
    const first = createInbox({ sources: { shop: adapter }, pipeline, store });
    const seen = collect(first);
    await first.start();
    expect(await first.receive('shop', [buyerMessage('b', 'refund please'), buyerMessage('b', 'refund please')])).toEqual({ accepted: 1, duplicates: 1, pollTriggered: false });
    await first.pollOnce();
    await first.idle();
    expect(seen.classified.map((record) => record.message.id).sort()).toEqual(['a', 'b']);
    expect(await first.receive('shop', buyerMessage('a', 'where is my package'))).toMatchObject({ accepted: 0, duplicates: 1 });
    await first.stop();

    // A new Inbox on the same store, with the cursor rewound (as after a lost cursor write): nothing repeats.
    await store.write([{ type: 'delete', key: 'inbox/cursor/shop' }]);
    const second = createInbox({ sources: { shop: adapter }, pipeline, store });
    const again = collect(second);
    expect(await second.pollOnce()).toEqual({ fetched: 2, duplicates: 2, handled: 0, failed: 0 });
    expect(again.classified).toEqual([]);
    expect(await store.get('inbox/cursor/shop')).toBe('2');
  });

  it('retries a failing classification with backoff and emits it once', async () => {
    const flaky = flakyPipeline({ m1: 2 });
    const inbox = createInbox({ sources: { shop: createListAdapter([buyerMessage('m1', 'where is my package')]) }, pipeline: flaky, retry: fast });
    const seen = collect(inbox);
    expect(await inbox.pollOnce()).toMatchObject({ handled: 1, failed: 0 });
    expect(flaky.calls).toEqual(['m1', 'm1', 'm1']);
    expect(seen.errors.map((error) => [error.context.stage, error.context.attempt, error.context.final])).toEqual([['classify', 1, false], ['classify', 2, false]]);
    expect(seen.classified).toHaveLength(1);
  });

  it('surfaces a message that keeps failing as a final error and a stored failure, moves on, and retries it on request', async () => {
    const failures = { bad: 99 };
    const flaky = flakyPipeline(failures);
    const store = createMemoryStore();
    const adapter = createListAdapter([buyerMessage('bad', 'where is my package'), buyerMessage('good', 'refund')]);
    const inbox = createInbox({ sources: { shop: adapter }, pipeline: flaky, store, retry: fast, journal: true });
    const seen = collect(inbox);
    expect(await inbox.pollOnce()).toEqual({ fetched: 2, duplicates: 0, handled: 1, failed: 1 });
    expect(seen.errors.filter((error) => error.context.final)).toEqual([{ code: 'internal', context: { stage: 'classify', source: 'shop', messageId: 'bad', attempt: 3, final: true } }]);
    expect(await store.get('inbox/cursor/shop')).toBe('2');
    const [failure] = await inbox.failures();
    expect(failure).toMatchObject({ source: 'shop', stage: 'classify', attempts: 3, message: { id: 'bad' }, error: { code: 'internal' } });
    expect((await inbox.readJournal()).find((entry) => entry.messageId === 'bad')).toMatchObject({ outcome: 'failed', error: { stage: 'classify' } });

    failures.bad = 0;
    await inbox.start();
    expect(await inbox.retryFailed()).toBe(1);
    await inbox.idle();
    expect(seen.classified.map((record) => [record.message.id, record.origin])).toEqual([['good', 'poll'], ['bad', 'retry']]);
    expect(await inbox.failures()).toEqual([]);
    await inbox.stop();
  });

  it('never moves the cursor past a message still in flight; a stop that times out leaves it for the next run', async () => {
    const store = createMemoryStore();
    const adapter = createListAdapter(['m1', 'm2', 'm3', 'm4'].map((id) => buyerMessage(id, `where is my package ${id}`)));
    const slow = slowPipeline({ m1: 10_000, m2: 1, m3: 1, m4: 1 });
    const first = createInbox({ sources: { shop: adapter }, pipeline: slow, store, concurrency: 4, pollIntervalMs: 60_000 });
    const seen = collect(first);
    const threeDone = new Promise<void>((resolve) => first.events.on('classified', () => seen.classified.length === 3 && resolve()));
    await first.start();
    await threeDone;
    await first.stop({ timeoutMs: 5 });
    expect(seen.classified.map((record) => record.message.id).sort()).toEqual(['m2', 'm3', 'm4']);
    expect(await store.get('inbox/cursor/shop')).toBeUndefined();

    const second = createInbox({ sources: { shop: adapter }, pipeline, store });
    const rest = collect(second);
    expect(await second.pollOnce()).toEqual({ fetched: 4, duplicates: 3, handled: 1, failed: 0 });
    expect(rest.classified.map((record) => record.message.id)).toEqual(['m1']);
    expect(await store.get('inbox/cursor/shop')).toBe('4');
  });

  it('sends auto-replies with an idempotency key; a failed send is retried without posting twice', async () => {
    const adapter = createListAdapter([buyerMessage('m1', 'Where is my package?', { orderId: '111-2223334-5556667' }), buyerMessage('m2', 'refund now')]);
    adapter.sendFailures = 1;
    const inbox = createInbox({ sources: { shop: adapter }, pipeline, retry: fast, autoReply: true });
    const sent: string[] = [];
    inbox.events.on('reply-sent', (reply, record) => sent.push(`${record.message.id}:${reply.messageId}`));
    const seen = collect(inbox);
    await inbox.pollOnce();
    expect(adapter.sent).toHaveLength(1);
    expect(adapter.sent[0]).toMatchObject({ conversationId: 'c-m1', orderId: '111-2223334-5556667', inReplyTo: 'm1', idempotencyKey: 'inbox/shop/m1' });
    expect(adapter.sent[0]!.text.length).toBeGreaterThan(0);
    expect(sent).toEqual(['m1:sent-0']);
    expect(seen.errors.map((error) => [error.context.stage, error.context.final])).toEqual([['send', false]]);
  });

  it('takes verified notifications: carried messages are queued, a bare one triggers a poll', async () => {
    const adapter = createListAdapter([buyerMessage('p1', 'where is my package')]);
    const inbox = createInbox({ sources: { shop: { adapter, mode: 'both', pollIntervalMs: 60_000 } }, pipeline });
    const seen = collect(inbox);
    await inbox.start();
    await inbox.idle();
    expect(seen.classified.map((record) => record.message.id)).toEqual(['p1']);
    const carried = { headers: { 'x-signature': 'valid' }, body: JSON.stringify({ message: buyerMessage('n1', 'refund please') }) };
    expect(await inbox.receive('shop', carried)).toEqual({ accepted: 1, duplicates: 0, pollTriggered: false });
    adapter.messages.push(buyerMessage('p2', 'where is my package now'));
    const calls = adapter.fetchCalls;
    expect(await inbox.receive('shop', { headers: { 'x-signature': 'valid' }, body: '{"messageId":"p2"}' })).toMatchObject({ pollTriggered: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await inbox.idle();
    expect(adapter.fetchCalls).toBeGreaterThan(calls);
    expect(seen.classified.map((record) => [record.message.id, record.origin])).toEqual([['p1', 'poll'], ['n1', 'push'], ['p2', 'poll']]);
    await expect(inbox.receive('shop', { headers: {}, body: '{}' })).rejects.toMatchObject({ name: 'InputError' });
    await expect(inbox.receive('nope', [])).rejects.toThrow(/Unknown Inbox source `nope`/);
    await expect(inbox.receive('shop', [{ id: 'x' } as never])).rejects.toThrow(/not a valid Message/);
    await inbox.stop();
  });

  it('handles pushes queued before start or before a crash when it starts', async () => {
    const store = createMemoryStore();
    const adapter = createListAdapter();
    const before = createInbox({ sources: { shop: { adapter, mode: 'push' } }, pipeline, store });
    expect(await before.receive('shop', [buyerMessage('q1', 'refund'), buyerMessage('q2', 'hello')])).toMatchObject({ accepted: 2 });
    // `before` never started: as if it crashed right after acknowledging the webhook.
    const after = createInbox({ sources: { shop: { adapter, mode: 'push' } }, pipeline, store });
    const seen = collect(after);
    await after.start();
    await after.idle();
    expect(seen.classified.map((record) => record.message.id).sort()).toEqual(['q1', 'q2']);
    expect(await store.list('inbox/queued/')).toEqual([]);
    await after.stop();
  });

  it('awaits the handle step and retries it; a throwing listener is reported, not fatal', async () => {
    let calls = 0;
    const handled: string[] = [];
    const inbox = createInbox({
      sources: { shop: createListAdapter([buyerMessage('m1', 'hi')]) }, pipeline, retry: fast,
      handle: async (record) => {
        calls++;
        if (calls === 1) throw new Error('database down');
        handled.push(record.key);
      },
    });
    const seen = collect(inbox);
    inbox.events.on('classified', () => {
      throw new Error('listener bug');
    });
    expect(await inbox.pollOnce()).toMatchObject({ handled: 1 });
    expect(handled).toEqual(['shop/m1']);
    expect(seen.errors.map((error) => error.context.stage).sort()).toEqual(['handle', 'listener']);
  });

  it('stops on its AbortSignal, letting work in flight finish', async () => {
    const controller = new AbortController();
    const adapter = createListAdapter([buyerMessage('s1', 'hello')]);
    const inbox = createInbox({ sources: { shop: adapter }, pipeline: slowPipeline({ s1: 30 }), signal: controller.signal, pollIntervalMs: 60_000 });
    const seen = collect(inbox);
    await inbox.start();
    await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await inbox.stop();
    expect(seen.classified.map((record) => record.message.id)).toEqual(['s1']);
    await expect(inbox.start()).rejects.toMatchObject({ code: 'aborted' });
  });

  it('rejects bad options with a ConfigError naming them', () => {
    const adapter = createListAdapter();
    expect(() => createInbox({ sources: {}, pipeline })).toThrow(/at least one source/);
    expect(() => createInbox({ sources: { 'bad name': adapter }, pipeline })).toThrow(/Source name/);
    expect(() => createInbox({ sources: { shop: adapter }, pipeline, concurrency: 0 })).toThrow(/`concurrency`/);
    expect(() => createInbox({ sources: { shop: {} as never }, pipeline })).toThrow(/not a v1 marketplace adapter/);
    expect(() => createInbox({ sources: { shop: adapter }, pipeline: {} as never })).toThrow(/`pipeline`/);
    const result: ClassificationResult | undefined = undefined;
    expect(result).toBeUndefined();
  });
});
