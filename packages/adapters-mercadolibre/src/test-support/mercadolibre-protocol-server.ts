// A local server that speaks Mercado Libre's post-sale messaging protocol (local `tag=post_sale` and Global
// Selling `/marketplace/messages`) from the recorded shapes: Bearer tokens, single-use refresh tokens,
// limit/offset paging, mark_as_read, the unread list, sends with their rules, the action guide, and injectable
// faults. Test-only code.
import { readFileSync } from 'node:fs';
import { startProtocolServer, type ProtocolReply, type ProtocolServer, type RecordedRequest } from '@lianxing/testkit/adapter';

export interface MlWireMessage {
  id: string;
  site_id: string;
  client_id?: number;
  from: { user_id: string };
  to: { user_id: string };
  status: string;
  subject: null;
  text: string;
  text_translated?: string;
  message_date: { received: string; available: string; notified: string; created: string; read: string | null };
  message_moderation: { status: string; reason: null; source: string; moderation_date: string };
  message_attachments: unknown[] | null;
  message_resources: { id: string; name: string }[];
  conversation_first_message: boolean;
}

export interface MlPack {
  id: string;
  buyerId: string;
  status: 'active' | 'blocked';
  substatus: string | null;
  messages: MlWireMessage[];
  guide: { id: string; type: string; enabled: boolean; cap_available: number; char_limit?: number; templates: { id: string }[] }[];
}

interface MercadoLibreState {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly sellerId: string;
  accessToken: string;
  refreshToken: string;
  readonly spentRefreshTokens: string[];
  packs: MlPack[];
  /** Delay of single-message GETs (the notification's verification fetch). */
  messageDelayMs: number;
  /** Answer sends with the created message (`message`) or without an id (`empty`). */
  sendAnswer: 'message' | 'empty';
  sellerMessages(): MlWireMessage[];
  apiRequests(): RecordedRequest[];
}

export type MercadoLibreProtocolServer = ProtocolServer<MercadoLibreState>;

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), 'utf8')) as T;

export const SELLER_ID = '432439187';
export const FIXTURE_PACK_ID = '2000012893180613';
export const FIXTURE_BUYER_ID = '987654321';
/** A pack in which only the seller has written. */
export const SELLER_ONLY_PACK_ID = '2000099900000001';
export const BLOCKED_PACK_ID = '2000099900000002';

let counter = 0;
const hexId = () => (++counter).toString(16).padStart(8, '0') + 'a'.repeat(24);

export function wireMessage(packId: string, from: string, to: string, text: string, created: Date, read: boolean): MlWireMessage {
  const iso = created.toISOString();
  return {
    id: hexId(),
    site_id: 'MLB',
    from: { user_id: from },
    to: { user_id: to },
    status: 'available',
    subject: null,
    text,
    message_date: { received: iso, available: iso, notified: iso, created: iso, read: read ? iso : null },
    message_moderation: { status: 'clean', reason: null, source: 'online', moderation_date: iso },
    message_attachments: null,
    message_resources: [
      { id: packId, name: 'packs' },
      { id: SELLER_ID, name: 'sellers' },
    ],
    conversation_first_message: false,
  };
}

const guide = (): MlPack['guide'] =>
  fixture<{ options: (MlPack['guide'][number] & { templates: { id: string }[] })[] }>('mercadolibre-action-guide.json').options.map((option) => ({
    id: option.id,
    type: option.type,
    enabled: option.enabled,
    cap_available: option.cap_available,
    ...(option.char_limit ? { char_limit: option.char_limit } : {}),
    templates: option.templates.map((template) => ({ id: template.id })),
  }));

/** The recorded pack, `extra` packs with `perPack` unread buyer messages each, a seller-only pack and a blocked one. */
export function buildPacks(extra: number, perPack: number, start: Date): MlPack[] {
  const recorded = structuredClone(fixture<{ messages: MlWireMessage[] }>('mercadolibre-get-pack-messages.json').messages);
  const packs: MlPack[] = [{ id: FIXTURE_PACK_ID, buyerId: FIXTURE_BUYER_ID, status: 'active', substatus: null, messages: recorded, guide: guide() }];
  for (let index = 0; index < extra; index++) {
    const id = `20000555000${String(index).padStart(5, '0')}`;
    const buyer = `77700${index}`;
    const messages: MlWireMessage[] = [];
    for (let number = 0; number < perPack; number++) {
      messages.push(wireMessage(id, buyer, SELLER_ID, `Pergunta ${number + 1} sobre o pedido ${index + 1}`, new Date(start.getTime() + (index * 100 + number) * 1000), false));
    }
    packs.push({ id, buyerId: buyer, status: 'active', substatus: null, messages, guide: guide() });
  }
  packs.push({
    id: SELLER_ONLY_PACK_ID,
    buyerId: '555000111',
    status: 'active',
    substatus: null,
    messages: [wireMessage(SELLER_ONLY_PACK_ID, SELLER_ID, '555000111', 'Obrigado pela compra!', start, true)],
    guide: guide(),
  });
  packs.push({ id: BLOCKED_PACK_ID, buyerId: '555000222', status: 'blocked', substatus: 'blocked_by_time', messages: [wireMessage(BLOCKED_PACK_ID, '555000222', SELLER_ID, 'Olá?', start, true)], guide: guide() });
  return packs;
}

const mlError = (status: number, error: string, message: string) => ({ message, error, status, cause: [] });
const byNewest = (a: MlWireMessage, b: MlWireMessage) => Date.parse(b.message_date.created) - Date.parse(a.message_date.created);

export async function startMercadoLibreProtocolServer(options: { packs?: MlPack[] } = {}): Promise<MercadoLibreProtocolServer> {
  let tokens = 0;
  const state: MercadoLibreState = {
    clientId: '5503910054141466',
    clientSecret: 'test-client-secret-0001',
    sellerId: SELLER_ID,
    accessToken: 'APP_USR-initial-access',
    refreshToken: 'TG-initial-refresh',
    spentRefreshTokens: [] as string[],
    packs: options.packs ?? buildPacks(0, 0, new Date()),
    messageDelayMs: 0,
    sendAnswer: 'message' as const,
    sellerMessages: () => server.packs.flatMap((pack) => pack.messages).filter((message) => message.from.user_id === SELLER_ID),
    apiRequests: () => server.requests.filter((request) => request.path !== '/oauth/token'),
  };

  const oauth = (request: RecordedRequest, reply: ProtocolReply): void => {
    const form = new URLSearchParams(request.body);
    if (!String(request.headers['content-type']).startsWith('application/x-www-form-urlencoded')) return reply(400, mlError(400, 'invalid_request', 'form body expected'));
    if (form.get('client_id') !== server.clientId || form.get('client_secret') !== server.clientSecret) return reply(401, mlError(401, 'invalid_client', 'invalid client_id or client_secret'));
    if (form.get('grant_type') !== 'refresh_token') return reply(400, mlError(400, 'unsupported_grant_type', 'unsupported grant'));
    if (form.get('refresh_token') !== server.refreshToken) return reply(400, mlError(400, 'invalid_grant', 'Error validating grant. Your authorization code or refresh token may be expired or it was already used'));
    server.spentRefreshTokens.push(server.refreshToken);
    tokens++;
    server.accessToken = `APP_USR-access-${tokens}`;
    server.refreshToken = `TG-refresh-${tokens}`;
    const template = fixture<Record<string, unknown>>('mercadolibre-oauth-token.json');
    reply(200, { ...template, access_token: server.accessToken, refresh_token: server.refreshToken, user_id: Number(SELLER_ID) });
  };

  const packView = (pack: MlPack, query: URLSearchParams) => {
    const limit = Number(query.get('limit') ?? 10);
    const offset = Number(query.get('offset') ?? 0);
    const sorted = [...pack.messages].sort(byNewest);
    if (query.get('mark_as_read') !== 'false') {
      for (const message of pack.messages) if (message.from.user_id !== SELLER_ID) message.message_date.read ??= new Date().toISOString();
    }
    return {
      paging: { limit, offset, total: sorted.length },
      conversation_status: {
        path: `/packs/${pack.id}/sellers/${SELLER_ID}`,
        status: pack.status,
        substatus: pack.substatus,
        status_date: '2026-03-01T18:20:05.000Z',
        status_update_allowed: false,
        claim_ids: null,
        shipping_id: 44100022233,
      },
      messages: sorted.slice(offset, offset + limit),
    };
  };

  const append = (pack: MlPack, text: string): MlWireMessage => {
    const message = wireMessage(pack.id, SELLER_ID, pack.buyerId, text, new Date(), false);
    pack.messages.push(message);
    return message;
  };

  const api = (request: RecordedRequest, reply: ProtocolReply): void => {
    if (request.headers.authorization !== `Bearer ${server.accessToken}`) return reply(401, mlError(401, 'unauthorized', 'invalid access token'));
    const global = request.path.startsWith('/marketplace/messages');
    const path = global ? request.path.replace('/marketplace', '') : request.path;
    if (!global && request.query.get('tag') !== 'post_sale' && !path.startsWith('/messages/unread')) return reply(400, mlError(400, 'bad_request', 'tag is required'));
    const packMatch = /^\/messages\/packs\/(\d+)(?:\/sellers\/(\d+))?$/.exec(path);
    const pack = packMatch ? server.packs.find((candidate) => candidate.id === packMatch[1]) : undefined;
    if (packMatch && (!pack || (!global && packMatch[2] !== SELLER_ID))) return reply(404, mlError(404, 'not_found', 'Order do not exists'));
    if (request.method === 'GET' && path === '/messages/unread') {
      if (request.query.get('role') !== 'seller') return reply(400, mlError(400, 'bad_request', 'role is required'));
      const results = server.packs
        .map((candidate) => ({ resource: `/packs/${candidate.id}/sellers/${SELLER_ID}`, count: candidate.messages.filter((message) => message.from.user_id !== SELLER_ID && !message.message_date.read).length }))
        .filter((result) => result.count > 0);
      return reply(200, { ...fixture<object>('mercadolibre-unread.json'), user_id: SELLER_ID, results });
    }
    if (request.method === 'GET' && pack) return reply(200, packView(pack, request.query));
    if (request.method === 'POST' && pack) {
      let body: { from?: { user_id?: unknown }; to?: { user_id?: unknown }; text?: unknown };
      try {
        body = JSON.parse(request.body) as typeof body;
      } catch {
        return reply(400, mlError(400, 'bad_request', 'invalid JSON'));
      }
      if (typeof body.text !== 'string' || body.text === '') return reply(400, mlError(400, 'bad_request', 'Text is required'));
      if (body.text.length > 350) return reply(400, mlError(400, 'bad_request', 'Text exceeds 350 characters'));
      if (!global && (String(body.from?.user_id) !== SELLER_ID || String(body.to?.user_id) !== pack.buyerId)) return reply(400, mlError(400, 'bad_request', 'invalid from or to'));
      if (global && body.from !== undefined) return reply(400, mlError(400, 'bad_request', 'from is not allowed'));
      if (pack.status === 'blocked') return reply(403, mlError(403, pack.substatus ?? 'blocked', 'conversation blocked'));
      if (!pack.messages.some((message) => message.from.user_id !== SELLER_ID)) return reply(403, fixture('mercadolibre-error-blocked-by-seller.json'));
      const created = append(pack, body.text);
      return reply(201, server.sendAnswer === 'message' ? created : { status: 'ok' });
    }
    const guideMatch = /^\/messages\/action_guide\/packs\/(\d+)(\/option)?$/.exec(path);
    const guidePack = guideMatch ? server.packs.find((candidate) => candidate.id === guideMatch[1]) : undefined;
    if (guideMatch && !guidePack) return reply(404, mlError(404, 'not_found', 'pack not found'));
    if (guidePack && request.method === 'GET' && !guideMatch![2]) return reply(200, { options: guidePack.guide });
    if (guidePack && request.method === 'POST' && guideMatch![2]) {
      const body = JSON.parse(request.body) as { option_id?: string; text?: string; template_id?: string };
      const option = guidePack.guide.find((candidate) => candidate.id === body.option_id);
      if (!option) return reply(400, mlError(400, 'bad_request', 'unknown option'));
      if (option.cap_available <= 0) return reply(403, mlError(403, 'forbidden', `You are not allowed to execute the option ${option.id} again`));
      option.cap_available--;
      return reply(201, append(guidePack, body.text ?? `[template ${body.template_id}]`));
    }
    const single = /^\/messages\/([0-9a-f]+)$/.exec(path);
    if (request.method === 'GET' && single) {
      const message = server.packs.flatMap((candidate) => candidate.messages).find((candidate) => candidate.id === single[1]);
      const answer = () => (message ? reply(200, { paging: null, conversation_status: null, messages: [message] }) : reply(404, mlError(404, 'not_found', 'Message not found')));
      if (server.messageDelayMs > 0) setTimeout(answer, server.messageDelayMs);
      else answer();
      return;
    }
    reply(404, mlError(404, 'not_found', `no route ${request.method} ${request.path}`));
  };

  const server = await startProtocolServer(state, (request, reply) => {
    if (request.path === '/oauth/token' && request.method === 'POST') oauth(request, reply);
    else api(request, reply);
  });
  return server;
}
