import { z } from 'zod';

/** Marketplaces with a built-in adapter; any other string names a third-party one. */
export type Marketplace = 'amazon' | 'tiktok' | 'mercadolibre' | 'shopee' | 'shopify' | (string & {});

export const attachmentSchema = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  mimeType: z.string().optional(),
  url: z.string().optional(),
  size: z.number().int().nonnegative().optional(),
});

/**
 * A message on a marketplace's buyer–seller channel, as adapters produce it. The one schema core exports,
 * so adapter authors and the testkit validate against the same contract.
 */
export const messageSchema = z.object({
  id: z.string().min(1),
  conversationId: z.string().min(1),
  marketplace: z.string().min(1),
  /** The marketplace site, e.g. `amazon.com.mx`, `MLB`, `US`. */
  site: z.string().optional(),
  /** The buyer's locale as BCP 47, when the marketplace says it. */
  locale: z.string().optional(),
  direction: z.enum(['inbound', 'outbound']),
  sender: z.object({
    role: z.enum(['buyer', 'seller', 'system', 'platform']),
    id: z.string().optional(),
    name: z.string().optional(),
  }),
  text: z.string(),
  /** ISO 8601 timestamp. */
  createdAt: z.iso.datetime({ offset: true }),
  orderId: z.string().optional(),
  attachments: z.array(attachmentSchema),
  /** Flags such as `system`, `robot` or `hidden` that adapters keep rather than drop. */
  flags: z.array(z.string()).optional(),
  /** The marketplace's original payload, untouched. */
  raw: z.unknown().optional(),
});

/** An attachment of a {@link Message}. */
export type Attachment = z.infer<typeof attachmentSchema>;
/** A message on a marketplace's buyer–seller channel. */
export type Message = z.infer<typeof messageSchema>;
