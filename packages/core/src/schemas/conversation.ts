import { z } from 'zod';
import { messageSchema } from './message.js';

export const orderContextSchema = z.object({
  orderId: z.string().optional(),
  status: z
    .enum(['pending', 'unshipped', 'shipped', 'in_transit', 'delivered', 'cancelled', 'returned', 'refunded'])
    .optional(),
  trackingNumber: z.string().optional(),
  carrier: z.string().optional(),
  trackingUrl: z.string().optional(),
  orderedAt: z.iso.datetime({ offset: true }).optional(),
  promisedShipDate: z.iso.datetime({ offset: true }).optional(),
  actualShipDate: z.iso.datetime({ offset: true }).optional(),
  promisedDeliveryDate: z.iso.datetime({ offset: true }).optional(),
  actualDeliveryDate: z.iso.datetime({ offset: true }).optional(),
  total: z.object({ amount: z.number(), currency: z.string().length(3) }).optional(),
});

export const conversationSchema = z.object({
  id: z.string().min(1),
  marketplace: z.string().min(1),
  messages: z.array(messageSchema),
  order: orderContextSchema.optional(),
});

/** What the seller knows of the order a conversation is about. */
export type OrderContext = z.infer<typeof orderContextSchema>;
/** A thread of messages, with its order. */
export type Conversation = z.infer<typeof conversationSchema>;
