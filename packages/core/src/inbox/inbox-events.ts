import type { LianxingError } from '../errors/lianxing-error.js';
import type { ClassificationResult } from '../pipeline/classification-result.js';
import type { Message } from '../schemas/message.js';
import type { SentReply } from '../spec/marketplace-adapter-v1.js';

/** Where a message entered the Inbox. */
export type InboxOrigin = 'poll' | 'push' | 'retry';

/** Which step of handling a message failed. */
export type InboxStage = 'fetch' | 'receive' | 'classify' | 'handle' | 'send' | 'store' | 'listener';

/** A message and what the Inbox knows of it. */
export interface InboxMessageContext {
  /** The source's name, as given in `sources`. */
  readonly source: string;
  /** `source/messageId`: stable across restarts, for consumers that deduplicate. */
  readonly key: string;
  readonly origin: InboxOrigin;
}

/** A classified message. */
export interface InboxRecord extends InboxMessageContext {
  readonly message: Message;
  readonly result: ClassificationResult;
}

/** Context of an `error` event. */
export interface InboxErrorContext {
  readonly stage: InboxStage;
  readonly source?: string;
  readonly messageId?: string;
  /** Attempts made so far at this stage. */
  readonly attempt?: number;
  /**
   * True when the Inbox gave up on the message: it is recorded as failed (see `Inbox.failures()`) and will not
   * be retried unless you call `Inbox.retryFailed()`. False when it will try again.
   */
  readonly final: boolean;
}

/** The Inbox's typed events (listen with `inbox.events.on(...)`). */
export interface InboxEvents {
  /** A new message, before classification (deduplicated: each message once per handling). */
  message: [message: Message, context: InboxMessageContext];
  /** A classified message. */
  classified: [record: InboxRecord];
  /** A classified message whose decision is `human`. */
  handoff: [record: InboxRecord];
  /** An automatic reply was sent (with `autoReply`). */
  'reply-sent': [reply: SentReply, record: InboxRecord];
  /** Something failed; `context.final` says whether the message was given up on. */
  error: [error: LianxingError, context: InboxErrorContext];
}

/** One entry of the Inbox journal: the durable, exactly-once record of each handled message. */
export interface InboxJournalEntry {
  /** 1, 2, 3… in the order messages were handled; never reused. */
  readonly seq: number;
  readonly source: string;
  readonly messageId: string;
  readonly conversationId: string;
  readonly outcome: 'classified' | 'failed';
  readonly intent?: string;
  readonly confidence?: number;
  readonly action?: string;
  readonly replyMessageId?: string;
  readonly error?: { readonly code: string; readonly message: string; readonly stage: InboxStage };
  /** ISO 8601. */
  readonly handledAt: string;
}

/** A message the Inbox gave up on, kept in the store until retried. */
export interface InboxFailure {
  readonly source: string;
  readonly message: Message;
  readonly stage: InboxStage;
  readonly error: { readonly code: string; readonly message: string };
  readonly attempts: number;
  /** ISO 8601. */
  readonly failedAt: string;
}
