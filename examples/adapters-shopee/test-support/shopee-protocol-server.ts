// A local server that speaks Shopee's seller-chat protocol (Open Platform v2) from the recorded shapes: signed
// shop-level requests (verified with its own implementation of the documented formula), access tokens,
// offset paging, sends, read marks and injectable faults. Test-only code.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { startProtocolServer, type ProtocolReply, type ProtocolServer, type RecordedRequest } from '@lianxing/testkit/adapter';

export interface ShopeeWire {
  message_id: string;
  conversation_id: string;
  from_id: number;
  to_id: number;
  from_user_name?: string;
  message_type: string;
  content: Record<string, unknown>;
  created_timestamp: number;
}

export interface ShopeeConversation {
  conversation_id: string;
  to_id: number;
  messages: ShopeeWire[];
}

interface ShopeeState {
  readonly partnerId: string;
  readonly partnerKey: string;
  readonly shopId: string;
  readonly shopUserId: number;
  accessToken: string;
  conversations: ShopeeConversation[];
  readonly reads: { conversation_id: string; last_read_message_id?: string }[];
  shopMessages(): ShopeeWire[];
}

export type ShopeeProtocolServer = ProtocolServer<ShopeeState>;

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), 'utf8')) as T;

export const FIXTURE_CONVERSATION_ID = '709122092476689999';
export const SHOP_USER_ID = 947151379;

/** The recorded conversation plus `extra` generated ones with `perConversation` buyer messages each. */
export function buildConversations(extra: number, perConversation: number, startSeconds: number): ShopeeConversation[] {
  const recorded = fixture<{ response: { messages: ShopeeWire[] } }>('shopee-get-message.json').response.messages;
  const conversations: ShopeeConversation[] = [{ conversation_id: FIXTURE_CONVERSATION_ID, to_id: 165105353, messages: structuredClone(recorded) }];
  for (let index = 0; index < extra; index++) {
    const conversationId = `7091220000000${String(index).padStart(5, '0')}`;
    const buyer = 165200000 + index;
    const messages: ShopeeWire[] = [];
    for (let number = 0; number < perConversation; number++) {
      messages.push({
        message_id: `${conversationId}${String(number).padStart(3, '0')}`,
        conversation_id: conversationId,
        from_id: buyer,
        to_id: SHOP_USER_ID,
        message_type: 'text',
        content: { text: `Question ${number + 1} in chat ${index + 1}` },
        created_timestamp: startSeconds + index * 100 + number,
      });
    }
    conversations.push({ conversation_id: conversationId, to_id: buyer, messages });
  }
  return conversations;
}

const envelope = (response: unknown, error = '', message = '') => ({ request_id: `req-${Math.random().toString(16).slice(2, 10)}`, error, message, response });
const newest = (conversation: ShopeeConversation) => Math.max(0, ...conversation.messages.map((message) => message.created_timestamp));

export async function startShopeeProtocolServer(options: { conversations?: ShopeeConversation[] } = {}): Promise<ShopeeProtocolServer> {
  let sent = 0;
  const state: ShopeeState = {
    partnerId: '2001234',
    partnerKey: 'test-partner-key-0001',
    shopId: '947042923',
    shopUserId: SHOP_USER_ID,
    accessToken: 'shopee-access-initial',
    conversations: options.conversations ?? buildConversations(0, 0, 0),
    reads: [],
    shopMessages: () => server.conversations.flatMap((conversation) => conversation.messages).filter((message) => message.from_id === SHOP_USER_ID),
  };

  const page = <T>(items: T[], query: URLSearchParams) => {
    const size = Number(query.get('page_size'));
    const offset = Number(query.get('offset') ?? 0);
    const next = offset + size;
    return { items: items.slice(offset, next), page_result: { page_size: size, next_offset: next < items.length ? String(next) : '', more: next < items.length } };
  };

  const api = (request: RecordedRequest, reply: ProtocolReply): void => {
    const query = request.query;
    const timestamp = Number(query.get('timestamp'));
    const base = `${query.get('partner_id')}${request.path}${query.get('timestamp')}${query.get('access_token')}${query.get('shop_id')}`;
    if (query.get('partner_id') !== server.partnerId || query.get('shop_id') !== server.shopId || Math.abs(Date.now() / 1000 - timestamp) > 300) {
      return reply(403, envelope(null, 'error_param', 'partner_id, shop_id or timestamp invalid'));
    }
    if (query.get('sign') !== createHmac('sha256', server.partnerKey).update(base).digest('hex')) return reply(403, envelope(null, 'error_sign', 'Wrong sign.'));
    if (query.get('access_token') !== server.accessToken) return reply(403, envelope(null, 'error_auth', 'Invalid access_token.'));
    const name = request.path.replace('/api/v2/sellerchat/', '');
    const size = Number(query.get('page_size'));
    if ((name === 'get_conversation_list' || name === 'get_message') && (!Number.isInteger(size) || size < 1 || size > 60)) return reply(400, envelope(null, 'error_param', 'page_size must be 1 to 60'));
    const conversationId = query.get('conversation_id');
    const conversation = server.conversations.find((candidate) => candidate.conversation_id === conversationId);
    switch (name) {
      case 'get_conversation_list': {
        const sorted = [...server.conversations].sort((a, b) => newest(b) - newest(a));
        const { items, page_result } = page(sorted, query);
        return reply(200, envelope({ conversations: items.map((item) => ({ conversation_id: item.conversation_id, to_id: item.to_id, shop_id: Number(server.shopId), last_message_timestamp: newest(item) })), page_result }));
      }
      case 'get_one_conversation':
        if (!conversation) return reply(400, envelope(null, 'error_not_found', 'conversation not found'));
        return reply(200, envelope({ conversation_id: conversation.conversation_id, to_id: conversation.to_id, shop_id: Number(server.shopId), last_message_timestamp: newest(conversation) }));
      case 'get_message': {
        if (!conversation) return reply(400, envelope(null, 'error_not_found', 'conversation not found'));
        const { items, page_result } = page([...conversation.messages].sort((a, b) => b.created_timestamp - a.created_timestamp), query);
        return reply(200, envelope({ messages: items, page_result }));
      }
      case 'send_message': {
        const body = JSON.parse(request.body) as { to_id?: number; message_type?: string; content?: { text?: unknown } };
        const target = server.conversations.find((candidate) => candidate.to_id === body.to_id);
        if (!target) return reply(400, envelope(null, 'error_param', 'to_id is not a buyer of this shop'));
        if (body.message_type !== 'text' || typeof body.content?.text !== 'string' || body.content.text === '') return reply(400, envelope(null, 'error_param', 'text message expected'));
        const message: ShopeeWire = {
          message_id: `23027489500000${String(++sent).padStart(5, '0')}`,
          conversation_id: target.conversation_id,
          from_id: SHOP_USER_ID,
          to_id: target.to_id,
          message_type: 'text',
          content: { text: body.content.text },
          created_timestamp: Math.floor(Date.now() / 1000),
        };
        target.messages.push(message);
        return reply(200, envelope({ message_id: message.message_id, created_timestamp: message.created_timestamp, to_id: target.to_id }));
      }
      case 'read_conversation': {
        const body = JSON.parse(request.body) as { conversation_id?: string; last_read_message_id?: string };
        if (!server.conversations.some((candidate) => candidate.conversation_id === body.conversation_id)) return reply(400, envelope(null, 'error_not_found', 'conversation not found'));
        server.reads.push({ conversation_id: body.conversation_id!, ...(body.last_read_message_id ? { last_read_message_id: body.last_read_message_id } : {}) });
        return reply(200, envelope({}));
      }
      default:
        return reply(404, envelope(null, 'error_not_found', 'no such API'));
    }
  };

  const server = await startProtocolServer(state, (request, reply) => api(request, reply));
  return server;
}
