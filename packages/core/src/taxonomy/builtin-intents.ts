import type { IntentDefinition } from '../schemas/taxonomy.js';

/**
 * The 24 intents of the built-in buyer-message taxonomy, transcribed from the taxonomy contract
 * (ids, meanings, borders, risk, default action).
 */
export const BUILTIN_INTENTS: readonly IntentDefinition[] = [
  { id: 'order_tracking', description: 'To know where the order or parcel is now, a tracking number, the order status.', borders: 'Not "it is late / never arrived" (delivery_problem); not "when will you ship" (shipping_time).', risk: 'low', defaultAction: 'auto_reply' },
  { id: 'shipping_time', description: 'To know when it will ship or arrive, shipping methods, speeds or destinations, or to urge faster dispatch before it ships.', borders: 'Once past the promised date or lost: delivery_problem.', risk: 'low', defaultAction: 'auto_reply' },
  { id: 'delivery_problem', description: 'To report that a parcel is late, stuck, lost, returned to sender, or marked delivered but not received.', borders: 'Damaged goods: product_defect; wrong contents: wrong_or_missing_item.', risk: 'medium', defaultAction: 'suggest' },
  { id: 'address_change', description: 'To change or correct the shipping address or recipient details of an order.', borders: 'Setting up an account address with no order: greeting_other.', risk: 'medium', defaultAction: 'suggest' },
  { id: 'order_cancel', description: 'To cancel an order, or ask about cancelling or its fee.', risk: 'medium', defaultAction: 'suggest' },
  { id: 'order_change', description: 'To change an order before shipping: size, colour, quantity, variant, add or remove an item.', borders: 'After delivery, a different size: exchange_request.', risk: 'medium', defaultAction: 'suggest' },
  { id: 'return_request', description: 'To return an item, get a return label, know the return policy or window.', borders: 'Wants money back with no return mentioned: refund_request.', risk: 'medium', defaultAction: 'suggest' },
  { id: 'exchange_request', description: 'To swap a received item for another size, colour or unit.', borders: 'A broken unit replaced: product_defect.', risk: 'medium', defaultAction: 'suggest' },
  { id: 'refund_request', description: 'Money back, a partial refund, compensation.', borders: 'A refund already agreed but not yet received: refund_status.', risk: 'high', defaultAction: 'suggest' },
  { id: 'refund_status', description: 'To know where an agreed or pending refund is.', risk: 'medium', defaultAction: 'auto_reply' },
  { id: 'product_question', description: 'Specs, sizing, compatibility, materials, how to use or set up, care, before or after buying.', borders: '"It does not work": product_defect.', risk: 'low', defaultAction: 'auto_reply' },
  { id: 'stock_availability', description: 'Whether an item or variant is in stock, restock dates, pre-orders.', risk: 'low', defaultAction: 'auto_reply' },
  { id: 'product_defect', description: 'To report the item is broken, faulty, damaged, poor quality, or not as described.', risk: 'high', defaultAction: 'suggest' },
  { id: 'wrong_or_missing_item', description: 'To report a wrong item, wrong variant, missing parts, accessories or gift, short quantity.', risk: 'high', defaultAction: 'suggest' },
  { id: 'invoice_request', description: 'An invoice, receipt or tax invoice (factura/CFDI, 領収書, 发票, nota fiscal).', risk: 'low', defaultAction: 'auto_reply' },
  { id: 'price_negotiation', description: 'A lower price, a discount for bulk, a price match, "cheaper elsewhere".', borders: 'A coupon that does not apply: promotion_inquiry.', risk: 'low', defaultAction: 'suggest' },
  { id: 'promotion_inquiry', description: 'Coupons, promo codes, sale dates, bundles, free gifts, a code that does not work.', risk: 'low', defaultAction: 'auto_reply' },
  { id: 'payment_issue', description: 'Payment failed, charged twice, payment methods, installments, cash on delivery.', risk: 'high', defaultAction: 'suggest' },
  { id: 'customs_duties', description: 'Import taxes, duties, customs holds, who pays them.', risk: 'medium', defaultAction: 'auto_reply' },
  { id: 'complaint_escalation', description: 'Threatens a negative review, a platform claim, a chargeback or dispute, legal action or a regulator; or an angry complaint about the seller\'s service.', borders: 'A plain defect report without a threat: product_defect.', risk: 'critical', defaultAction: 'human' },
  { id: 'positive_feedback', description: 'Thanks, praise, "arrived, love it", a promise of a good review.', risk: 'low', defaultAction: 'auto_reply' },
  { id: 'human_agent', description: 'To speak with a person, a manager, a phone call.', risk: 'medium', defaultAction: 'human' },
  { id: 'greeting_other', description: 'A greeting, small talk, an unclear or empty message, anything on-topic that fits no other intent.', risk: 'low', defaultAction: 'suggest' },
  { id: 'spam', description: 'Advertising, phishing, SEO or marketing offers, links to unrelated sites, messages not from a buyer about a purchase.', risk: 'low', defaultAction: 'discard' },
];
