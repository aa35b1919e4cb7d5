/**
 * Entity types the pipeline extracts. The list is open: a custom `extractEntities` stage may add its own
 * (snake_case) types, and the PII policy may name them.
 */
export type EntityType =
  | 'order_number'
  | 'tracking_number'
  | 'asin'
  | 'sku'
  | 'money'
  | 'date'
  | 'email'
  | 'phone'
  | 'url'
  | 'card_number'
  | 'national_id'
  | 'address'
  | (string & {});

/**
 * Something found in a message. `start`/`end` are offsets into the text the stage read (in the pipeline, the
 * normalized text before masking). For personal data, `text` and `value` hold the original, so treat entities
 * like the message itself; `placeholder` is what stands for it in `maskedText`, and the pipeline's events carry
 * entities with the placeholder in place of the original.
 * @example
 * { type: 'order_number', text: '112-4839201-5512873', start: 6, end: 25, value: '112-4839201-5512873',
 *   confidence: 0.9, attributes: { marketplace: 'amazon' }, pii: false }
 */
export interface Entity {
  readonly type: EntityType;
  /** The text as written. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /**
   * The normalized value: order numbers in their canonical form (`112-4839201-5512873`), tracking numbers and ids
   * in capitals without spaces, phones in E.164, e-mails in lower case, money as `"120.50 BRL"`, dates as ISO
   * `YYYY-MM-DD`.
   */
  readonly value: string;
  /** How sure the recognizer was, in [0, 1]. Custom stages may leave it out. */
  readonly confidence?: number | undefined;
  /**
   * Details: `marketplace` and `kind` of an order number, `carrier` (and `country` for UPU S10) of a tracking
   * number, `amount`/`currency`/`ambiguous` of money, `kind` (`absolute`/`relative`) of a date, `kind`
   * (`cpf`/`cnpj`/`curp`/`rfc`) and `country` of a national id, `network` of a card, `country` of a phone.
   */
  readonly attributes?: Readonly<Record<string, string>> | undefined;
  /** Whether this entity counts as personal data under the PII policy (and so is masked). */
  readonly pii: boolean;
  /** For masked entities: the placeholder that stands for it in the result's `maskedText` (e.g. `[EMAIL_1]`). */
  readonly placeholder?: string | undefined;
}
