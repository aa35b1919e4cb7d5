import type { TemplateVariableSpec } from '../schemas/template.js';

/** A variable every template may use without declaring it, and where its value comes from. */
export interface KnownVariable extends TemplateVariableSpec {
  readonly description: string;
}

/**
 * The built-in variable catalogue. Values come from the message's entities (order and tracking numbers), the
 * {@link OrderContext} the caller passes, and the caller's own variables (which win). A template's `variables`
 * declaration overrides an entry here.
 * @example KNOWN_VARIABLES['promisedDeliveryDate']?.type // 'date'
 */
export const KNOWN_VARIABLES: Readonly<Record<string, KnownVariable>> = {
  orderId: { type: 'string', maxLength: 64, description: 'The order number: OrderContext.orderId, else the first order number in the message.' },
  trackingNumber: { type: 'string', maxLength: 64, description: 'The tracking number: OrderContext.trackingNumber, else the first tracking number in the message.' },
  carrier: { type: 'string', maxLength: 60, description: 'The carrier: OrderContext.carrier, else the carrier a tracking number belongs to.' },
  trackingUrl: { type: 'string', pattern: '^https?://\\S+$', maxLength: 500, description: 'OrderContext.trackingUrl. Amazon forbids most links: templates that use it fail the Amazon lint.' },
  orderStatus: { type: 'string', maxLength: 40, description: 'OrderContext.status (`shipped`, `delivered`…), as a code.' },
  promisedShipDate: { type: 'date', dateStyle: 'long', description: 'OrderContext.promisedShipDate, written the locale\'s way.' },
  promisedDeliveryDate: { type: 'date', dateStyle: 'long', description: 'OrderContext.promisedDeliveryDate, written the locale\'s way.' },
  actualShipDate: { type: 'date', dateStyle: 'long', description: 'OrderContext.actualShipDate, written the locale\'s way.' },
  actualDeliveryDate: { type: 'date', dateStyle: 'long', description: 'OrderContext.actualDeliveryDate, written the locale\'s way.' },
  buyerName: { type: 'string', maxLength: 60, description: 'The buyer\'s name, from the caller.' },
  storeName: { type: 'string', maxLength: 60, description: 'The shop\'s name, from the caller.' },
  productName: { type: 'string', maxLength: 120, description: 'The product\'s name, from the caller.' },
};
