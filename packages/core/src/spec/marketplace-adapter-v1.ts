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
}

/** What an adapter supports beyond the required members. */
export interface MarketplaceAdapterCapabilities {
  readonly fetch: boolean;
  readonly send: boolean;
  readonly notifications: boolean;
  /** Longest reply the marketplace accepts, in characters. */
  readonly maxReplyLength?: number;
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
}

/** The current adapter interface. */
export type MarketplaceAdapter = MarketplaceAdapterV1;
