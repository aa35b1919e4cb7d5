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
  claimKey,
  createAdapterHttpClient,
  readEnv,
  createIdempotentSender,
  createMemoryKeyValueStore,
  createTokenBucket,
  createTokenManager,
  initialAccessToken,
  persistRotatedTokens,
  decodeTimeCursor,
  isAfterCursor,
  withTimeCursors,
  type AccessToken,
  type SendOutcome,
  type TokenBucket,
} from '@lianxing/adapter-http';
import { convertMercadoLibreMessage, mercadolibreMessageTime } from './convert-mercadolibre-message.js';
import { interpretMercadoLibreResponse } from './interpret-mercadolibre-response.js';
import {
  mercadolibreActionGuideSchema,
  mercadolibreMessagesResponseSchema,
  mercadolibreNotificationSchema,
  mercadolibreSendResponseSchema,
  mercadolibreTokenResponseSchema,
  mercadolibreUnreadResponseSchema,
  mercadolibreWireMessageSchema,
  type MercadoLibreWireMessage,
} from './mercadolibre-api-schemas.js';
import { mercadolibreAdapterOptionsSchema, type MercadoLibreAdapterOptions, type MercadoLibreTokens } from './mercadolibre-adapter-options.js';

/** The free-text limit integrations implement (the official page was not seen in full). */
export const MERCADOLIBRE_MAX_TEXT_LENGTH = 350;
/** Notification topics that announce a message. */
export const MERCADOLIBRE_MESSAGE_TOPICS: readonly string[] = ['messages', 'marketplace_messages'];

const PACKAGE = 'adapters-mercadolibre';
const NOTIFICATION_TTL_MS = 3 * 86_400_000;

/** A pack's conversation state, as Mercado Libre reports it. */
export interface MercadoLibreConversationStatus {
  /** `active` or `blocked`. */
  readonly status: string | undefined;
  /** Why it is blocked, e.g. `blocked_by_time`. */
  readonly substatus: string | undefined;
}

/** One page of a pack's messages. */
export interface MercadoLibrePackPage {
  readonly items: readonly Message[];
  readonly total: number;
  readonly conversationStatus: MercadoLibreConversationStatus | undefined;
}

/** An option of the action guide: a reason the seller may give to start a conversation. */
export interface MercadoLibreActionOption {
  readonly id: string;
  readonly description: string | undefined;
  readonly enabled: boolean;
  /** `template` or `free_text`. */
  readonly type: string | undefined;
  readonly templateIds: readonly string[];
  /** How many more times the option may be used now; 0 means wait for the buyer. */
  readonly capAvailable: number | undefined;
  readonly charLimit: number | undefined;
}

/** A seller-initiated message: it needs a reason (an action-guide option). */
export interface StartConversationRequest {
  readonly packId: string;
  /** The action-guide option, e.g. `SEND_INVOICE_LINK` or `OTHER`. */
  readonly optionId: string;
  /** Free text, for `free_text` options. */
  readonly text?: string;
  /** The template, for `template` options. */
  readonly templateId?: string;
  readonly idempotencyKey: string;
  readonly signal?: AbortSignal;
}

/** The Mercado Libre adapter: core's `MarketplaceAdapterV1` plus Mercado Libre's own calls. */
export interface MercadoLibreAdapter extends MarketplaceAdapterV1 {
  /** One page of a pack's messages; never marks them read. */
  listPackMessages(packId: string, options?: { readonly offset?: number; readonly limit?: number; readonly signal?: AbortSignal }): Promise<MercadoLibrePackPage>;
  /** Packs with unread buyer messages, and how many. */
  listUnread(options?: { readonly signal?: AbortSignal }): Promise<readonly { readonly packId: string; readonly count: number }[]>;
  /** The reasons the seller may use to start a conversation in a pack. */
  getActionGuide(packId: string, options?: { readonly signal?: AbortSignal }): Promise<readonly MercadoLibreActionOption[]>;
  /** Sends a seller-initiated message with its action-guide reason, checked against the guide first. */
  startConversation(request: StartConversationRequest): Promise<SentReply>;
  /** Marks a pack's messages read (a read of the pack without `mark_as_read=false`). */
  markRead(packId: string, options?: MarkReadOptions): Promise<void>;
  /** Verifies a notification by fetching the message it names, and parses it. */
  parseNotification(notification: InboundNotification): Promise<ParsedNotification>;
  /** Acknowledges at once (Mercado Libre wants a 200 within 500 ms), then verifies and parses in `result`. */
  receiveNotification(notification: InboundNotification): NotificationReceipt;
}


const packIdOf = (resource: string): string | undefined => /\/packs\/(\d+)/.exec(resource)?.[1];

/**
 * Creates the Mercado Libre adapter (post-sale messaging): reads pack conversations with
 * `mark_as_read=false`, finds new messages through the unread list, sends replies within the length limit and
 * only into conversations the buyer started (seller-initiated ones go through `startConversation` with an
 * action-guide reason), verifies `messages` notifications by fetching the message they name, and refreshes
 * OAuth tokens once for all concurrent calls, persisting the single-use refresh token through `onTokens`
 * before using the new access token. `mode: 'global'` speaks Global Selling's `/marketplace/messages`.
 * @example
 * const ml = createMercadoLibreAdapter({ clientId, clientSecret, sellerId, refreshToken, onTokens: save });
 * app.post('/ml/notifications', (request, response) => {
 *   const { ack, result } = ml.receiveNotification({ headers: request.headers, body: request.rawBody });
 *   response.status(ack.status).end();
 *   result.then(inbox.accept, inbox.reportError);
 * });
 */
export function createMercadoLibreAdapter(options: MercadoLibreAdapterOptions = {}): MercadoLibreAdapter {
  const resolved = {
    ...options,
    clientId: options.clientId ?? readEnv('MERCADOLIBRE_CLIENT_ID') ?? '',
    clientSecret: options.clientSecret ?? readEnv('MERCADOLIBRE_CLIENT_SECRET') ?? '',
    sellerId: options.sellerId ?? readEnv('MERCADOLIBRE_SELLER_ID') ?? '',
    ...((options.accessToken ?? readEnv('MERCADOLIBRE_ACCESS_TOKEN')) ? { accessToken: options.accessToken ?? readEnv('MERCADOLIBRE_ACCESS_TOKEN') } : {}),
    ...((options.refreshToken ?? readEnv('MERCADOLIBRE_REFRESH_TOKEN')) ? { refreshToken: options.refreshToken ?? readEnv('MERCADOLIBRE_REFRESH_TOKEN') } : {}),
  };
  const parsed = mercadolibreAdapterOptionsSchema.safeParse(resolved);
  if (!parsed.success) throw ConfigError.fromIssues(`[${PACKAGE}] Options of createMercadoLibreAdapter`, parsed.error.issues);
  if (!resolved.accessToken && !resolved.refreshToken) {
    throw new ConfigError(`[${PACKAGE}] Missing required option \`refreshToken\` (or \`accessToken\`): set one, or MERCADOLIBRE_REFRESH_TOKEN.`, [
      { path: 'refreshToken', message: 'is required when no accessToken is given' },
    ]);
  }
  if (resolved.refreshToken && !options.onTokens) {
    throw new ConfigError(
      `[${PACKAGE}] Missing required option \`onTokens\`: Mercado Libre refresh tokens are single-use, so each new one must be persisted the moment it is issued.`,
      [{ path: 'onTokens', message: 'is required with a refreshToken' }],
    );
  }
  const { clientId, clientSecret, sellerId } = resolved;
  const global = options.mode === 'global';
  const maxTextLength = options.maxTextLength ?? MERCADOLIBRE_MAX_TEXT_LENGTH;
  const pageSize = options.pageSize ?? 10;
  const store = options.store ?? createMemoryKeyValueStore();
  const tag = global ? {} : { tag: 'post_sale' };
  const perMinute = (requests: number) => ({ ratePerSecond: requests / 60, burst: 10 });
  const readLimiter: TokenBucket | undefined = options.rateLimit === false ? undefined : createTokenBucket(options.rateLimit?.read ?? perMinute(500));
  const writeLimiter: TokenBucket | undefined = options.rateLimit === false ? undefined : createTokenBucket(options.rateLimit?.write ?? perMinute(500));
  let refreshToken = resolved.refreshToken;
  /** The buyer (or mediating agent) to address in each pack, learnt from its inbound messages. */
  const counterparts = new Map<string, string>();

  const http = createAdapterHttpClient({
    packageName: PACKAGE,
    marketplace: 'mercadolibre',
    baseUrl: options.baseUrl ?? 'https://api.mercadolibre.com',
    ...(options.fetch ? { fetch: options.fetch } : {}),
    headers: { accept: 'application/json', ...options.headers },
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    interpret: interpretMercadoLibreResponse,
    secrets: () => [clientSecret, refreshToken, resolved.refreshToken, resolved.accessToken],
    requestIdHeaders: ['x-request-id'],
    ...(options.onRetry ? { onRetry: options.onRetry } : {}),
    auth: {
      tokens: createTokenManager({
        ...initialAccessToken(resolved.accessToken, options.accessTokenExpiresAt),
        refresh: () => refreshAccessToken(),
      }),
      apply: (headers, token) => headers.set('authorization', `Bearer ${token}`),
    },
  });

  async function refreshAccessToken(): Promise<AccessToken> {
    if (!refreshToken) {
      throw new AuthError(`[${PACKAGE}] The access token was refused or expired and no \`refreshToken\` was given. Re-authorize the seller.`, { marketplace: 'mercadolibre' });
    }
    const { data } = await http.request({
      method: 'POST',
      path: '/oauth/token',
      form: { grant_type: 'refresh_token', client_id: clientId, client_secret: clientSecret, refresh_token: refreshToken },
      schema: mercadolibreTokenResponseSchema,
      authenticate: false,
      // Single-use: a refresh that may have reached Mercado Libre is never sent again (it would burn the new token).
      idempotent: false,
      limiter: writeLimiter ?? false,
      operation: 'refresh the access token',
    });
    const tokens: MercadoLibreTokens = {
      accessToken: data.access_token,
      accessTokenExpiresAt: Date.now() + data.expires_in * 1000,
      refreshToken: data.refresh_token,
      ...(data.user_id ? { userId: data.user_id } : {}),
    };
    // Kept in memory first: if persisting fails, the next refresh still holds the only valid refresh token.
    refreshToken = tokens.refreshToken;
    await persistRotatedTokens(PACKAGE, options.onTokens, tokens);
    return { accessToken: tokens.accessToken, expiresAt: tokens.accessTokenExpiresAt };
  }

  const packPath = (packId: string): string =>
    global ? `/marketplace/messages/packs/${encodeURIComponent(packId)}` : `/messages/packs/${encodeURIComponent(packId)}/sellers/${sellerId}`;

  const invalidRecord = (cause: unknown): void => {
    options.onInvalidRecord?.(http.invalidRecord('message', cause));
  };

  const parseWire = (items: readonly unknown[] | null | undefined): MercadoLibreWireMessage[] => {
    const messages: MercadoLibreWireMessage[] = [];
    for (const item of items ?? []) {
      const result = mercadolibreWireMessageSchema.safeParse(item);
      if (result.success) messages.push(result.data);
      else invalidRecord(result.error);
    }
    return messages;
  };

  const remember = (packId: string, wire: MercadoLibreWireMessage): void => {
    if (wire.from.user_id !== sellerId && !counterparts.has(packId)) counterparts.set(packId, wire.from.user_id);
  };

  async function readPack(packId: string, page: { offset: number; limit: number; markAsRead?: boolean }, signal: AbortSignal | undefined) {
    const { data } = await http.request({
      method: 'GET',
      path: packPath(packId),
      query: { ...tag, limit: page.limit, offset: page.offset, ...(page.markAsRead ? {} : { mark_as_read: 'false' }) },
      schema: mercadolibreMessagesResponseSchema,
      limiter: readLimiter ?? false,
      ...(signal ? { signal } : {}),
      operation: page.markAsRead ? 'mark the pack read' : 'read the pack messages',
    });
    const messages = parseWire(data.messages);
    return {
      messages,
      total: data.paging?.total ?? messages.length,
      status: data.conversation_status ? { status: data.conversation_status.status ?? undefined, substatus: data.conversation_status.substatus ?? undefined } : undefined,
    };
  }

  /** Every message of a pack, paging with limit/offset until `paging.total`. */
  async function readWholePack(packId: string, signal: AbortSignal | undefined) {
    const all: MercadoLibreWireMessage[] = [];
    let offset = 0;
    let total = Number.POSITIVE_INFINITY;
    let status: MercadoLibreConversationStatus | undefined;
    while (offset < total) {
      const page = await readPack(packId, { offset, limit: pageSize }, signal);
      total = page.total;
      status ??= page.status;
      if (page.messages.length === 0) break;
      all.push(...page.messages);
      offset += page.messages.length;
    }
    for (const wire of all) remember(packId, wire);
    return { messages: all, status };
  }

  async function listUnread(signal: AbortSignal | undefined) {
    const { data } = await http.request({
      method: 'GET',
      path: global ? '/marketplace/messages/unread' : '/messages/unread',
      query: { role: 'seller', ...tag },
      schema: mercadolibreUnreadResponseSchema,
      limiter: readLimiter ?? false,
      ...(signal ? { signal } : {}),
      operation: 'list unread packs',
    });
    const packs: { packId: string; count: number }[] = [];
    for (const result of data.results ?? []) {
      const packId = packIdOf(result.resource);
      if (packId) packs.push({ packId, count: result.count ?? 0 });
    }
    return packs;
  }

  async function fetchOne(path: string, signal: AbortSignal | undefined): Promise<MercadoLibreWireMessage | undefined> {
    const { data } = await http.request({
      method: 'GET',
      path,
      query: { ...tag, mark_as_read: 'false' },
      schema: mercadolibreMessagesResponseSchema,
      limiter: readLimiter ?? false,
      ...(signal ? { signal } : {}),
      operation: 'read the notified message',
    });
    return parseWire(data.messages)[0];
  }

  const sender = createIdempotentSender({ store, namespace: `${PACKAGE}:send` });

  const checkText = (text: string | undefined, limit: number, field = 'text'): void => {
    if (text === undefined || text.trim() === '') throw new ValidationError(`[${PACKAGE}] A message needs some text.`, { marketplace: 'mercadolibre', field });
    if (text.length > limit) {
      throw new ValidationError(`[${PACKAGE}] The message is ${text.length} characters; Mercado Libre accepts at most ${limit}. Shorten it.`, {
        marketplace: 'mercadolibre',
        field,
        limit,
        actual: text.length,
      });
    }
  };

  const reconcileIn = (packId: string, text: string | undefined, signal: AbortSignal | undefined) => async (since: number): Promise<SendOutcome | undefined> => {
    const { messages } = await readWholePack(packId, signal);
    const match = messages.find((wire) => wire.from.user_id === sellerId && (text === undefined || wire.text === text) && mercadolibreMessageTime(wire) >= since);
    return match ? { messageId: match.id, sentAt: new Date(mercadolibreMessageTime(match)).toISOString() } : undefined;
  };

  const sentId = (data: { id?: string | null | undefined; message_id?: string | null | undefined; messages?: readonly { id: string }[] | null | undefined }): string | undefined =>
    data.id ?? data.message_id ?? data.messages?.[0]?.id ?? undefined;

  async function post(path: string, body: unknown, reconcile: (since: number) => Promise<SendOutcome | undefined>, operation: string, signal: AbortSignal | undefined): Promise<SendOutcome> {
    const startedAt = Date.now();
    const { data } = await http.request({
      method: 'POST',
      path,
      query: tag,
      json: body,
      schema: mercadolibreSendResponseSchema,
      limiter: writeLimiter ?? false,
      ...(signal ? { signal } : {}),
      operation,
    });
    const id = sentId(data);
    if (id) return { messageId: id, sentAt: new Date().toISOString() };
    // The response shape of a send is not documented in full: without an id in it, find the message in the pack.
    const found = await reconcile(startedAt - 120_000);
    if (found) return found;
    throw new MarketplaceError(`[${PACKAGE}] Mercado Libre accepted the message but neither its answer nor the pack shows its id.`, { marketplace: 'mercadolibre', path }, 'response_invalid');
  }

  async function parseVerified(envelope: ReturnType<typeof mercadolibreNotificationSchema.parse>, signal?: AbortSignal): Promise<ParsedNotification> {
    const unverified = (why: string): NotificationError =>
      new NotificationError(`[${PACKAGE}] Rejected a notification that ${why}.`, { marketplace: 'mercadolibre', reason: 'unverified' });
    if (envelope.application_id && envelope.application_id !== clientId) throw unverified('names another application');
    if (envelope.user_id !== sellerId) throw unverified('is for another user');
    if (!MERCADOLIBRE_MESSAGE_TOPICS.includes(envelope.topic)) return { kind: 'other', notificationId: envelope._id, messages: [] };
    // The resource is a bare message id (local, per integrations) or a path (`/marketplace/messages/{id}`, `/messages/{id}`).
    const resource = envelope.resource.split('?')[0]!.replace(/\/+$/, '');
    const messageId = resource.split('/').pop() ?? '';
    if (!/^[\w-]+$/.test(messageId)) throw unverified('names no message');
    const path = resource.startsWith('/marketplace/messages/') || global ? `/marketplace/messages/${messageId}` : `/messages/${messageId}`;
    let wire: MercadoLibreWireMessage | undefined;
    try {
      wire = await fetchOne(path, signal);
    } catch (error) {
      if (MarketplaceError.isInstance(error) && error.status === 404) throw unverified('names a message Mercado Libre does not have');
      throw error;
    }
    if (!wire || wire.id !== messageId) throw unverified('names a message Mercado Libre did not return');
    if (wire.from.user_id !== sellerId && wire.to?.user_id !== sellerId) throw unverified('names a message of another seller');
    const packId = wire.message_resources?.find((item) => item.name === 'packs')?.id ?? wire.message_resources?.find((item) => item.name === 'orders')?.id;
    if (!packId) throw unverified('names a message outside any pack or order');
    remember(packId, wire);
    const first = await claimKey(store, `${PACKAGE}:notification:${envelope._id}`, NOTIFICATION_TTL_MS);
    const base = { kind: 'message' as const, notificationId: envelope._id, conversationId: packId, messageId };
    if (!first) return { ...base, duplicate: true, messages: [] };
    return { ...base, messages: [convertMercadoLibreMessage(wire, { sellerId, packId })] };
  }

  const parseEnvelope = (notification: InboundNotification) => {
    let json: unknown;
    try {
      json = JSON.parse(notification.body);
    } catch (error) {
      throw new NotificationError(`[${PACKAGE}] The notification body is not JSON.`, { marketplace: 'mercadolibre', reason: 'malformed', cause: error });
    }
    const envelope = mercadolibreNotificationSchema.safeParse(json);
    if (!envelope.success) {
      throw new NotificationError(`[${PACKAGE}] The body is not a Mercado Libre notification (_id, resource, user_id, topic).`, {
        marketplace: 'mercadolibre',
        reason: 'malformed',
        cause: envelope.error,
      });
    }
    return envelope.data;
  };

  async function markRead(packId: string, markOptions: MarkReadOptions = {}): Promise<void> {
    if (!/^\d+$/.test(packId)) throw new ValidationError(`[${PACKAGE}] markRead needs a numeric pack id.`, { marketplace: 'mercadolibre', field: 'conversationId' });
    await readPack(packId, { offset: 0, limit: 1, markAsRead: true }, markOptions.signal);
  }

  const adapter: MercadoLibreAdapter = {
    specificationVersion: 'v1',
    marketplace: 'mercadolibre',
    capabilities: { fetch: true, send: true, notifications: true, maxReplyLength: maxTextLength, markRead: true, acknowledgedNotifications: true },

    async listPackMessages(packId, listOptions = {}) {
      const page = await readPack(packId, { offset: listOptions.offset ?? 0, limit: listOptions.limit ?? pageSize }, listOptions.signal);
      for (const wire of page.messages) remember(packId, wire);
      return { items: page.messages.map((wire) => convertMercadoLibreMessage(wire, { sellerId, packId })), total: page.total, conversationStatus: page.status };
    },

    listUnread: (listOptions = {}) => listUnread(listOptions.signal),

    async *fetchMessages(fetchOptions: FetchMessagesOptions = {}): AsyncIterable<FetchedMessage> {
      const signal = fetchOptions.signal;
      const watermark = fetchOptions.since
        ? decodeTimeCursor(fetchOptions.since, PACKAGE)
        : { time: Date.now() - (options.initialLookbackMs ?? 30 * 86_400_000), ids: [] as string[] };
      const packs = new Set([...(await listUnread(signal)).map((pack) => pack.packId), ...(options.packIds ?? [])]);
      const found: { message: Message; time: number }[] = [];
      for (const packId of packs) {
        const { messages } = await readWholePack(packId, signal);
        for (const wire of messages) {
          const time = mercadolibreMessageTime(wire);
          if (wire.from.user_id === sellerId || Number.isNaN(time) || !isAfterCursor(watermark, time, wire.id)) continue;
          found.push({ message: convertMercadoLibreMessage(wire, { sellerId, packId }), time });
        }
      }
      yield* withTimeCursors(found, watermark);
    },

    async sendReply(reply: OutgoingReply): Promise<SentReply> {
      const packId = reply.conversationId;
      if (!/^\d+$/.test(packId)) throw new ValidationError(`[${PACKAGE}] \`conversationId\` must be a pack id (or the order id when the pack is null).`, { marketplace: 'mercadolibre', field: 'conversationId' });
      if (!reply.idempotencyKey) throw new ValidationError(`[${PACKAGE}] A reply needs an \`idempotencyKey\`.`, { marketplace: 'mercadolibre', field: 'idempotencyKey' });
      checkText(reply.text, maxTextLength);
      const signal = reply.signal;
      const reconcile = reconcileIn(packId, reply.text, signal);
      return sender.run({
        key: reply.idempotencyKey,
        reconcile,
        send: async () => {
          const { messages, status } = await readWholePack(packId, signal);
          if (status?.status === 'blocked') {
            throw new ValidationError(
              `[${PACKAGE}] Mercado Libre has blocked this conversation (${status.substatus ?? 'no reason given'}); it cannot be answered now.`,
              { marketplace: 'mercadolibre', field: 'conversationId' },
            );
          }
          const buyer = counterparts.get(packId);
          if (!buyer || !messages.some((wire) => wire.from.user_id !== sellerId)) {
            throw new ValidationError(
              `[${PACKAGE}] The buyer has not written in pack ${packId}: a seller-initiated message needs a reason from the action guide. Use startConversation().`,
              { marketplace: 'mercadolibre', field: 'conversationId' },
            );
          }
          const body = global ? { text: reply.text } : { from: { user_id: sellerId }, to: { user_id: buyer }, text: reply.text };
          return post(packPath(packId), body, reconcile, 'send a message', signal);
        },
      });
    },

    async getActionGuide(packId, guideOptions = {}) {
      const { data } = await http.request({
        method: 'GET',
        path: `/messages/action_guide/packs/${encodeURIComponent(packId)}`,
        query: { tag: 'post_sale' },
        schema: mercadolibreActionGuideSchema,
        limiter: readLimiter ?? false,
        ...(guideOptions.signal ? { signal: guideOptions.signal } : {}),
        operation: 'read the action guide',
      });
      return (data.options ?? []).map((option) => ({
        id: option.id,
        description: option.internal_description ?? undefined,
        enabled: option.enabled !== false,
        type: option.type ?? undefined,
        templateIds: (option.templates ?? []).map((template) => template.id),
        capAvailable: option.cap_available ?? undefined,
        charLimit: option.char_limit ?? undefined,
      }));
    },

    async startConversation(request) {
      const { packId, optionId, signal } = request;
      if (!/^\d+$/.test(packId)) throw new ValidationError(`[${PACKAGE}] \`packId\` must be numeric.`, { marketplace: 'mercadolibre', field: 'packId' });
      if (!request.idempotencyKey) throw new ValidationError(`[${PACKAGE}] A message needs an \`idempotencyKey\`.`, { marketplace: 'mercadolibre', field: 'idempotencyKey' });
      const guide = await adapter.getActionGuide(packId, signal ? { signal } : {});
      const option = guide.find((candidate) => candidate.id === optionId);
      if (!option) {
        throw new ValidationError(`[${PACKAGE}] "${optionId}" is not an action-guide option of pack ${packId}; it offers: ${guide.map((item) => item.id).join(', ') || 'none'}.`, {
          marketplace: 'mercadolibre',
          field: 'optionId',
        });
      }
      if (!option.enabled || option.capAvailable === 0) {
        throw new ValidationError(`[${PACKAGE}] The option ${optionId} cannot be used now (disabled or its cap is used up): wait for the buyer to answer.`, {
          marketplace: 'mercadolibre',
          field: 'optionId',
        });
      }
      const body: Record<string, string> = { option_id: optionId };
      if (option.type === 'template') {
        if (!request.templateId || !option.templateIds.includes(request.templateId)) {
          throw new ValidationError(`[${PACKAGE}] The option ${optionId} sends a template: pass one of ${option.templateIds.join(', ')} as \`templateId\`.`, {
            marketplace: 'mercadolibre',
            field: 'templateId',
          });
        }
        body.template_id = request.templateId;
      } else {
        checkText(request.text, option.charLimit ?? maxTextLength);
        body.text = request.text!;
      }
      const path = (options.actionGuideOptionPath ?? '/messages/action_guide/packs/{packId}/option').replace('{packId}', encodeURIComponent(packId));
      const reconcile = reconcileIn(packId, request.text, signal);
      return sender.run({ key: request.idempotencyKey, reconcile, send: () => post(path, body, reconcile, 'start a conversation', signal) });
    },

    markRead,

    async parseNotification(notification) {
      return parseVerified(parseEnvelope(notification));
    },

    receiveNotification(notification) {
      let ack: NotificationReceipt['ack'];
      let result: Promise<ParsedNotification>;
      try {
        const envelope = parseEnvelope(notification);
        ack = { status: 200 };
        result = parseVerified(envelope);
      } catch (error) {
        // Not a notification at all: say so (a genuine one always parses, so Mercado Libre has nothing to retry).
        ack = { status: 400 };
        result = Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      // The caller may ignore `result` after sending the ack: never let that become an unhandled rejection.
      result.catch(() => undefined);
      return { ack, result };
    },
  };
  return adapter;
}
