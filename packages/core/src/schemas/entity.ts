/** Entity types the pipeline extracts. */
export type EntityType =
  | 'order_number'
  | 'tracking_number'
  | 'email'
  | 'phone'
  | 'url'
  | 'money'
  | 'card_number'
  | (string & {});

/**
 * Something found in a message. `start`/`end` are offsets into the normalized text (before masking); for
 * personal data, `text` and `value` hold the original, so treat entities like the message itself, and show
 * `placeholder` where the data must stay hidden.
 */
export interface Entity {
  readonly type: EntityType;
  /** The text as written. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The normalized value (digits only, upper case, e.g. `112-4839201-5512873`). */
  readonly value: string;
  /** Details such as the marketplace an order number belongs to or a tracking number's carrier. */
  readonly attributes?: Readonly<Record<string, string>> | undefined;
  /** Whether this entity counts as personal data under the masking policy. */
  readonly pii: boolean;
  /** For masked entities: the placeholder that stands for it in the result's `maskedText` (e.g. `[EMAIL_1]`). */
  readonly placeholder?: string | undefined;
}
