import { z } from 'zod';

const id = z.union([z.string(), z.number()]).transform(String);

/** The v2 envelope: `{ request_id, error, message, response }`, `error` empty on success. */
export const shopeeEnvelopeSchema = z.looseObject({
  request_id: z.string().nullish(),
  error: z.string().nullish(),
  message: z.string().nullish(),
});

/** A chat message (get_message items, and the push's `data.content`). */
export const shopeeWireMessageSchema = z.looseObject({
  message_id: id.pipe(z.string().min(1)),
  conversation_id: id.pipe(z.string().min(1)),
  from_id: id,
  to_id: id.nullish(),
  from_user_name: z.string().nullish(),
  message_type: z.string().min(1),
  content: z.record(z.string(), z.unknown()).nullish(),
  created_timestamp: z.number(),
  is_in_chatbot_session: z.boolean().nullish(),
});

/** A Shopee chat message on the wire. */
export type ShopeeWireMessage = z.infer<typeof shopeeWireMessageSchema>;

const pageResult = z.looseObject({ next_offset: z.union([z.string(), z.number()]).nullish(), more: z.boolean().nullish() }).nullish();

export const shopeeConversationListSchema = shopeeEnvelopeSchema.extend({
  response: z.looseObject({
    conversations: z.array(z.unknown()).nullish(),
    conversations_list: z.array(z.unknown()).nullish(),
    page_result: pageResult,
  }),
});

export const shopeeConversationSchema = z.looseObject({
  conversation_id: id.pipe(z.string().min(1)),
  to_id: id.nullish(),
  last_message_timestamp: z.number().nullish(),
  unread_count: z.number().nullish(),
});

export const shopeeOneConversationSchema = shopeeEnvelopeSchema.extend({ response: shopeeConversationSchema });

export const shopeeMessagesSchema = shopeeEnvelopeSchema.extend({
  response: z.looseObject({ messages: z.array(z.unknown()).nullish(), page_result: pageResult }),
});

export const shopeeSendSchema = shopeeEnvelopeSchema.extend({
  response: z.looseObject({ message_id: id.pipe(z.string().min(1)), created_timestamp: z.number().nullish() }),
});

export const shopeeEmptySchema = shopeeEnvelopeSchema.extend({ response: z.unknown().nullish() });

/** The push envelope. */
export const shopeePushSchema = z.looseObject({
  msg_id: z.string().nullish(),
  shop_id: id.nullish(),
  code: z.number(),
  timestamp: z.number(),
  data: z.looseObject({ type: z.string().nullish(), content: z.unknown().nullish() }).nullish(),
});
