// A local server that speaks TikTok Shop's Customer Service protocol (202309) from the recorded shapes: signed
// requests (verified here with its own implementation of the documented algorithm), access tokens, the token
// refresh endpoint, page_token pagination, sending, mark read, and injectable faults. Test-only code.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { startProtocolServer, type ProtocolReply, type ProtocolServer, type RecordedRequest } from '@lianxing/testkit/adapter';

export interface WireMessage {
  id: string;
  index: string;
  type: string;
  content: string;
  create_time: number;
  is_visible: boolean;
  sender: { im_user_id: string; role: string; nickname: string; avatar?: string };
}

export interface ServerConversation {
  id: string;
  create_time: number;
  messages: WireMessage[];
}

interface TikTokState {
  readonly appKey: string;
  readonly appSecret: string;
  accessToken: string;
  refreshToken: string;
  tokenRefreshes: number;
  /** HTTP status of "access token expired" answers. */
  expiredTokenStatus: number;
  conversations: ServerConversation[];
  readonly readCalls: string[];
  /** Requests to the Customer Service API (not the token endpoint). */
  apiRequests(): RecordedRequest[];
}

export type TikTokProtocolServer = ProtocolServer<TikTokState>;

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), 'utf8')) as T;

export const FIXTURE_CONVERSATION_ID = '7494560109732339999';

/** The recorded conversation's participants (GetConversations). */
const recordedParticipants = (): unknown[] =>
  fixture<{ data: { conversations: { participants: unknown[] }[] } }>('tiktok-get-conversations.json').data.conversations[0]!.participants;

function expectedSign(appSecret: string, request: RecordedRequest): string {
  const keys = [...request.query.keys()].filter((key) => key !== 'sign' && key !== 'access_token').sort();
  let input = request.path;
  for (const key of keys) input += key + (request.query.get(key) ?? '');
  if (request.body !== '') input += request.body;
  return createHmac('sha256', appSecret).update(appSecret + input + appSecret).digest('hex');
}

let requestCounter = 0;
const envelope = (data: unknown, code = 0, message = 'Success') => ({ code, message, request_id: `req-${++requestCounter}`, data });

/** Builds the default data set: the recorded conversation plus `extra` generated ones with `perConversation` buyer messages each. */
export function buildConversations(extra: number, perConversation: number, startTime: number): ServerConversation[] {
  const recorded = fixture<{ data: { messages: WireMessage[] } }>('tiktok-get-conversation-messages.json').data.messages;
  const conversations: ServerConversation[] = [{ id: FIXTURE_CONVERSATION_ID, create_time: 1772442780, messages: structuredClone(recorded) }];
  for (let index = 0; index < extra; index++) {
    const id = `75000000000000${String(index).padStart(5, '0')}`;
    const messages: WireMessage[] = [];
    for (let number = 0; number < perConversation; number++) {
      const time = startTime + index * 100 + number;
      messages.push({
        id: `${id}${String(number).padStart(3, '0')}`,
        index: `${time}`,
        type: 'TEXT',
        content: JSON.stringify({ content: `Question ${number + 1} about order in conversation ${index + 1}` }),
        create_time: time,
        is_visible: true,
        sender: { im_user_id: `buyer-${index}`, role: 'BUYER', nickname: `buyer${index}` },
      });
    }
    conversations.push({ id, create_time: startTime + index * 100, messages });
  }
  return conversations;
}

const latest = (conversation: ServerConversation): WireMessage | undefined =>
  [...conversation.messages].sort((a, b) => b.create_time - a.create_time)[0];

export async function startTikTokProtocolServer(options: { conversations?: ServerConversation[] } = {}): Promise<TikTokProtocolServer> {
  let messageCounter = 0;
  const state: TikTokState = {
    appKey: 'test-app-key',
    appSecret: 'test-app-secret-0001',
    accessToken: 'access-token-initial',
    refreshToken: 'refresh-token-initial',
    tokenRefreshes: 0,
    expiredTokenStatus: 401,
    conversations: options.conversations ?? buildConversations(0, 0, 0),
    readCalls: [],
    apiRequests: () => server.requests.filter((request) => request.path.startsWith('/customer_service/')),
  };

  const refresh = (request: RecordedRequest, reply: ProtocolReply): void => {
    const query = request.query;
    if (query.get('app_key') !== server.appKey || query.get('app_secret') !== server.appSecret || query.get('grant_type') !== 'refresh_token') {
      reply(200, envelope(null, 36004004, 'invalid app credentials'));
      return;
    }
    if (query.get('refresh_token') !== server.refreshToken) {
      reply(200, envelope(null, 36004005, 'refresh token is invalid or expired'));
      return;
    }
    server.tokenRefreshes++;
    server.accessToken = `access-token-${server.tokenRefreshes}`;
    server.refreshToken = `refresh-token-${server.tokenRefreshes}`;
    const now = Math.floor(Date.now() / 1000);
    const template = fixture<{ data: Record<string, unknown> }>('tiktok-token-refresh.json').data;
    reply(
      200,
      envelope({ ...template, access_token: server.accessToken, access_token_expire_in: now + 7 * 86_400, refresh_token: server.refreshToken, refresh_token_expire_in: now + 30 * 86_400 }),
    );
  };

  const api = (request: RecordedRequest, reply: ProtocolReply): void => {
    const query = request.query;
    const timestamp = Number(query.get('timestamp'));
    if (query.get('app_key') !== server.appKey || !Number.isFinite(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > 300) {
      reply(200, envelope(null, 106002, 'invalid app_key or timestamp'));
      return;
    }
    if (query.get('sign') !== expectedSign(server.appSecret, request)) {
      reply(200, envelope(null, 106001, 'Invalid signature'));
      return;
    }
    if (request.headers['x-tts-access-token'] !== server.accessToken) {
      reply(server.expiredTokenStatus, envelope(null, 105002, 'Access token is expired'));
      return;
    }
    if (!String(request.headers['content-type']).startsWith('application/json')) {
      reply(200, envelope(null, 36009003, 'content-type must be application/json'));
      return;
    }
    const parts = request.path.split('/').filter(Boolean); // customer_service 202309 conversations [id] [messages] [read]
    const conversation = parts[3] ? server.conversations.find((candidate) => candidate.id === decodeURIComponent(parts[3]!)) : undefined;
    if (parts[3] && !conversation) {
      reply(200, envelope(null, 12052001, 'conversation not found'));
      return;
    }
    const pageSize = Number(query.get('page_size'));
    const offset = query.get('page_token') ? Number(query.get('page_token')!.replace('cursor-', '')) : 0;
    if (request.method === 'GET' && parts.length === 3) {
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 20) return reply(200, envelope(null, 36009001, 'page_size must be 1 to 20'));
      const sorted = [...server.conversations].sort((a, b) => (latest(b)?.create_time ?? 0) - (latest(a)?.create_time ?? 0));
      const page = sorted.slice(offset, offset + pageSize);
      const next = offset + pageSize < sorted.length ? `cursor-${offset + pageSize}` : '';
      return reply(
        200,
        envelope({
          conversations: page.map((item) => ({ id: item.id, create_time: item.create_time, latest_message: latest(item) ?? null, participants: item.id === FIXTURE_CONVERSATION_ID ? recordedParticipants() : [{ role: 'BUYER', nickname: 'buyer' }] })),
          next_page_token: next,
        }),
      );
    }
    if (request.method === 'GET' && parts[4] === 'messages' && conversation) {
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 10) return reply(200, envelope(null, 36009001, 'page_size must be 1 to 10'));
      const ascending = query.get('sort_order') === 'ASC';
      const sorted = [...conversation.messages].sort((a, b) => (ascending ? a.create_time - b.create_time : b.create_time - a.create_time));
      const page = sorted.slice(offset, offset + pageSize);
      const next = offset + pageSize < sorted.length ? `cursor-${offset + pageSize}` : '';
      return reply(200, envelope({ messages: page, next_page_token: next, unsupported_msg_tips: 'Please check this message in Seller Center.' }));
    }
    if (request.method === 'POST' && parts[4] === 'messages' && parts[5] === 'read' && conversation) {
      server.readCalls.push(conversation.id);
      return reply(200, envelope({}));
    }
    if (request.method === 'POST' && parts[4] === 'messages' && conversation) {
      let body: { type?: unknown; content?: unknown };
      try {
        body = JSON.parse(request.body) as typeof body;
      } catch {
        return reply(200, envelope(null, 36009004, 'body is not JSON'));
      }
      if (body.type !== 'TEXT' || typeof body.content !== 'string') return reply(200, envelope(null, 36009005, 'unsupported message type'));
      let text: unknown;
      try {
        text = (JSON.parse(body.content) as { content?: unknown }).content;
      } catch {
        return reply(200, envelope(null, 36009006, 'content is not JSON'));
      }
      if (typeof text !== 'string' || text.length === 0 || text.length > 2000) return reply(200, envelope(null, 36009007, 'text must be 1 to 2000 characters'));
      const id = `76000000000000${String(++messageCounter).padStart(5, '0')}`;
      conversation.messages.push({
        id,
        index: id,
        type: 'TEXT',
        content: body.content,
        create_time: Math.floor(Date.now() / 1000),
        is_visible: true,
        sender: { im_user_id: 'shop-im-id', role: 'SHOP', nickname: 'Acme Home' },
      });
      return reply(200, envelope({ message_id: id }));
    }
    reply(404, envelope(null, 40004, 'not found'));
  };

  const server = await startProtocolServer(state, (request, reply) => {
    if (request.path === '/api/v2/token/refresh') refresh(request, reply);
    else if (request.path.startsWith('/customer_service/202309/conversations')) api(request, reply);
    else reply(404, envelope(null, 40004, 'not found'));
  });
  return server;
}
