/** How to send replies through the seller's SMTP server. */
export interface SmtpOptions {
  readonly host: string;
  /** @default 465 with `secure`, else 587 */
  readonly port?: number;
  /** TLS from the start (465). With `false`, STARTTLS is used when offered. @default true */
  readonly secure?: boolean;
  readonly auth?: { readonly user: string; readonly pass: string };
  /**
   * The sender: the e-mail address registered in Seller Central, or Amazon's relay rejects the reply.
   * E.g. `"Casa Luna" <orders@casaluna.example>`.
   */
  readonly from: string;
  /** Refuse self-signed certificates. @default true */
  readonly rejectUnauthorized?: boolean;
  /** The reply's subject. @default `Re: Order <orderId>` (or `Re: Your message` without an order) */
  readonly subject?: (reply: { readonly orderId?: string; readonly conversationId: string }) => string;
}
