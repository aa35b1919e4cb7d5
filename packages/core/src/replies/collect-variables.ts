import type { Entity } from '../schemas/entity.js';
import type { OrderContext } from '../schemas/conversation.js';

/** Display names of the carriers the entity stage tags tracking numbers with. */
const CARRIER_NAMES: Readonly<Record<string, string>> = { 'ups': 'UPS', 'usps': 'USPS', 'sf-express': 'SF Express', 'fedex': 'FedEx', 'dhl': 'DHL' };

/** Where template variables come from. */
export interface VariableSources {
  readonly entities?: readonly Entity[] | undefined;
  readonly order?: OrderContext | undefined;
  /** The caller's own values; they win over everything else. */
  readonly variables?: Readonly<Record<string, string>> | undefined;
}

/**
 * Gathers raw template values: the message's first order and tracking numbers (never personal data), the order
 * context (which wins over what the message says), then the caller's variables (which win over both).
 * @example collectVariables({ order: { orderId: '123', carrier: 'DHL' } }) // { orderId: '123', carrier: 'DHL' }
 */
export function collectVariables(sources: VariableSources): Record<string, string> {
  const values: Record<string, string> = {};
  const set = (name: string, value: string | undefined): void => {
    if (value !== undefined && value !== '') values[name] = value;
  };
  const entities = (sources.entities ?? []).filter((entity) => !entity.pii);
  const orderEntity = entities.find((entity) => entity.type === 'order_number');
  const trackingEntity = entities.find((entity) => entity.type === 'tracking_number');
  set('orderId', orderEntity?.value);
  set('trackingNumber', trackingEntity?.value);
  const carrierCode = trackingEntity?.attributes?.['carrier'];
  set('carrier', carrierCode === undefined ? undefined : CARRIER_NAMES[carrierCode]);

  const order = sources.order;
  if (order) {
    set('orderId', order.orderId);
    if (order.trackingNumber !== undefined) {
      // The message's carrier belongs to the message's tracking number, not necessarily to this one.
      if (order.trackingNumber !== values['trackingNumber']) delete values['carrier'];
      set('trackingNumber', order.trackingNumber);
    }
    set('carrier', order.carrier);
    set('trackingUrl', order.trackingUrl);
    set('orderStatus', order.status);
    set('promisedShipDate', order.promisedShipDate);
    set('promisedDeliveryDate', order.promisedDeliveryDate);
    set('actualShipDate', order.actualShipDate);
    set('actualDeliveryDate', order.actualDeliveryDate);
  }
  for (const [name, value] of Object.entries(sources.variables ?? {})) {
    if (typeof value === 'string') set(name, value);
  }
  return values;
}
