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
  type NotificationReceipt,
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
  persistRotatedTokens,
  decodeTimeCursor,
  hmacSha256Hex,
  isAfterCursor,
  withTimeCursors,
  safeEqualHex,
  type AccessToken,
  type SendOutcome,
} from '@lianxing/adapter-http';
import { convertTikTokMessage, tiktokTimeToMs } from './convert-tiktok-message.js';
import { createTikTokInterpreter } from './interpret-tiktok-response.js';
import { signTikTokRequest } from './sign-tiktok-request.js';
import {
  tiktokConversationSchema,
  tiktokConversationsResponseSchema,
  tiktokEmptyResponseSchema,
  tiktokMessagesResponseSchema,
  tiktokSendMessageResponseSchema,
  tiktokTokenResponseSchema,
  tiktokWebhookSchema,
  tiktokWireMessageSchema,
  type TikTokWireMessage,
} from './tiktok-api-schemas.js';
import { tiktokAdapterOptionsSchema, type TikTokAdapterOptions, type TikTokTokens } from './tiktok-adapter-options.js';

/** TikTok's longest TEXT message, in characters (UTF-16 code units, the stricter count). */
export const TIKTOK_MAX_TEXT_LENGTH = 2000;
/** The numeric webhook `type` of a new message (third-party sources). */
export const TIKTOK_WEBHOOK_NEW_MESSAGE = 14;
/** The numeric webhook `type` of a new conversation (third-party sources). */
export const TIKTOK_WEBHOOK_NEW_CONVERSATION = 13;

const PACKAGE = 'adapters-tiktok';
const BASE = '/customer_service/202309/conversations';

/** One page of a TikTok list call. */
export interface TikTokPage<T> {
  readonly items: readonly T[];
  /** Pass as `pageToken` for the next page; `undefined` at the end. */
  readonly nextPageToken: string | undefined;
}

/** A Customer Service conversation. */
export interface TikTokConversation {
  readonly id: string;
  readonly latestMessage: Message | undefined;
  /** ISO 8601, when TikTok says. */
  readonly createdAt: string | undefined;
  readonly participants: readonly { readonly role?: string; readonly nickname?: string; readonly imUserId?: string }[];
  /** Unconfirmed field: present only if TikTok sends it. */
  readonly unreadCount: number | undefined;
  readonly raw: unknown;
}

/** Options of {@link TikTokAdapter.listConversations}. */
export interface TikTokListOptions {
  readonly pageToken?: string;
  readonly pageSize?: number;
  readonly signal?: AbortSignal;
}

/** Options of {@link TikTokAdapter.listMessages}. */
export interface TikTokListMessagesOptions extends TikTokListOptions {
  /** @default 'DESC' (newest first) */
  readonly sortOrder?: 'ASC' | 'DESC';
}

/** The TikTok Shop adapter: core's `MarketplaceAdapterV1` plus TikTok's own list calls. */
export interface TikTokAdapter extends MarketplaceAdapterV1 {
  /** One page of conversations (`page_size` ≤ 20). */
  listConversations(options?: TikTokListOptions): Promise<TikTokPage<TikTokConversation>>;
  /** One page of a conversation's messages (`page_size` ≤ 10), all of them, flagged. Does not mark them read. */
  listMessages(conversationId: string, options?: TikTokListMessagesOptions): Promise<TikTokPage<Message>>;
  markRead(conversationId: string, options?: MarkReadOptions): Promise<void>;
  parseNotification(notification: InboundNotification): Promise<ParsedNotification>;
  receiveNotification(notification: InboundNotification): NotificationReceipt;
}



/** TikTok's `*_expire_in` fields: an epoch in seconds in practice; read small values as seconds from now. */
function expiryToMs(value: number, now: number): number {
  return value > 1e9 ? value * 1000 : now + value * 1000;
}

function toPage<T>(items: T[], token: string | null | undefined): TikTokPage<T> {
  return { items, nextPageToken: token ? token : undefined };
}

/**
 * Creates the TikTok Shop adapter (Customer Service API 202309): lists conversations and messages with the
 * `page_token` cursor, sends TEXT replies (≤ 2,000 characters) idempotently, marks conversations read, signs
 * every request with the app secret, refreshes the access token (single flight, before expiry and on 401), and
 * verifies new-message webhooks (HMAC of app key + raw body, a timestamp window, and dedupe on
 * `tts_notification_id`).
 * @example
 * const tiktok = createTikTokAdapter({ appKey, appSecret, refreshToken, shopCipher, onTokens: saveTokens });
 * for await (const { message, cursor } of tiktok.fetchMessages({ since: savedCursor })) {
 *   await handle(message);
 *   savedCursor = cursor;
 * }
 */
export function createTikTokAdapter(options: TikTokAdapterOptions = {}): TikTokAdapter {
  const resolved = {
    ...options,
    appKey: options.appKey ?? readEnv('TIKTOK_SHOP_APP_KEY') ?? '',
    appSecret: options.appSecret ?? readEnv('TIKTOK_SHOP_APP_SECRET') ?? '',
    ...((options.accessToken ?? readEnv('TIKTOK_SHOP_ACCESS_TOKEN')) ? { accessToken: options.accessToken ?? readEnv('TIKTOK_SHOP_ACCESS_TOKEN') } : {}),
    ...((options.refreshToken ?? readEnv('TIKTOK_SHOP_REFRESH_TOKEN')) ? { refreshToken: options.refreshToken ?? readEnv('TIKTOK_SHOP_REFRESH_TOKEN') } : {}),
    ...((options.shopCipher ?? readEnv('TIKTOK_SHOP_CIPHER')) ? { shopCipher: options.shopCipher ?? readEnv('TIKTOK_SHOP_CIPHER') } : {}),
  };
  const parsed = tiktokAdapterOptionsSchema.safeParse(resolved);
  if (!parsed.success) throw ConfigError.fromIssues(`[${PACKAGE}] Options of createTikTokAdapter`, parsed.error.issues);
  if (!resolved.accessToken && !resolved.refreshToken) {
    throw new ConfigError(`[${PACKAGE}] Missing required option \`refreshToken\` (or \`accessToken\`): set one, or TIKTOK_SHOP_REFRESH_TOKEN.`, [
      { path: 'refreshToken', message: 'is required when no accessToken is given' },
    ]);
  }
  const { appKey, appSecret } = resolved;
  const store = options.store ?? createMemoryKeyValueStore();
  const conversationPageSize = options.conversationPageSize ?? 20;
  const messagePageSize = options.messagePageSize ?? 10;
  let refreshToken = resolved.refreshToken;

  const secrets = (): (string | undefined)[] => [appSecret, refreshToken, resolved.refreshToken, resolved.accessToken];
  const http = createAdapterHttpClient({
    packageName: PACKAGE,
    marketplace: 'tiktok',
    baseUrl: options.baseUrl ?? 'https://open-api.tiktokglobalshop.com',
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    rateLimit: options.rateLimit ?? { ratePerSecond: 50, burst: 50 },
    interpret: createTikTokInterpreter({
      ...(options.authErrorCodes ? { authErrorCodes: options.authErrorCodes } : {}),
      ...(options.rateLimitErrorCodes ? { rateLimitErrorCodes: options.rateLimitErrorCodes } : {}),
    }),
    secrets,
    requestIdHeaders: ['x-tt-logid', 'x-request-id'],
    ...(options.onRetry ? { onRetry: options.onRetry } : {}),
    auth: {
      tokens: createTokenManager({
        ...initialAccessToken(resolved.accessToken, options.accessTokenExpiresAt),
        refresh: () => refreshAccessToken(),
      }),
      apply: (headers, token) => headers.set('x-tts-access-token', token),
    },
    sign: ({ url, headers, body }) => {
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
      url.searchParams.set('app_key', appKey);
      url.searchParams.set('timestamp', String(Math.floor(Date.now() / 1000)));
      if (resolved.shopCipher) url.searchParams.set('shop_cipher', resolved.shopCipher);
      url.searchParams.delete('sign');
      url.searchParams.set('sign', signTikTokRequest({ path: url.pathname, query: url.searchParams, body, appSecret }));
    },
  });

  async function refreshAccessToken(): Promise<AccessToken> {
    if (!refreshToken) {
      throw new AuthError(`[${PACKAGE}] The access token was refused or expired and no \`refreshToken\` was given. Re-authorize the shop.`, { marketplace: 'tiktok' });
    }
    const { data } = await http.request({
      method: 'GET',
      path: `${(options.authBaseUrl ?? 'https://auth.tiktok-shops.com').replace(/\/+$/, '')}/api/v2/token/refresh`,
      query: { app_key: appKey, app_secret: appSecret, refresh_token: refreshToken, grant_type: 'refresh_token' },
      schema: tiktokTokenResponseSchema,
      authenticate: false,
      sign: false,
      limiter: false,
      operation: 'refresh the access token',
    });
    const now = Date.now();
    const tokens: TikTokTokens = {
      accessToken: data.data.access_token,
      accessTokenExpiresAt: expiryToMs(data.data.access_token_expire_in, now),
      refreshToken: data.data.refresh_token,
      ...(data.data.refresh_token_expire_in ? { refreshTokenExpiresAt: expiryToMs(data.data.refresh_token_expire_in, now) } : {}),
    };
    refreshToken = tokens.refreshToken;
    await persistRotatedTokens(PACKAGE, options.onTokens, tokens);
    return { accessToken: tokens.accessToken, expiresAt: tokens.accessTokenExpiresAt };
  }

  const invalidRecord = (what: string, cause: unknown): void => {
    options.onInvalidRecord?.(http.invalidRecord(what, cause));
  };

  const parseWireMessages = (items: readonly unknown[] | null | undefined): TikTokWireMessage[] => {
    const messages: TikTokWireMessage[] = [];
    for (const item of items ?? []) {
      const result = tiktokWireMessageSchema.safeParse(item);
      if (result.success) messages.push(result.data);
      else invalidRecord('message', result.error);
    }
    return messages;
  };

  async function rawConversations(pageToken: string | undefined, pageSize: number, signal: AbortSignal | undefined) {
    const { data } = await http.request({
      method: 'GET',
      path: BASE,
      query: { page_size: pageSize, page_token: pageToken, locale: options.locale },
      schema: tiktokConversationsResponseSchema,
      ...(signal ? { signal } : {}),
      operation: 'list conversations',
    });
    return data.data;
  }

  async function rawMessages(conversationId: string, pageToken: string | undefined, pageSize: number, sortOrder: 'ASC' | 'DESC', signal: AbortSignal | undefined) {
    const { data } = await http.request({
      method: 'GET',
      path: `${BASE}/${encodeURIComponent(conversationId)}/messages`,
      query: { page_size: pageSize, page_token: pageToken, locale: options.locale, sort_order: sortOrder, sort_field: 'create_time' },
      schema: tiktokMessagesResponseSchema,
      ...(signal ? { signal } : {}),
      operation: 'list conversation messages',
    });
    return { messages: parseWireMessages(data.data.messages), nextPageToken: data.data.next_page_token ?? undefined };
  }

  const advance = (previous: string | undefined, next: string | undefined, what: string): string | undefined => {
    if (next && next === previous) {
      throw new MarketplaceError(`[${PACKAGE}] TikTok returned the same page token twice while listing ${what}; stopping instead of looping.`, { marketplace: 'tiktok' }, 'response_invalid');
    }
    return next || undefined;
  };

  async function markRead(conversationId: string, markOptions: MarkReadOptions = {}): Promise<void> {
    if (!conversationId) throw new ValidationError(`[${PACKAGE}] markRead needs a conversation id.`, { marketplace: 'tiktok', field: 'conversationId' });
    await http.request({
      method: 'POST',
      path: `${BASE}/${encodeURIComponent(conversationId)}/messages/read`,
      json: {},
      schema: tiktokEmptyResponseSchema,
      idempotent: true,
      ...(markOptions.signal ? { signal: markOptions.signal } : {}),
      operation: 'mark the conversation read',
    });
  }

  const sender = createIdempotentSender({ store, namespace: `${PACKAGE}:send` });
  const replayGuard = createReplayGuard({ store, namespace: `${PACKAGE}:webhook`, marketplace: 'tiktok', packageName: PACKAGE, toleranceMs: options.webhookToleranceMs ?? 900_000 });

  const verifySignature = (notification: InboundNotification): boolean =>
    safeEqualHex(getHeader(notification.headers, 'authorization'), hmacSha256Hex(appSecret, `${appKey}${notification.body}`));

  const forged = (): NotificationError =>
    new NotificationError(`[${PACKAGE}] Rejected a webhook whose Authorization signature does not match the app secret: forged or altered. Answer 401.`, {
      marketplace: 'tiktok',
      reason: 'signature',
    });

  async function parseVerified(notification: InboundNotification): Promise<ParsedNotification> {
    let json: unknown;
    try {
      json = JSON.parse(notification.body);
    } catch (error) {
      throw new NotificationError(`[${PACKAGE}] The webhook body is not JSON.`, { marketplace: 'tiktok', reason: 'malformed', cause: error });
    }
    const envelope = tiktokWebhookSchema.safeParse(json);
    if (!envelope.success) {
      throw new NotificationError(`[${PACKAGE}] The webhook body is not a TikTok Shop notification (type, tts_notification_id, timestamp).`, {
        marketplace: 'tiktok',
        reason: 'malformed',
        cause: envelope.error,
      });
    }
    const { type, tts_notification_id: notificationId, timestamp, data } = envelope.data;
    if ((await replayGuard.check(notificationId, tiktokTimeToMs(timestamp))) === 'duplicate') {
      return { kind: type === TIKTOK_WEBHOOK_NEW_MESSAGE ? 'message' : 'other', duplicate: true, notificationId, messages: [] };
    }
    const conversationId = data?.conversation_id ?? undefined;
    const base = { notificationId, ...(conversationId ? { conversationId } : {}) };
    if (type !== TIKTOK_WEBHOOK_NEW_MESSAGE || !data || !conversationId) return { kind: 'other', ...base, messages: [] };
    const wire = tiktokWireMessageSchema.safeParse({ ...data, id: data.message_id });
    if (!wire.success) {
      // A new-message notice we cannot read is still news: the caller fetches the conversation to reconcile.
      invalidRecord('webhook message', wire.error);
      return { kind: 'message', ...base, ...(data.message_id ? { messageId: data.message_id } : {}), messages: [] };
    }
    return { kind: 'message', ...base, messageId: wire.data.id, messages: [convertTikTokMessage(wire.data, conversationId)] };
  }

  const adapter: TikTokAdapter = {
    specificationVersion: 'v1',
    marketplace: 'tiktok',
    capabilities: { fetch: true, send: true, notifications: true, maxReplyLength: TIKTOK_MAX_TEXT_LENGTH, markRead: true, acknowledgedNotifications: true },

    async listConversations(listOptions = {}) {
      const data = await rawConversations(listOptions.pageToken, listOptions.pageSize ?? conversationPageSize, listOptions.signal);
      const items: TikTokConversation[] = [];
      for (const item of data.conversations ?? []) {
        const result = tiktokConversationSchema.safeParse(item);
        if (!result.success) {
          invalidRecord('conversation', result.error);
          continue;
        }
        const conversation = result.data;
        const latest = tiktokWireMessageSchema.safeParse(conversation.latest_message);
        items.push({
          id: conversation.id,
          latestMessage: latest.success ? convertTikTokMessage(latest.data, conversation.id) : undefined,
          createdAt: conversation.create_time ? new Date(tiktokTimeToMs(conversation.create_time)).toISOString() : undefined,
          participants: (conversation.participants ?? []).map((participant) => ({
            ...(participant.role ? { role: participant.role } : {}),
            ...(participant.nickname ? { nickname: participant.nickname } : {}),
            ...(participant.im_user_id ? { imUserId: participant.im_user_id } : {}),
          })),
          unreadCount: conversation.unread_count ?? undefined,
          raw: item,
        });
      }
      return toPage(items, data.next_page_token);
    },

    async listMessages(conversationId, listOptions = {}) {
      const page = await rawMessages(conversationId, listOptions.pageToken, listOptions.pageSize ?? messagePageSize, listOptions.sortOrder ?? 'DESC', listOptions.signal);
      return toPage(
        page.messages.map((wire) => convertTikTokMessage(wire, conversationId)),
        page.nextPageToken,
      );
    },

    async *fetchMessages(fetchOptions: FetchMessagesOptions = {}): AsyncIterable<FetchedMessage> {
      const signal = fetchOptions.signal;
      const watermark = fetchOptions.since
        ? decodeTimeCursor(fetchOptions.since, PACKAGE)
        : { time: Math.floor((Date.now() - (options.initialLookbackMs ?? 7 * 86_400_000)) / 1000), ids: [] as string[] };
      const found: { message: Message; time: number }[] = [];
      let conversationToken: string | undefined;
      do {
        const page = await rawConversations(conversationToken, conversationPageSize, signal);
        let news = false;
        for (const item of page.conversations ?? []) {
          const conversation = tiktokConversationSchema.safeParse(item);
          if (!conversation.success) {
            invalidRecord('conversation', conversation.error);
            continue;
          }
          const latest = tiktokWireMessageSchema.safeParse(conversation.data.latest_message);
          if (latest.success && latest.data.create_time < watermark.time) continue;
          news = true;
          let messageToken: string | undefined;
          pages: do {
            const messages = await rawMessages(conversation.data.id, messageToken, messagePageSize, 'DESC', signal);
            for (const wire of messages.messages) {
              // Newest first: once past the watermark, the rest of the conversation is old.
              if (wire.create_time < watermark.time) break pages;
              if (!isAfterCursor(watermark, wire.create_time, wire.id)) continue;
              const message = convertTikTokMessage(wire, conversation.data.id);
              if (message.direction === 'inbound') found.push({ message, time: wire.create_time });
            }
            messageToken = advance(messageToken, messages.nextPageToken, `conversation ${conversation.data.id}`);
          } while (messageToken);
        }
        if (options.stopAtStaleConversationPage && !news) break;
        conversationToken = advance(conversationToken, page.next_page_token ?? undefined, 'conversations');
      } while (conversationToken);

      // Oldest first across conversations, so that a cursor never skips a message handed out after it.
      yield* withTimeCursors(found, watermark);
    },

    async sendReply(reply: OutgoingReply): Promise<SentReply> {
      if (!reply.conversationId) throw new ValidationError(`[${PACKAGE}] A reply needs a \`conversationId\`.`, { marketplace: 'tiktok', field: 'conversationId' });
      if (!reply.idempotencyKey) throw new ValidationError(`[${PACKAGE}] A reply needs an \`idempotencyKey\`.`, { marketplace: 'tiktok', field: 'idempotencyKey' });
      if (reply.text.trim() === '') throw new ValidationError(`[${PACKAGE}] A reply needs some text.`, { marketplace: 'tiktok', field: 'text' });
      if (reply.text.length > TIKTOK_MAX_TEXT_LENGTH) {
        throw new ValidationError(
          `[${PACKAGE}] The reply is ${reply.text.length} characters; TikTok accepts at most ${TIKTOK_MAX_TEXT_LENGTH} in a TEXT message. Shorten it or split it.`,
          { marketplace: 'tiktok', field: 'text', limit: TIKTOK_MAX_TEXT_LENGTH, actual: reply.text.length },
        );
      }
      const signal = reply.signal;
      const path = `${BASE}/${encodeURIComponent(reply.conversationId)}/messages`;
      return sender.run({
        key: reply.idempotencyKey,
        send: async (): Promise<SendOutcome> => {
          if (options.markReadBeforeReply !== false) await markRead(reply.conversationId, signal ? { signal } : {});
          const { data } = await http.request({
            method: 'POST',
            path,
            json: { type: 'TEXT', content: JSON.stringify({ content: reply.text }) },
            schema: tiktokSendMessageResponseSchema,
            ...(signal ? { signal } : {}),
            operation: 'send a message',
          });
          return { messageId: data.data.message_id, sentAt: new Date().toISOString() };
        },
        reconcile: async (since) => {
          const page = await rawMessages(reply.conversationId, undefined, messagePageSize, 'DESC', signal);
          const match = page.messages.find((wire) => {
            if (tiktokTimeToMs(wire.create_time) < since) return false;
            const message = convertTikTokMessage(wire, reply.conversationId);
            return message.direction === 'outbound' && !message.flags?.includes('robot') && message.text === reply.text;
          });
          return match ? { messageId: match.id, sentAt: new Date(tiktokTimeToMs(match.create_time)).toISOString() } : undefined;
        },
      });
    },

    markRead,

    async parseNotification(notification) {
      if (!verifySignature(notification)) throw forged();
      return parseVerified(notification);
    },

    receiveNotification(notification) {
      const genuine = verifySignature(notification);
      const result = genuine ? parseVerified(notification) : Promise.reject(forged());
      // The caller may ignore `result` after sending the ack: never let that become an unhandled rejection.
      result.catch(() => undefined);
      return { ack: genuine ? { status: 200 } : { status: 401 }, result };
    },
  };
  return adapter;
}
