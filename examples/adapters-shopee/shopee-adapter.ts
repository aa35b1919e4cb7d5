import {
  AuthError,
  ConfigError,
  MarketplaceError,
  NotificationError,
  ValidationError,
  type FetchedMessage,
  type FetchMessagesOptions,
  type InboundNotification,
  type MarkReadOptions,
  type MarketplaceAdapterV1,
  type Message,
  type OutgoingReply,
  type ParsedNotification,
  type SentReply,
} from '@lianxing/core';
import {
  createAdapterHttpClient,
  getHeader,
  readEnv,
  createIdempotentSender,
  createMemoryKeyValueStore,
  createReplayGuard,
  createTokenManager,
  initialAccessToken,
  decodeTimeCursor,
  isAfterCursor,
  safeEqualHex,
  withTimeCursors,
  type SendOutcome,
} from '@lianxing/adapter-http';
import { convertShopeeMessage, shopeeTimeToMs } from './convert-shopee-message.js';
import { interpretShopeeResponse } from './interpret-shopee-response.js';
import { signShopeePush, signShopeeRequest } from './sign-shopee-request.js';
import {
  shopeeConversationListSchema,
  shopeeConversationSchema,
  shopeeEmptySchema,
  shopeeMessagesSchema,
  shopeeOneConversationSchema,
  shopeePushSchema,
  shopeeSendSchema,
  shopeeWireMessageSchema,
  type ShopeeWireMessage,
} from './shopee-api-schemas.js';
import { shopeeAdapterOptionsSchema, type ShopeeAdapterOptions } from './shopee-adapter-options.js';

const PACKAGE = 'adapters-shopee';
const CHAT = '/api/v2/sellerchat';
/** The push `code` of chat messages. */
export const SHOPEE_PUSH_CHAT = 10;

/** The Shopee adapter: core's `MarketplaceAdapterV1`. */
export interface ShopeeAdapter extends MarketplaceAdapterV1 {
  markRead(conversationId: string, options?: MarkReadOptions): Promise<void>;
  parseNotification(notification: InboundNotification): Promise<ParsedNotification>;
}



/**
 * Creates a Shopee seller-chat adapter (Open Platform v2, `/api/v2/sellerchat/`), written from
 * docs/writing-an-adapter.md: conversations and messages, text replies, read marks, and verified chat pushes.
 * @example
 * const shopee = createShopeeAdapter({ callbackUrl: 'https://seller.example/shopee/push' }); // keys from SHOPEE_*
 * for await (const { message, cursor } of shopee.fetchMessages({ since })) handle(message, cursor);
 */
export function createShopeeAdapter(options: ShopeeAdapterOptions = {}): ShopeeAdapter {
  const resolved = {
    ...options,
    partnerId: options.partnerId ?? readEnv('SHOPEE_PARTNER_ID') ?? '',
    partnerKey: options.partnerKey ?? readEnv('SHOPEE_PARTNER_KEY') ?? '',
    shopId: options.shopId ?? readEnv('SHOPEE_SHOP_ID') ?? '',
    accessToken: options.accessToken ?? readEnv('SHOPEE_ACCESS_TOKEN') ?? '',
  };
  const parsed = shopeeAdapterOptionsSchema.safeParse(resolved);
  if (!parsed.success) throw ConfigError.fromIssues(`[${PACKAGE}] Options of createShopeeAdapter`, parsed.error.issues);
  const { partnerId, partnerKey, shopId } = resolved;
  const pageSize = options.pageSize ?? 20;
  const store = options.store ?? createMemoryKeyValueStore();
  /** Each conversation's buyer (its `to_id`), to tell directions apart. */
  const buyers = new Map<string, string>();

  const tokens = createTokenManager({
    ...initialAccessToken(resolved.accessToken, options.accessTokenExpiresAt),
    refresh: async () => {
      if (!options.refreshAccessToken) {
        throw new AuthError(`[${PACKAGE}] Shopee refused the access token and no \`refreshAccessToken\` was given. Renew the shop's token.`, { marketplace: 'shopee' });
      }
      return options.refreshAccessToken();
    },
  });

  const http = createAdapterHttpClient({
    packageName: PACKAGE,
    marketplace: 'shopee',
    baseUrl: options.baseUrl ?? 'https://partner.shopeemobile.com',
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    rateLimit: options.rateLimit ?? { ratePerSecond: 10, burst: 10 },
    interpret: interpretShopeeResponse,
    secrets: () => [partnerKey, resolved.accessToken],
    requestIdHeaders: ['x-request-id'],
    // The token travels in the query and in the signature: `sign` puts it there.
    auth: { tokens, apply: () => undefined },
    sign: ({ url }) => {
      const timestamp = Math.floor(Date.now() / 1000);
      const accessToken = tokens.current()?.accessToken ?? '';
      url.searchParams.set('partner_id', partnerId);
      url.searchParams.set('timestamp', String(timestamp));
      url.searchParams.set('access_token', accessToken);
      url.searchParams.set('shop_id', shopId);
      url.searchParams.set('sign', signShopeeRequest({ partnerId, path: url.pathname, timestamp, accessToken, shopId, partnerKey }));
    },
  });

  const invalidRecord = (what: string, cause: unknown): void => {
    options.onInvalidRecord?.(http.invalidRecord(what, cause));
  };

  const nextOffset = (previous: string | undefined, page: { next_offset?: string | number | null | undefined; more?: boolean | null | undefined } | null | undefined, what: string): string | undefined => {
    const next = page?.next_offset === undefined || page.next_offset === null || page.next_offset === '' ? undefined : String(page.next_offset);
    if (page?.more === false || next === undefined) return undefined;
    if (next === previous) throw new MarketplaceError(`[${PACKAGE}] Shopee returned the same offset twice while listing ${what}; stopping instead of looping.`, { marketplace: 'shopee' }, 'response_invalid');
    return next;
  };

  async function conversationsPage(offset: string | undefined, signal: AbortSignal | undefined) {
    const { data } = await http.request({
      method: 'GET',
      path: `${CHAT}/get_conversation_list`,
      query: { direction: 'older', type: 'all', page_size: pageSize, offset },
      schema: shopeeConversationListSchema,
      ...(signal ? { signal } : {}),
      operation: 'list conversations',
    });
    const conversations = [];
    for (const item of data.response.conversations ?? data.response.conversations_list ?? []) {
      const result = shopeeConversationSchema.safeParse(item);
      if (!result.success) {
        invalidRecord('conversation', result.error);
        continue;
      }
      if (result.data.to_id) buyers.set(result.data.conversation_id, result.data.to_id);
      conversations.push(result.data);
    }
    return { conversations, next: nextOffset(offset, data.response.page_result, 'conversations') };
  }

  async function messagesPage(conversationId: string, offset: string | undefined, signal: AbortSignal | undefined) {
    const { data } = await http.request({
      method: 'GET',
      path: `${CHAT}/get_message`,
      query: { conversation_id: conversationId, offset, page_size: pageSize },
      schema: shopeeMessagesSchema,
      ...(signal ? { signal } : {}),
      operation: 'list messages',
    });
    const messages: ShopeeWireMessage[] = [];
    for (const item of data.response.messages ?? []) {
      const result = shopeeWireMessageSchema.safeParse(item);
      if (result.success) messages.push(result.data);
      else invalidRecord('message', result.error);
    }
    return { messages, next: nextOffset(offset, data.response.page_result, `conversation ${conversationId}`) };
  }

  /** The conversation's buyer (`to_id`), from `get_one_conversation`. */
  async function oneConversation(conversationId: string, signal: AbortSignal | undefined): Promise<string | undefined> {
    const { data } = await http.request({
      method: 'GET',
      path: `${CHAT}/get_one_conversation`,
      query: { conversation_id: conversationId },
      schema: shopeeOneConversationSchema,
      ...(signal ? { signal } : {}),
      operation: 'read the conversation',
    });
    const buyer = data.response.to_id ?? undefined;
    if (buyer) buyers.set(conversationId, buyer);
    return buyer;
  }

  async function allMessages(conversationId: string, signal: AbortSignal | undefined): Promise<ShopeeWireMessage[]> {
    const all: ShopeeWireMessage[] = [];
    let offset: string | undefined;
    do {
      const page = await messagesPage(conversationId, offset, signal);
      all.push(...page.messages);
      offset = page.next;
    } while (offset);
    return all;
  }

  const sender = createIdempotentSender({ store, namespace: `${PACKAGE}:send` });
  const replayGuard = createReplayGuard({ store, namespace: `${PACKAGE}:push`, marketplace: 'shopee', packageName: PACKAGE, toleranceMs: options.pushToleranceMs ?? 900_000 });

  const adapter: ShopeeAdapter = {
    specificationVersion: 'v1',
    marketplace: 'shopee',
    capabilities: {
      fetch: true,
      send: true,
      notifications: options.callbackUrl !== undefined,
      markRead: true,
      ...(options.maxTextLength ? { maxReplyLength: options.maxTextLength } : {}),
    },

    async *fetchMessages(fetchOptions: FetchMessagesOptions = {}): AsyncIterable<FetchedMessage> {
      const signal = fetchOptions.signal;
      const watermark = fetchOptions.since
        ? decodeTimeCursor(fetchOptions.since, PACKAGE)
        : { time: Date.now() - (options.initialLookbackMs ?? 7 * 86_400_000), ids: [] as string[] };
      const found: { message: Message; time: number }[] = [];
      let offset: string | undefined;
      do {
        const page = await conversationsPage(offset, signal);
        for (const conversation of page.conversations) {
          const latest = conversation.last_message_timestamp;
          if (latest !== undefined && latest !== null && shopeeTimeToMs(latest) < watermark.time) continue;
          const buyerId = conversation.to_id ?? undefined;
          for (const wire of await allMessages(conversation.conversation_id, signal)) {
            const time = shopeeTimeToMs(wire.created_timestamp);
            const message = convertShopeeMessage(wire, { buyerId });
            if (message.direction === 'inbound' && isAfterCursor(watermark, time, wire.message_id)) found.push({ message, time });
          }
        }
        offset = page.next;
      } while (offset);
      yield* withTimeCursors(found, watermark);
    },

    async sendReply(reply: OutgoingReply): Promise<SentReply> {
      if (!reply.conversationId) throw new ValidationError(`[${PACKAGE}] A reply needs a \`conversationId\`.`, { marketplace: 'shopee', field: 'conversationId' });
      if (!reply.idempotencyKey) throw new ValidationError(`[${PACKAGE}] A reply needs an \`idempotencyKey\`.`, { marketplace: 'shopee', field: 'idempotencyKey' });
      if (reply.text.trim() === '') throw new ValidationError(`[${PACKAGE}] A reply needs some text.`, { marketplace: 'shopee', field: 'text' });
      if (options.maxTextLength && reply.text.length > options.maxTextLength) {
        throw new ValidationError(`[${PACKAGE}] The reply is ${reply.text.length} characters; the configured limit is ${options.maxTextLength}.`, {
          marketplace: 'shopee',
          field: 'text',
          limit: options.maxTextLength,
          actual: reply.text.length,
        });
      }
      const signal = reply.signal;
      return sender.run({
        key: reply.idempotencyKey,
        send: async (): Promise<SendOutcome> => {
          const buyer = buyers.get(reply.conversationId) ?? (await oneConversation(reply.conversationId, signal));
          if (!buyer) {
            throw new ValidationError(`[${PACKAGE}] Shopee did not say who the buyer of conversation ${reply.conversationId} is.`, {
              marketplace: 'shopee',
              field: 'conversationId',
            });
          }
          const { data } = await http.request({
            method: 'POST',
            path: `${CHAT}/send_message`,
            json: { to_id: Number(buyer), message_type: 'text', content: { text: reply.text } },
            schema: shopeeSendSchema,
            ...(signal ? { signal } : {}),
            operation: 'send a message',
          });
          const created = data.response.created_timestamp;
          return { messageId: data.response.message_id, sentAt: new Date(created ? shopeeTimeToMs(created) : Date.now()).toISOString() };
        },
        reconcile: async (since) => {
          const { messages } = await messagesPage(reply.conversationId, undefined, signal);
          const buyer = buyers.get(reply.conversationId);
          const match = messages.find(
            (wire) => buyer !== undefined && wire.from_id !== buyer && wire.message_type === 'text' && wire.content?.text === reply.text && shopeeTimeToMs(wire.created_timestamp) >= since,
          );
          return match ? { messageId: match.message_id, sentAt: new Date(shopeeTimeToMs(match.created_timestamp)).toISOString() } : undefined;
        },
      });
    },

    async markRead(conversationId, markOptions = {}) {
      const { messages } = await messagesPage(conversationId, undefined, markOptions.signal);
      const latest = [...messages].sort((a, b) => b.created_timestamp - a.created_timestamp)[0];
      await http.request({
        method: 'POST',
        path: `${CHAT}/read_conversation`,
        json: { conversation_id: conversationId, ...(latest ? { last_read_message_id: latest.message_id } : {}) },
        schema: shopeeEmptySchema,
        idempotent: true,
        ...(markOptions.signal ? { signal: markOptions.signal } : {}),
        operation: 'mark the conversation read',
      });
    },

    async parseNotification(notification) {
      if (!options.callbackUrl) throw new ConfigError(`[${PACKAGE}] Set \`callbackUrl\` (the exact push URL) to verify pushes.`, [{ path: 'callbackUrl', message: 'is required to verify pushes' }]);
      if (!safeEqualHex(getHeader(notification.headers, 'authorization'), signShopeePush(partnerKey, options.callbackUrl, notification.body))) {
        throw new NotificationError(`[${PACKAGE}] Rejected a push whose Authorization signature does not match: forged or altered.`, { marketplace: 'shopee', reason: 'signature' });
      }
      let json: unknown;
      try {
        json = JSON.parse(notification.body);
      } catch (error) {
        throw new NotificationError(`[${PACKAGE}] The push body is not JSON.`, { marketplace: 'shopee', reason: 'malformed', cause: error });
      }
      const push = shopeePushSchema.safeParse(json);
      if (!push.success) throw new NotificationError(`[${PACKAGE}] The body is not a Shopee push (code, timestamp).`, { marketplace: 'shopee', reason: 'malformed', cause: push.error });
      const content = shopeeWireMessageSchema.safeParse(push.data.data?.content);
      // `msg_id` may be empty (it is in recorded pushes): the message id then identifies the push.
      const pushId = push.data.msg_id || (content.success ? `message:${content.data.message_id}` : undefined);
      if (!pushId) throw new NotificationError(`[${PACKAGE}] The push carries no id to dedupe on.`, { marketplace: 'shopee', reason: 'malformed' });
      const duplicate = (await replayGuard.check(pushId, shopeeTimeToMs(push.data.timestamp))) === 'duplicate';
      if (push.data.code !== SHOPEE_PUSH_CHAT || push.data.data?.type !== 'message') return { kind: 'other', notificationId: pushId, messages: [], ...(duplicate ? { duplicate } : {}) };
      if (!content.success) {
        invalidRecord('push message', content.error);
        return { kind: 'message', notificationId: pushId, messages: [] };
      }
      const base = { kind: 'message' as const, notificationId: pushId, conversationId: content.data.conversation_id, messageId: content.data.message_id };
      if (duplicate) return { ...base, duplicate: true, messages: [] };
      return { ...base, messages: [convertShopeeMessage(content.data, { buyerId: buyers.get(content.data.conversation_id) })] };
    },
  };
  return adapter;
}
