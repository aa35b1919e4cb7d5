import { createHash } from 'node:crypto';
import { detectLanguage, InputError, type LanguageDetection, type Message } from '@lianxing/core';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { isRelayAddress, relaySite } from './relay-address.js';
import { stripQuotedText, type StripQuotedTextOptions } from './strip-quoted-text.js';

/** An Amazon order id: three, seven and seven digits. */
const ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/;
/** Suffixes Amazon appends to the buyer's display name. */
const NAME_SUFFIX = /\s*[-–]\s*(?:Amazon\s*)?(?:Marketplace|マーケットプレイス|商城)(?:\s*Amazon)?\s*$|\s*[-–]\s*(?:Amazon|亚马逊)\s*\S*$/i;

/** Options of {@link parseRelayEmail}. */
export interface ParseRelayEmailOptions extends StripQuotedTextOptions {
  /** When the e-mail was received, used when it has no `Date` header. @default now */
  readonly receivedAt?: Date;
}

/** An attachment of a relay e-mail, with its bytes (the Message carries only the metadata). */
export interface RelayAttachment {
  readonly name?: string;
  readonly mimeType: string;
  readonly size: number;
  /** Content-ID, or a SHA-256 of the bytes. */
  readonly id: string;
  readonly content: Uint8Array;
}

/** What a relay e-mail holds. */
export interface ParsedRelayEmail {
  /** The core Message: `text` is the buyer's own words, without history, signature or Amazon's footer. */
  readonly message: Message;
  /** The relay address to reply to (it forwards to the buyer). */
  readonly relayAddress: string;
  readonly orderId?: string;
  readonly subject: string;
  /** The language of the buyer's text, as core detects it. */
  readonly language: LanguageDetection;
  /** The body before stripping, for audits. */
  readonly fullText: string;
  readonly attachments: readonly RelayAttachment[];
}

function firstAddress(field: AddressObject | AddressObject[] | undefined): { address?: string; name?: string } | undefined {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  for (const entry of list) for (const value of entry.value) if (value.address) return { address: value.address, name: value.name };
  return undefined;
}

function bodyText(mail: ParsedMail): string {
  if (typeof mail.text === 'string' && mail.text.trim() !== '') return mail.text;
  // HTML-only mail: mailparser's text conversion, with quotes and line breaks kept as lines.
  if (typeof mail.html === 'string') {
    return mail.html
      .replace(/<(?:br|\/p|\/div|\/li|\/h\d|\/tr|\/blockquote)\s*\/?>/gi, '\n')
      .replace(/<blockquote[^>]*>/gi, '\n> ')
      .replace(/<[^>]+>/g, '')
      .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  }
  return '';
}

/**
 * Parses one raw MIME e-mail from Amazon's Buyer-Seller Messaging relay into a core Message: order id (from the
 * subject, else the body), relay address, the buyer's text without quoted history, signatures or Amazon's
 * footer, attachments (metadata in the Message, bytes in the result), language, site (`amazon.de`…) and the
 * `Content-Language` as locale when present. Charsets such as ISO-2022-JP and GBK are decoded.
 *
 * The message id is the `Message-ID` header (stable across IMAP UIDVALIDITY changes, so duplicates are
 * caught), or a hash of the raw bytes when there is none. The conversation id is `orderId/relayAddress`.
 * @throws InputError when the input is not an e-mail from a relay address (`field: 'from'`).
 * @example
 * const { message, orderId } = await parseRelayEmail(rawMime);
 */
export async function parseRelayEmail(raw: string | Uint8Array, options: ParseRelayEmailOptions = {}): Promise<ParsedRelayEmail> {
  if (typeof raw !== 'string' && !(raw instanceof Uint8Array)) throw new InputError('[adapters-amazon] parseRelayEmail() needs the raw MIME as a string or bytes.', { field: 'raw' });
  const source = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  let mail: ParsedMail;
  try {
    mail = await simpleParser(source, { skipHtmlToText: false, skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true });
  } catch (error) {
    throw new InputError('[adapters-amazon] The e-mail could not be parsed as MIME.', { field: 'raw', cause: error });
  }
  const from = firstAddress(mail.from);
  const replyTo = firstAddress(mail.replyTo);
  const relayAddress = [from?.address, replyTo?.address].find((address): address is string => address !== undefined && isRelayAddress(address));
  if (relayAddress === undefined) {
    throw new InputError('[adapters-amazon] Not a Buyer-Seller Messaging e-mail: neither From nor Reply-To is an @marketplace.amazon.* relay address.', { field: 'from' });
  }
  const subject = mail.subject ?? '';
  const fullText = bodyText(mail);
  const text = stripQuotedText(fullText, options.cutAt ? { cutAt: options.cutAt } : {});
  const orderId = ORDER_ID.exec(subject)?.[0] ?? ORDER_ID.exec(fullText)?.[0];
  const contentLanguage = mail.headers.get('content-language');
  const locale = typeof contentLanguage === 'string' && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/i.test(contentLanguage.trim()) ? contentLanguage.trim() : undefined;
  const language = detectLanguage(text, locale === undefined ? {} : { hint: locale });
  const messageId = mail.messageId?.replace(/^<|>$/g, '').trim() || `sha256:${createHash('sha256').update(source).digest('hex').slice(0, 32)}`;
  const createdAt = (mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : (options.receivedAt ?? new Date())).toISOString();
  const name = (from?.address === relayAddress ? from.name : replyTo?.name)?.replace(NAME_SUFFIX, '').trim();

  const attachments: RelayAttachment[] = mail.attachments
    .filter((attachment) => attachment.contentDisposition !== 'inline' || attachment.filename !== undefined)
    .map((attachment) => ({
      ...(attachment.filename ? { name: attachment.filename } : {}),
      mimeType: attachment.contentType,
      size: attachment.size,
      id: attachment.cid ?? `sha256:${createHash('sha256').update(attachment.content).digest('hex').slice(0, 32)}`,
      content: new Uint8Array(attachment.content),
    }));

  const site = relaySite(relayAddress);
  const message: Message = {
    id: messageId,
    conversationId: orderId ? `${orderId}/${relayAddress.toLowerCase()}` : relayAddress.toLowerCase(),
    marketplace: 'amazon',
    ...(site ? { site } : {}),
    ...(locale ? { locale } : {}),
    direction: 'inbound',
    sender: { role: 'buyer', id: relayAddress.toLowerCase(), ...(name ? { name } : {}) },
    text,
    createdAt,
    ...(orderId ? { orderId } : {}),
    attachments: attachments.map(({ name: fileName, mimeType, size, id }) => ({ id, mimeType, size, ...(fileName ? { name: fileName } : {}) })),
  };
  return { message, relayAddress, ...(orderId ? { orderId } : {}), subject, language, fullText, attachments };
}
