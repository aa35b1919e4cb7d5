import { LianxingError } from './lianxing-error.js';

/** Why an inbound notification (webhook) was rejected. */
export type NotificationRejection =
  /** The signature is missing or does not match: forged or tampered with. */
  | 'signature'
  /** Its timestamp is outside the accepted window: an old delivery replayed. */
  | 'stale'
  /** The body is not the marketplace's notification shape. */
  | 'malformed'
  /** It names an application, seller or resource that is not ours, or that does not exist. */
  | 'unverified';

/**
 * An inbound notification failed verification or parsing. Answer the sender with a 4xx and do not act on it.
 * A duplicate delivery of a genuine notification is not an error: it comes back as a result with
 * `duplicate: true`.
 * @example
 * try { await adapter.parseNotification({ headers, body }); } catch (error) {
 *   if (NotificationError.isInstance(error)) return response.status(401).end();
 * }
 */
export class NotificationError extends LianxingError {
  readonly marketplace: string;
  readonly reason: NotificationRejection;

  constructor(message: string, options: { marketplace: string; reason: NotificationRejection; cause?: unknown }) {
    super('notification_invalid', message, { cause: options.cause });
    this.name = 'NotificationError';
    this.marketplace = options.marketplace;
    this.reason = options.reason;
  }

  /** Whether `value` is a notification error (of any copy of this package). */
  static override isInstance(value: unknown): value is NotificationError {
    return LianxingError.isInstance(value) && (value as unknown as Record<symbol, unknown>)[notificationMarker] === true;
  }
}

const notificationMarker = Symbol.for('lianxing.error.notification');
Object.defineProperty(NotificationError.prototype, notificationMarker, { value: true, enumerable: false });
