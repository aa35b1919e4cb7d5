import { createHash } from 'node:crypto';
import { AuthError, ConfigError, MarketplaceError, ValidationError, type KeyValueStore, type SentReply } from '@lianxing/core';
import { createAdapterHttpClient, createIdempotentSender, createMemoryKeyValueStore, createTokenManager, verdictFromStatus, type AdapterHttpClient } from '@lianxing/adapter-http';
import type { z } from 'zod';
import { MESSAGING_ACTION_RULES, type MessagingAction, type MessagingActionBody } from './messaging-actions.js';
import type { SpApiOptions, SpApiRegion } from './sp-api-options.js';
import { attributesResponseSchema, createMessageResponseSchema, lwaTokenResponseSchema, messagingActionsResponseSchema } from './sp-api-schemas.js';

const ENDPOINTS: Readonly<Record<SpApiRegion, string>> = {
  na: 'https://sellingpartnerapi-na.amazon.com',
  eu: 'https://sellingpartnerapi-eu.amazon.com',
  fe: 'https://sellingpartnerapi-fe.amazon.com',
};
const ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;
const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i;
const HTML = /<\/?[a-z][\w-]*(?:\s[^<>]*)?>/i;

/** Options of one SP-API call. */
export interface SpApiCallOptions {
  readonly signal?: AbortSignal;
}

/** Options of {@link SpApiMessaging.send}. */
export interface SpApiSendOptions extends SpApiCallOptions {
  /** Sending twice with one key posts once. */
  readonly idempotencyKey: string;
}

/** The SP-API Messaging calls. */
export interface SpApiMessaging {
  /** The actions allowed for an order now (getMessagingActionsForOrder); only these may be sent. */
  getActions(orderId: string, options?: SpApiCallOptions): Promise<string[]>;
  /** The buyer's preferred locale (GetAttributes `buyer.locale`, e.g. `en-US`): write the text in it. */
  getBuyerLocale(orderId: string, options?: SpApiCallOptions): Promise<string | undefined>;
  /**
   * Sends one Messaging action for an order: asks getMessagingActionsForOrder first and refuses an action it
   * did not offer; checks the action's length and attachment limits and the content rules (no HTML, no e-mail
   * addresses) before anything is posted. At most once per idempotency key.
   * @throws ValidationError (nothing was posted), AuthError, RateLimitError, MarketplaceError.
   */
  send(orderId: string, action: MessagingAction, body: MessagingActionBody, options: SpApiSendOptions): Promise<SentReply>;
}

function requireSecret(value: string | undefined, env: string, name: string): string {
  const secret = value ?? process.env[env];
  if (!secret) throw new ConfigError(`[adapters-amazon] Missing required option \`spApi.credentials.${name}\` (or the ${env} environment variable).`, [{ path: `spApi.credentials.${name}`, message: 'missing' }]);
  return secret;
}

/** Checks a body against the action's rules; returns the JSON to post. */
function checkBody(action: MessagingAction, body: MessagingActionBody): Record<string, unknown> {
  const rules = MESSAGING_ACTION_RULES[action];
  const fail = (message: string, field: string, limit?: number, actual?: number): never => {
    throw new ValidationError(`[adapters-amazon] ${action}: ${message}`, { marketplace: 'amazon', field, ...(limit === undefined ? {} : { limit }), ...(actual === undefined ? {} : { actual }) });
  };
  const json: Record<string, unknown> = {};
  if (body.text !== undefined) {
    if (!rules.text) fail('this action takes no text.', 'text');
    const length = [...body.text].length;
    if (length < rules.text!.min) fail(`text must not be empty.`, 'text', rules.text!.min, length);
    if (length > rules.text!.max) fail(`text is ${length} characters; the limit is ${rules.text!.max}.`, 'text', rules.text!.max, length);
    if (HTML.test(body.text)) fail('text must not contain HTML.', 'text');
    if (EMAIL.test(body.text)) fail('text must not contain e-mail addresses.', 'text');
    json.text = body.text;
  } else if (rules.text?.required) fail('text is required.', 'text', rules.text.min, 0);
  const attachments = body.attachments ?? [];
  if (attachments.length > 0 && !rules.attachments) fail('this action takes no attachments.', 'attachments');
  if (rules.attachments) {
    if (attachments.length < rules.attachments.min) fail(`needs at least ${rules.attachments.min} attachment(s).`, 'attachments', rules.attachments.min, attachments.length);
    if (attachments.length > rules.attachments.max) fail(`takes at most ${rules.attachments.max} attachments.`, 'attachments', rules.attachments.max, attachments.length);
    if (attachments.length > 0) json.attachments = attachments.map(({ uploadDestinationId, fileName }) => ({ uploadDestinationId, fileName }));
  }
  if (rules.coverageDates) {
    for (const field of ['coverageStartDate', 'coverageEndDate'] as const) {
      const value = body[field];
      if (value !== undefined) {
        if (Number.isNaN(Date.parse(value))) fail(`${field} must be an ISO 8601 date.`, field);
        json[field] = value;
      }
    }
  } else if (body.coverageStartDate !== undefined || body.coverageEndDate !== undefined) fail('coverage dates belong to `warranty` only.', 'coverageStartDate');
  return json;
}

/** The action names in a getMessagingActionsForOrder answer (`_links.actions`, else `_embedded`). */
function actionNames(data: z.infer<typeof messagingActionsResponseSchema>): string[] {
  const fromHref = (href: string): string | undefined => /\/(?:messages\/)?([A-Za-z]+)(?:\?|$)/.exec(href.split('?')[0]! + '?')?.[1];
  const names = new Set<string>();
  for (const link of data._links?.actions ?? []) {
    const name = link.name ?? fromHref(link.href);
    if (name) names.add(name);
  }
  for (const embedded of data._embedded?.actions ?? []) {
    const self = embedded._links?.self;
    const name = self?.name ?? (self ? fromHref(self.href) : undefined);
    if (name) names.add(name);
  }
  return [...names];
}

/**
 * Creates the SP-API Messaging client: LWA refresh-token auth (the access token goes in `x-amz-access-token`,
 * refreshed once for concurrent callers, before expiry and on a 401 or an expired-token 403), the documented
 * usage plan of 1 request per second with a burst of 5 enforced on our side (following
 * `x-amzn-RateLimit-Limit` when Amazon reports another rate), and retries with backoff on 429 and 5xx
 * honouring `Retry-After`. Whether AWS SigV4 signing is still required is unconfirmed; calls carry the LWA token
 * only, as Amazon's own JavaScript helper does.
 * @throws ConfigError when the marketplace id or a credential is missing.
 */
export function createSpApiMessaging(options: SpApiOptions, store: KeyValueStore = createMemoryKeyValueStore()): SpApiMessaging {
  if (typeof options.marketplaceId !== 'string' || options.marketplaceId === '') throw new ConfigError('[adapters-amazon] Missing required option `spApi.marketplaceId` (e.g. ATVPDKIKX0DER).', [{ path: 'spApi.marketplaceId', message: 'missing' }]);
  const clientId = requireSecret(options.credentials?.clientId, 'LWA_CLIENT_ID', 'clientId');
  const clientSecret = requireSecret(options.credentials?.clientSecret, 'LWA_CLIENT_SECRET', 'clientSecret');
  const refreshToken = requireSecret(options.credentials?.refreshToken, 'LWA_REFRESH_TOKEN', 'refreshToken');
  const tokenEndpoint = options.tokenEndpoint ?? 'https://api.amazon.com/auth/o2/token';
  const { marketplaceId } = options;

  // `refresh` runs only after `http` below exists: it is called on the first request.
  const tokens = createTokenManager({
    refresh: async () => {
      try {
        const { data } = await http.request({
          method: 'POST', path: tokenEndpoint, authenticate: false, limiter: false, idempotent: true, operation: 'LWA token refresh',
          form: { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: clientId, client_secret: clientSecret },
          schema: lwaTokenResponseSchema,
        });
        return { accessToken: data.access_token, ...(typeof data.expires_in === 'number' ? { expiresAt: Date.now() + data.expires_in * 1000 } : {}) };
      } catch (error) {
        // invalid_grant / invalid_client: the seller must authorize again, or the app's keys are wrong.
        if (MarketplaceError.isInstance(error) && (error.status === 400 || error.status === 401)) {
          throw new AuthError('[adapters-amazon] Login with Amazon refused the refresh token or client credentials; authorize the app again.', { marketplace: 'amazon', status: error.status, ...(error.marketplaceCode ? { marketplaceCode: error.marketplaceCode } : {}), cause: error });
        }
        throw error;
      }
    },
  });
  const http: AdapterHttpClient = createAdapterHttpClient({
    packageName: 'adapters-amazon',
    marketplace: 'amazon',
    baseUrl: options.endpoint ?? ENDPOINTS[options.region ?? 'na'],
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    retry: { limit: options.retries ?? 3 },
    rateLimit: options.rateLimit ?? { ratePerSecond: 1, burst: 5 },
    rateLimitHeader: 'x-amzn-RateLimit-Limit',
    auth: { tokens, apply: (headers, token) => headers.set('x-amz-access-token', token) },
    secrets: () => [clientSecret, refreshToken],
    interpret: ({ status, body }) => {
      const verdict = verdictFromStatus(status, body);
      // SP-API answers an expired or revoked access token with 403 "Unauthorized": refresh once, as for a 401.
      if (status === 403 && verdict.outcome === 'failed' && /unauthori[sz]ed|expired/i.test(`${verdict.marketplaceCode ?? ''} ${verdict.message ?? ''}`)) return { ...verdict, outcome: 'auth' };
      return verdict;
    },
  });
  const sender = createIdempotentSender({ store, namespace: 'adapters-amazon:sp-api' });

  const orderPath = (orderId: string): string => {
    if (!ORDER_ID.test(orderId)) throw new ValidationError(`[adapters-amazon] "${orderId.slice(0, 40)}" is not an Amazon order id (3-7-7 digits).`, { marketplace: 'amazon', field: 'orderId' });
    return `/messaging/v1/orders/${orderId}`;
  };
  const query = { marketplaceIds: marketplaceId };

  const getActions = async (orderId: string, call: SpApiCallOptions = {}): Promise<string[]> => {
    const { data } = await http.request({ method: 'GET', path: orderPath(orderId), query, schema: messagingActionsResponseSchema, operation: 'getMessagingActionsForOrder', ...(call.signal ? { signal: call.signal } : {}) });
    return actionNames(data);
  };

  return {
    getActions,
    async getBuyerLocale(orderId: string, call: SpApiCallOptions = {}): Promise<string | undefined> {
      const { data } = await http.request({ method: 'GET', path: `${orderPath(orderId)}/attributes`, query, schema: attributesResponseSchema, operation: 'GetAttributes', ...(call.signal ? { signal: call.signal } : {}) });
      return data.buyer?.locale ?? undefined;
    },
    async send(orderId: string, action: MessagingAction, body: MessagingActionBody, call: SpApiSendOptions): Promise<SentReply> {
      if (!(action in MESSAGING_ACTION_RULES)) throw new ValidationError(`[adapters-amazon] Unknown Messaging action \`${String(action)}\`.`, { marketplace: 'amazon', field: 'action' });
      if (typeof call?.idempotencyKey !== 'string' || call.idempotencyKey === '') throw new ValidationError('[adapters-amazon] send() needs an `idempotencyKey`.', { marketplace: 'amazon', field: 'idempotencyKey' });
      const json = checkBody(action, body);
      const path = `${orderPath(orderId)}/messages/${action}`;
      const signal = call.signal ? { signal: call.signal } : {};
      return sender.run({
        key: call.idempotencyKey,
        send: async () => {
          const allowed = await getActions(orderId, call);
          if (!allowed.includes(action)) {
            throw new ValidationError(`[adapters-amazon] Amazon does not allow \`${action}\` for this order now; allowed: ${allowed.join(', ') || 'none'}.`, { marketplace: 'amazon', field: 'action' });
          }
          const response = await http.request({ method: 'POST', path, query, json, schema: createMessageResponseSchema, operation: action, ...signal });
          const errors = response.data?.errors;
          if (Array.isArray(errors) && errors.length > 0) throw new MarketplaceError(`[adapters-amazon] ${action} answered ${response.status} with errors.`, { marketplace: 'amazon', status: response.status, ...(response.requestId ? { requestId: response.requestId } : {}) });
          // SP-API returns no message id: the request id (or a hash of the key) identifies the post.
          const messageId = response.requestId ?? `sp-api:${createHash('sha256').update(call.idempotencyKey).digest('hex').slice(0, 24)}`;
          return { messageId, sentAt: new Date().toISOString() };
        },
      });
    },
  };
}
