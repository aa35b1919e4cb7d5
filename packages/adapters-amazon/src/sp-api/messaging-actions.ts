/** The SP-API Messaging actions (messaging.json, v1) and what each accepts. */
export type MessagingAction =
  | 'confirmCustomizationDetails'
  | 'confirmDeliveryDetails'
  | 'confirmOrderDetails'
  | 'confirmServiceDetails'
  | 'unexpectedProblem'
  | 'digitalAccessKey'
  | 'legalDisclosure'
  | 'warranty'
  | 'invoice';

/** Limits of one action, from the schema descriptions. */
export interface MessagingActionRules {
  /** Text length bounds, when the action takes text. */
  readonly text?: { readonly min: number; readonly max: number; readonly required: boolean };
  /** Attachment count bounds, when the action takes attachments. */
  readonly attachments?: { readonly min: number; readonly max: number };
  /** Warranty coverage dates. */
  readonly coverageDates?: boolean;
}

/** Per-action limits: `text` 1–2000 for most, 1–800 for customization details, 1–400 for digital access keys; at most 5 attachments. */
export const MESSAGING_ACTION_RULES: Readonly<Record<MessagingAction, MessagingActionRules>> = {
  confirmCustomizationDetails: { text: { min: 1, max: 800, required: true }, attachments: { min: 0, max: 5 } },
  confirmDeliveryDetails: { text: { min: 1, max: 2000, required: true } },
  confirmOrderDetails: { text: { min: 1, max: 2000, required: true } },
  confirmServiceDetails: { text: { min: 1, max: 2000, required: true } },
  unexpectedProblem: { text: { min: 1, max: 2000, required: true } },
  digitalAccessKey: { text: { min: 1, max: 400, required: true }, attachments: { min: 0, max: 5 } },
  legalDisclosure: { attachments: { min: 1, max: 5 } },
  warranty: { attachments: { min: 0, max: 5 }, coverageDates: true },
  invoice: { attachments: { min: 1, max: 5 } },
};

/** An attachment uploaded beforehand with the Uploads API (`createUploadDestinationForResource`). */
export interface MessagingAttachment {
  readonly uploadDestinationId: string;
  readonly fileName: string;
}

/** The body of one Messaging action. */
export interface MessagingActionBody {
  readonly text?: string;
  readonly attachments?: readonly MessagingAttachment[];
  /** ISO 8601, for `warranty`. */
  readonly coverageStartDate?: string;
  /** ISO 8601, for `warranty`. */
  readonly coverageEndDate?: string;
}
