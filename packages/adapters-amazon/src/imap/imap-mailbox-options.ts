/** How to reach the seller's mailbox over IMAP. */
export interface ImapMailboxOptions {
  readonly host: string;
  /** @default 993 with `secure`, else 143 */
  readonly port?: number;
  /** Connect with TLS from the start (port 993). With `false`, imapflow upgrades with STARTTLS when offered. @default true */
  readonly secure?: boolean;
  readonly auth: { readonly user: string; readonly pass: string } | { readonly user: string; readonly accessToken: string };
  /** The folder the relay e-mails land in (a filter rule can move them to their own). @default 'INBOX' */
  readonly mailbox?: string;
  /** Only messages whose From contains this are read (server-side SEARCH). @default '@marketplace.amazon.' */
  readonly fromContains?: string;
  /** Messages downloaded per round trip. @default 50 */
  readonly batchSize?: number;
  /** How long to wait for the connection and the server's IMAP greeting. @default 16000 */
  readonly connectTimeoutMs?: number;
  /** Refuse self-signed certificates. @default true */
  readonly rejectUnauthorized?: boolean;
}
