import { z } from 'zod';

const userRef = z.looseObject({ user_id: z.union([z.string(), z.number()]).transform(String), name: z.string().nullish() });

/** One message on the wire (local and Global Selling). */
export const mercadolibreWireMessageSchema = z.looseObject({
  id: z.string().min(1),
  site_id: z.string().nullish(),
  from: userRef,
  to: userRef.nullish(),
  status: z.string().nullish(),
  text: z.string().nullish(),
  text_translated: z.string().nullish(),
  message_date: z.looseObject({
    received: z.string().nullish(),
    available: z.string().nullish(),
    notified: z.string().nullish(),
    created: z.string().nullish(),
    read: z.string().nullish(),
  }),
  message_moderation: z.looseObject({ status: z.string().nullish(), reason: z.string().nullish() }).nullish(),
  message_attachments: z
    .array(
      z.looseObject({
        filename: z.string().nullish(),
        original_filename: z.string().nullish(),
        type: z.string().nullish(),
        size: z.number().nullish(),
        potential_security_threat: z.boolean().nullish(),
      }),
    )
    .nullish(),
  message_resources: z.array(z.looseObject({ id: z.union([z.string(), z.number()]).transform(String), name: z.string() })).nullish(),
  conversation_first_message: z.boolean().nullish(),
});

/** A wire message as Mercado Libre sends it. */
export type MercadoLibreWireMessage = z.infer<typeof mercadolibreWireMessageSchema>;

export const mercadolibreConversationStatusSchema = z.looseObject({
  path: z.string().nullish(),
  status: z.string().nullish(),
  substatus: z.string().nullish(),
});

/** A pack's messages (and, with `paging: null`, a single message). */
export const mercadolibreMessagesResponseSchema = z.looseObject({
  paging: z.looseObject({ limit: z.number().nullish(), offset: z.number().nullish(), total: z.number() }).nullish(),
  conversation_status: mercadolibreConversationStatusSchema.nullish(),
  // Parsed one by one, so one odd message does not sink the page.
  messages: z.array(z.unknown()).nullish(),
});

export const mercadolibreUnreadResponseSchema = z.looseObject({
  results: z.array(z.looseObject({ resource: z.string(), count: z.number().nullish() })).nullish(),
});

export const mercadolibreSendResponseSchema = z.looseObject({
  id: z.string().nullish(),
  message_id: z.string().nullish(),
  messages: z.array(z.looseObject({ id: z.string() })).nullish(),
  message_date: z.looseObject({ created: z.string().nullish() }).nullish(),
});

export const mercadolibreTokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  expires_in: z.number(),
  refresh_token: z.string().min(1),
  user_id: z.union([z.string(), z.number()]).transform(String).nullish(),
});

export const mercadolibreActionGuideSchema = z.looseObject({
  options: z
    .array(
      z.looseObject({
        id: z.string(),
        internal_description: z.string().nullish(),
        enabled: z.boolean().nullish(),
        type: z.string().nullish(),
        templates: z.array(z.looseObject({ id: z.string(), vars: z.unknown().nullish() })).nullish(),
        actionable: z.boolean().nullish(),
        cap_available: z.number().nullish(),
        char_limit: z.number().nullish(),
      }),
    )
    .nullish(),
});

/** The notification envelope. */
export const mercadolibreNotificationSchema = z.looseObject({
  _id: z.string().min(1),
  resource: z.string().min(1),
  user_id: z.union([z.string(), z.number()]).transform(String),
  topic: z.string().min(1),
  application_id: z.union([z.string(), z.number()]).transform(String).nullish(),
  attempts: z.number().nullish(),
  sent: z.string().nullish(),
  received: z.string().nullish(),
});
