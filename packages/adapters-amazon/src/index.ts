export { parseRelayEmail, type ParsedRelayEmail, type ParseRelayEmailOptions, type RelayAttachment } from './relay-email/parse-relay-email.js';
export { stripQuotedText, type StripQuotedTextOptions } from './relay-email/strip-quoted-text.js';
export { isRelayAddress, relaySite } from './relay-email/relay-address.js';
export { createAmazonAdapter, type AmazonAdapter } from './amazon-adapter.js';
export type { AmazonAdapterOptions } from './amazon-adapter-options.js';
export type { ImapMailboxOptions } from './imap/imap-mailbox-options.js';
export type { SmtpOptions } from './smtp/smtp-options.js';
