export { parseRelayEmail, type ParsedRelayEmail, type ParseRelayEmailOptions, type RelayAttachment } from './relay-email/parse-relay-email.js';
export { stripQuotedText, type StripQuotedTextOptions } from './relay-email/strip-quoted-text.js';
export { isRelayAddress, relaySite } from './relay-email/relay-address.js';
