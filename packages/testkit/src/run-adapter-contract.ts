import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LianxingError, messageSchema, type InboundNotification, type MarketplaceAdapter } from '@lianxing/core';
import { collectFetched, rejectionOf } from './test-helpers.js';

/** The failures a contract test asks the marketplace's test server to play. */
export type ContractFault =
  /** HTTP 5xx on every call (more than any retry budget). */
  | 'server_error'
  /** A 200 whose body is not valid JSON. */
  | 'malformed_json'
  /** Credentials refused on every call, refreshes included. */
  | 'unauthorized';

/** What one contract test gets from {@link AdapterContractOptions.setup}: a fresh adapter on a fresh server. */
export interface AdapterContractContext {
  readonly adapter: MarketplaceAdapter;
  /** How many inbound messages the server holds for `fetchMessages` (at least 3; more than one page is better). */
  readonly inboundMessages?: number;
  /** A conversation the adapter may reply in. Required unless sending is skipped. */
  readonly replyTarget?: { readonly conversationId: string; readonly orderId?: string };
  /** How many replies the server has accepted so far (the idempotency check counts posts). */
  readonly countSentReplies?: () => number | Promise<number>;
  /** Makes every following call fail this way. Required unless `skip.failures`. */
  readonly injectFault?: (fault: ContractFault) => void;
  /** A notification the marketplace would send (signed, fresh), and a forged one. Required for notification checks. */
  readonly notifications?: {
    readonly genuine: () => InboundNotification | Promise<InboundNotification>;
    readonly forged: () => InboundNotification | Promise<InboundNotification>;
  };
  /** Stops the server. */
  readonly teardown?: () => void | Promise<void>;
}

/** Options of {@link runAdapterContract}. */
export interface AdapterContractOptions {
  /** Shown in the test names. */
  readonly name: string;
  /** Builds a fresh adapter against a fresh local server (called before each test). */
  readonly setup: () => AdapterContractContext | Promise<AdapterContractContext>;
  /** Skip checks for capabilities the adapter lacks, each with the reason. */
  readonly skip?: {
    readonly fetch?: string;
    readonly send?: string;
    readonly notifications?: string;
    readonly markRead?: string;
    readonly failures?: string;
  };
  /** Most messages `fetchMessages` may yield before the suite calls the pagination endless. @default 10_000 */
  readonly maxMessages?: number;
}



/** Asserts that `error` is one of Lianxing's typed errors, and that no raw HTTP-client error escaped. */
function expectOurError(error: unknown, code?: string): void {
  expect(LianxingError.isInstance(error), `expected a Lianxing error, got ${error instanceof Error ? error.name : typeof error}: ${String(error)}`).toBe(true);
  if (code) expect((error as LianxingError).code).toBe(code);
  expect(['HTTPError', 'TimeoutError', 'ForceRetryError', 'TypeError', 'SyntaxError', 'ZodError']).not.toContain((error as Error).name);
}

/**
 * The contract every marketplace adapter runs (built-in and third-party), against its own local server:
 * the v1 shape and consistent capabilities; pagination that stops; every `Message` passing core's
 * `messageSchema`; cursors that resume without loss or repeat; failures surfacing as Lianxing's typed errors,
 * never raw ky errors; `AbortSignal` honoured; idempotent sends; length limits checked before sending; and
 * notifications verified. Pass `skip` with a reason for capabilities an adapter lacks.
 * @example
 * runAdapterContract({
 *   name: 'acme',
 *   setup: async () => {
 *     const server = await startAcmeServer();
 *     return { adapter: createAcmeAdapter({ baseUrl: server.url }), replyTarget: { conversationId: 'c1' },
 *       countSentReplies: () => server.sent.length, injectFault: (fault) => server.fail(fault), teardown: () => server.close() };
 *   },
 * });
 */
export function runAdapterContract(options: AdapterContractOptions): void {
  const maxMessages = options.maxMessages ?? 10_000;
  const skip = options.skip ?? {};

  describe(`adapter contract: ${options.name}`, () => {
    let context: AdapterContractContext;
    beforeEach(async () => {
      context = await options.setup();
    });
    afterEach(async () => {
      await context.teardown?.();
    });

    const maybe = (reason: string | undefined, name: string, test: () => Promise<void>) =>
      reason === undefined ? it(name, test) : it.skip(`${name} (skipped: ${reason})`, test);

    it('implements specification v1 with consistent capabilities', () => {
      const { adapter } = context;
      expect(adapter.specificationVersion).toBe('v1');
      expect(typeof adapter.marketplace).toBe('string');
      expect(adapter.marketplace.length).toBeGreaterThan(0);
      expect(typeof adapter.fetchMessages).toBe('function');
      expect(typeof adapter.sendReply).toBe('function');
      if (adapter.capabilities.notifications) expect(typeof adapter.parseNotification).toBe('function');
      if (adapter.capabilities.markRead) expect(typeof adapter.markRead).toBe('function');
      if (adapter.capabilities.acknowledgedNotifications) expect(typeof adapter.receiveNotification).toBe('function');
      if (adapter.capabilities.maxReplyLength !== undefined) expect(adapter.capabilities.maxReplyLength).toBeGreaterThan(0);
    });

    maybe(skip.fetch, 'pages to the end and stops; every message passes messageSchema; ids are unique', async () => {
      const items = await collectFetched(context.adapter.fetchMessages(), maxMessages);
      expect(items.length).toBeGreaterThanOrEqual(context.inboundMessages ?? 1);
      if (context.inboundMessages !== undefined) expect(items).toHaveLength(context.inboundMessages);
      for (const { message, cursor } of items) {
        const parsed = messageSchema.safeParse(message);
        expect(parsed.success, `message ${message.id}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
        expect(message.marketplace).toBe(context.adapter.marketplace);
        expect(message.direction).toBe('inbound');
        expect(typeof cursor).toBe('string');
      }
      const ids = items.map(({ message }) => `${message.conversationId}/${message.id}`);
      expect(new Set(ids).size).toBe(ids.length);
    });

    maybe(skip.fetch, 'resumes from any cursor without losing or repeating a message', async () => {
      const all = await collectFetched(context.adapter.fetchMessages(), maxMessages);
      expect(all.length).toBeGreaterThanOrEqual(2);
      const middle = Math.floor(all.length / 2);
      const rest = await collectFetched(context.adapter.fetchMessages({ since: all[middle - 1]!.cursor }), maxMessages);
      expect(rest.map(({ message }) => message.id)).toEqual(all.slice(middle).map(({ message }) => message.id));
      expect(await collectFetched(context.adapter.fetchMessages({ since: all.at(-1)!.cursor }), maxMessages)).toHaveLength(0);
    });

    maybe(skip.fetch, 'honours an aborted signal when fetching', async () => {
      const error = await rejectionOf((async () => collectFetched(context.adapter.fetchMessages({ signal: AbortSignal.abort() }), maxMessages))());
      expectOurError(error, 'aborted');
    });

    maybe(skip.failures ?? skip.fetch, 'reports persistent server errors as a retryable Lianxing error', async () => {
      context.injectFault!('server_error');
      const error = await rejectionOf((async () => collectFetched(context.adapter.fetchMessages(), maxMessages))());
      expectOurError(error);
      expect((error as LianxingError).isRetryable).toBe(true);
    });

    maybe(skip.failures ?? skip.fetch, 'reports malformed JSON as a response_invalid error', async () => {
      context.injectFault!('malformed_json');
      expectOurError(await rejectionOf((async () => collectFetched(context.adapter.fetchMessages(), maxMessages))()), 'response_invalid');
    });

    maybe(skip.failures ?? skip.fetch, 'reports refused credentials as an AuthError, not retryable', async () => {
      context.injectFault!('unauthorized');
      const error = await rejectionOf((async () => collectFetched(context.adapter.fetchMessages(), maxMessages))());
      expectOurError(error, 'auth_failed');
      expect((error as LianxingError).isRetryable).toBe(false);
    });

    maybe(skip.send, 'sends a reply once per idempotency key, also when two sends race', async () => {
      const target = context.replyTarget!;
      const before = await context.countSentReplies!();
      const reply = { ...target, text: 'Thank you for your message, we are checking it now.', idempotencyKey: 'contract-1' };
      const sent = await context.adapter.sendReply(reply);
      expect(sent.messageId.length).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(sent.sentAt))).toBe(false);
      expect(sent.deduplicated).toBe(false);
      const again = await context.adapter.sendReply(reply);
      expect(again).toMatchObject({ messageId: sent.messageId, deduplicated: true });
      const raced = await Promise.all([
        context.adapter.sendReply({ ...reply, idempotencyKey: 'contract-2', text: 'A second, different reply.' }),
        context.adapter.sendReply({ ...reply, idempotencyKey: 'contract-2', text: 'A second, different reply.' }),
      ]);
      expect(raced.filter((result) => !result.deduplicated)).toHaveLength(1);
      expect((await context.countSentReplies!()) - before).toBe(2);
    });

    maybe(skip.send, 'refuses a reply over the length limit, or empty, before sending anything', async () => {
      const target = context.replyTarget!;
      const before = await context.countSentReplies!();
      const limit = context.adapter.capabilities.maxReplyLength;
      if (limit !== undefined) {
        expectOurError(await rejectionOf((async () => context.adapter.sendReply({ ...target, text: 'a'.repeat(limit + 1), idempotencyKey: 'too-long' }))()), 'validation_failed');
      }
      expectOurError(await rejectionOf((async () => context.adapter.sendReply({ ...target, text: ' ', idempotencyKey: 'empty' }))()), 'validation_failed');
      expect(await context.countSentReplies!()).toBe(before);
    });

    maybe(skip.send, 'honours an aborted signal when sending, posting nothing', async () => {
      const before = await context.countSentReplies!();
      const error = await rejectionOf((async () => context.adapter.sendReply({ ...context.replyTarget!, text: 'Hello', idempotencyKey: 'aborted', signal: AbortSignal.abort() }))());
      expectOurError(error, 'aborted');
      expect(await context.countSentReplies!()).toBe(before);
    });

    maybe(skip.markRead, 'marks a conversation read', async () => {
      expect(context.adapter.capabilities.markRead).toBe(true);
      await expect(context.adapter.markRead!(context.replyTarget!.conversationId)).resolves.toBeUndefined();
    });

    maybe(skip.notifications, 'accepts a genuine notification and rejects a forged one with NotificationError', async () => {
      const { adapter, notifications } = context;
      expect(adapter.capabilities.notifications).toBe(true);
      const parsed = await adapter.parseNotification!(await notifications!.genuine());
      expect(['message', 'other']).toContain(parsed.kind);
      for (const message of parsed.messages) expect(messageSchema.safeParse(message).success).toBe(true);
      expectOurError(await rejectionOf((async () => adapter.parseNotification!(await notifications!.forged()))()), 'notification_invalid');
      if (adapter.capabilities.acknowledgedNotifications) {
        const receipt = adapter.receiveNotification!(await notifications!.genuine());
        expect(receipt.ack.status).toBeGreaterThanOrEqual(200);
        expect(receipt.ack.status).toBeLessThan(300);
        await receipt.result;
      }
    });
  });
}
