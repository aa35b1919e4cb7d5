import type { FetchedMessage, FetchMessagesOptions, MarketplaceAdapterV1, OutgoingReply, ParsedNotification, SentReply } from '../../spec/marketplace-adapter-v1.js';
import type { Message } from '../../schemas/message.js';

/** A marketplace test double that serves a list of messages: cursor = how many were read. Records sends. */
export interface ListAdapter extends MarketplaceAdapterV1 {
  readonly messages: Message[];
  readonly sent: OutgoingReply[];
  /** Number of sendReply calls that will fail before sends succeed. */
  sendFailures: number;
  /** How many times fetchMessages was called. */
  fetchCalls: number;
}

/** Builds a buyer message with sensible defaults. */
export function buyerMessage(id: string, text: string, extra: Partial<Message> = {}): Message {
  return {
    id, conversationId: `c-${id}`, marketplace: 'testmarket', direction: 'inbound', sender: { role: 'buyer' }, text,
    createdAt: '2026-03-02T09:00:00.000Z', attachments: [], ...extra,
  };
}

export function createListAdapter(messages: Message[] = []): ListAdapter {
  const adapter: ListAdapter = {
    specificationVersion: 'v1',
    marketplace: 'testmarket',
    capabilities: { fetch: true, send: true, notifications: true },
    messages,
    sent: [],
    sendFailures: 0,
    fetchCalls: 0,
    async *fetchMessages(options: FetchMessagesOptions = {}): AsyncIterable<FetchedMessage> {
      adapter.fetchCalls++;
      let index = options.since === undefined ? 0 : Number(options.since);
      while (index < adapter.messages.length) {
        if (options.signal?.aborted) return;
        const message = adapter.messages[index]!;
        index++;
        yield { message, cursor: String(index) };
      }
    },
    async sendReply(reply: OutgoingReply): Promise<SentReply> {
      const earlier = adapter.sent.findIndex((sent) => sent.idempotencyKey === reply.idempotencyKey);
      if (earlier >= 0) return { messageId: `sent-${earlier}`, sentAt: new Date().toISOString(), deduplicated: true };
      if (adapter.sendFailures > 0) {
        adapter.sendFailures--;
        throw Object.assign(new Error('503 Service Unavailable'), { name: 'HTTPError' });
      }
      adapter.sent.push(reply);
      return { messageId: `sent-${adapter.sent.length - 1}`, sentAt: new Date().toISOString(), deduplicated: false };
    },
    async parseNotification(notification): Promise<ParsedNotification> {
      const body = JSON.parse(notification.body) as { messageId?: string; message?: Message };
      if (notification.headers['x-signature'] !== 'valid') throw new Error('bad signature');
      return body.message
        ? { kind: 'message', messageId: body.message.id, messages: [body.message] }
        : { kind: 'message', ...(body.messageId === undefined ? {} : { messageId: body.messageId }), messages: [] };
    },
  };
  return adapter;
}
