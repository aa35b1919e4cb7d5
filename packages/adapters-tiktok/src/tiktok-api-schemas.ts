import { z } from 'zod';

/** The envelope of every TikTok Shop response: `{ code, message, request_id, data }`. */
export const tiktokEnvelopeSchema = z.looseObject({
  code: z.number(),
  message: z.string().nullish(),
  request_id: z.string().nullish(),
});

const envelope = <T extends z.ZodType>(data: T) => tiktokEnvelopeSchema.extend({ data });

/** One message on the wire (GetConversationMessages, latest_message, and the webhook's `data`). */
export const tiktokWireMessageSchema = z.looseObject({
  id: z.string().min(1),
  index: z.string().nullish(),
  type: z.string().min(1),
  /** Serialized JSON, decoded per type. */
  content: z.string().nullish(),
  create_time: z.number(),
  is_visible: z.boolean().nullish(),
  sender: z
    .looseObject({
      im_user_id: z.string().nullish(),
      role: z.string().nullish(),
      nickname: z.string().nullish(),
    })
    .nullish(),
});

/** A wire message as TikTok sends it. */
export type TikTokWireMessage = z.infer<typeof tiktokWireMessageSchema>;

export const tiktokConversationSchema = z.looseObject({
  id: z.string().min(1),
  latest_message: z.unknown().nullish(),
  create_time: z.number().nullish(),
  participants: z
    .array(z.looseObject({ role: z.string().nullish(), nickname: z.string().nullish(), im_user_id: z.string().nullish() }))
    .nullish(),
  unread_count: z.number().nullish(),
  can_send_message: z.boolean().nullish(),
});

export const tiktokConversationsResponseSchema = envelope(
  z.looseObject({ conversations: z.array(z.unknown()).nullish(), next_page_token: z.string().nullish() }),
);

export const tiktokMessagesResponseSchema = envelope(
  z.looseObject({
    // Messages are parsed one by one, so one odd message does not sink the page.
    messages: z.array(z.unknown()).nullish(),
    next_page_token: z.string().nullish(),
    unsupported_msg_tips: z.string().nullish(),
  }),
);

export const tiktokSendMessageResponseSchema = envelope(z.looseObject({ message_id: z.string().min(1) }));

export const tiktokEmptyResponseSchema = tiktokEnvelopeSchema.extend({ data: z.unknown().nullish() });

export const tiktokTokenResponseSchema = envelope(
  z.looseObject({
    access_token: z.string().min(1),
    access_token_expire_in: z.number(),
    refresh_token: z.string().min(1),
    refresh_token_expire_in: z.number().nullish(),
  }),
);

/** The webhook envelope. */
export const tiktokWebhookSchema = z.looseObject({
  type: z.number(),
  tts_notification_id: z.string().min(1),
  shop_id: z.union([z.string(), z.number()]).nullish(),
  timestamp: z.number(),
  data: z.looseObject({ conversation_id: z.string().nullish(), message_id: z.string().nullish() }).nullish(),
});
