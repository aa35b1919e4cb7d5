import type { Message, Marketplace } from '../schemas/message.js';

/** Where to resume fetching; opaque to everyone but the adapter that made it. */
export type Cursor = string;

/** Options of {@link MarketplaceAdapterV1.fetchMessages}. */
export interface FetchMessagesOptions {
  /** Resume after this cursor; absent means from the adapter's configured start. */
  readonly since?: Cursor;
  readonly signal?: AbortSignal;
}

/** A fetched message and the cursor that resumes just after it. */
export interface FetchedMessage {
  readonly message: Message;
  readonly cursor: Cursor;
}

/** A reply to send back to the buyer. */
export interface OutgoingReply {
  readonly conversationId: string;
  readonly text: string;
  readonly orderId?: string;
  /** The message being answered, when the marketplace threads replies. */
  readonly inReplyTo?: string;
  /** A caller-chosen key: sending twice with the same key posts once. */
  readonly idempotencyKey: string;
  readonly signal?: AbortSignal;
}

/** What the marketplace answered to a sent reply. */
export interface SentReply {
  readonly messageId: string;
  readonly sentAt: string;
  /** True when the idempotency key had already been used and nothing was posted again. */
  readonly deduplicated: boolean;
}

/** An inbound HTTP notification (webhook) as the user's server received it. */
export interface InboundNotification {
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The raw body, exactly as received: signatures are computed over it. */
  readonly body: string;
  readonly receivedAt?: Date;
}

/** What a verified notification told us. */
export interface ParsedNotification {
  readonly kind: 'message' | 'other';
  readonly conversationId?: string;
  readonly messageId?: string;
  /** Messages carried in the notification itself, when the marketplace sends them. */
  readonly messages: readonly Message[];
  /**
   * True when this notification was already accepted once (a redelivery or a replay inside the accepted
   * window): answer the sender with 2xx and do nothing else.
   */
  readonly duplicate?: boolean;
  /** The marketplace's id of the notification (its dedupe key), when it has one. */
  readonly notificationId?: string;
}

/** What to answer the marketplace's HTTP call with. */
export interface NotificationAck {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

/**
 * The two halves of handling a notification whose sender wants an answer fast (Mercado Libre: 500 ms): `ack` is
 * ready at once, `result` settles after the slow work (fetching the resource it names, verifying, converting).
 * Send `ack` first, then await `result`.
 */
export interface NotificationReceipt {
  readonly ack: NotificationAck;
  /** Settles with the parsed notification, or rejects with a typed error (never a raw one). */
  readonly result: Promise<ParsedNotification>;
}

/** Options of {@link MarketplaceAdapterV1.markRead}. */
export interface MarkReadOptions {
  readonly signal?: AbortSignal;
}

/** What an adapter supports beyond the required members. */
export interface MarketplaceAdapterCapabilities {
  readonly fetch: boolean;
  readonly send: boolean;
  readonly notifications: boolean;
  /** Longest reply the marketplace accepts, in characters. */
  readonly maxReplyLength?: number;
  /** `markRead` is available. */
  readonly markRead?: boolean;
  /** `receiveNotification` is available (acknowledge first, work after). */
  readonly acknowledgedNotifications?: boolean;
}

/**
 * The marketplace adapter extension point, version 1: fetch inbound messages from a cursor, send replies,
 * and parse and verify inbound notifications. Run `@lianxing/testkit`'s adapter contract suite against yours.
 */
export interface MarketplaceAdapterV1 {
  readonly specificationVersion: 'v1';
  readonly marketplace: Marketplace;
  readonly capabilities: MarketplaceAdapterCapabilities;
  /** Inbound messages after `options.since`, oldest first, as an async iterable that pages lazily. */
  fetchMessages(options?: FetchMessagesOptions): AsyncIterable<FetchedMessage>;
  sendReply(reply: OutgoingReply): Promise<SentReply>;
  /** Verifies (signature, replay window, or a fetch of the named resource) and parses a notification. */
  parseNotification?(notification: InboundNotification): Promise<ParsedNotification>;
  /**
   * Like `parseNotification`, split for marketplaces that want an answer within a deadline: the ack is
   * computed synchronously from cheap checks, the verification and parsing run after. Present when
   * `capabilities.acknowledgedNotifications`.
   */
  receiveNotification?(notification: InboundNotification): NotificationReceipt;
  /** Marks the buyer's messages in a conversation as read. Present when `capabilities.markRead`. */
  markRead?(conversationId: string, options?: MarkReadOptions): Promise<void>;
}

/** The current adapter interface. */
export type MarketplaceAdapter = MarketplaceAdapterV1;
