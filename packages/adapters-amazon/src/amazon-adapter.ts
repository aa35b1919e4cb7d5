import { AbortedError, ConfigError, InputError, type FetchedMessage, type FetchMessagesOptions, type MarketplaceAdapterV1, type Message, type OutgoingReply, type SentReply } from '@lianxing/core';
import { createIdempotentSender, createMemoryKeyValueStore } from '@lianxing/adapter-http';
import { amazonAdapterOptionsSchema, type AmazonAdapterOptions } from './amazon-adapter-options.js';
import { readImapMailbox } from './imap/read-imap-mailbox.js';
import { parseRelayEmail, type ParsedRelayEmail } from './relay-email/parse-relay-email.js';
import { createRelayMailer, relayAddressOf } from './smtp/send-relay-reply.js';
import { createSpApiMessaging, type SpApiMessaging } from './sp-api/create-sp-api-messaging.js';

/** The Amazon adapter: core's MarketplaceAdapter (v1) plus what is Amazon's own. */
export interface AmazonAdapter extends MarketplaceAdapterV1 {
  /**
   * Parses a raw relay e-mail that your own mail pipeline received (an SES/Mailgun webhook, a .eml file) into a
   * Message. Hand the result to `inbox.receive('amazon', message)`.
   * @throws InputError when it is not a Buyer-Seller Messaging e-mail.
   */
  parseEmail(raw: string | Uint8Array): Promise<Message>;
  /** Like `parseEmail`, with the relay address, order id, language, full text and attachment bytes. */
  parseRelayEmail(raw: string | Uint8Array): Promise<ParsedRelayEmail>;
  /**
   * SP-API Messaging: the templated, order-bound messages Amazon allows (getMessagingActionsForOrder first,
   * per-action limits, the buyer's locale). Present when the `spApi` option is given.
   */
  readonly messaging: SpApiMessaging | undefined;
  /** Closes the SMTP connection pool. */
  close(): Promise<void>;
}

/**
 * Creates the Amazon adapter. Amazon has no API to read buyer messages: they arrive as e-mails from the
 * Buyer-Seller Messaging relay. `fetchMessages` reads them from the seller's mailbox over IMAP (UID cursor,
 * UIDVALIDITY changes handled); `parseEmail` takes raw MIME from your own pipeline; `sendReply` answers the
 * buyer's relay address over SMTP, at most once per idempotency key.
 * @throws ConfigError when an option is invalid, naming it.
 * @example
 * const amazon = createAmazonAdapter({
 *   imap: { host: 'imap.example.com', auth: { user: 'orders@casaluna.example', pass: process.env.IMAP_PASSWORD! }, mailbox: 'Amazon' },
 *   smtp: { host: 'smtp.example.com', auth: { user: 'orders@casaluna.example', pass: process.env.SMTP_PASSWORD! }, from: 'orders@casaluna.example' },
 * });
 * for await (const { message } of amazon.fetchMessages()) console.log(message.orderId, message.text);
 */
export function createAmazonAdapter(options: AmazonAdapterOptions = {}): AmazonAdapter {
  const parsed = amazonAdapterOptionsSchema.safeParse(options);
  if (!parsed.success) throw ConfigError.fromIssues('[adapters-amazon] createAmazonAdapter options', parsed.error.issues, parsed.error);
  const { imap, smtp } = options;
  const parseOptions = options.cutAt ? { cutAt: options.cutAt } : {};
  const mailer = smtp ? createRelayMailer(smtp) : undefined;
  const store = options.store ?? createMemoryKeyValueStore();
  const sender = createIdempotentSender({ store, namespace: 'adapters-amazon:send' });
  const messaging = options.spApi ? createSpApiMessaging(options.spApi, store) : undefined;

  async function* fetchMessages(fetchOptions: FetchMessagesOptions = {}): AsyncGenerator<FetchedMessage, void, undefined> {
    if (!imap) throw new ConfigError('[adapters-amazon] fetchMessages() needs the `imap` option; without a mailbox, hand raw e-mails to parseEmail().', [{ path: 'imap', message: 'missing' }]);
    const read = { ...(fetchOptions.since === undefined ? {} : { since: fetchOptions.since }), ...(fetchOptions.signal ? { signal: fetchOptions.signal } : {}) };
    for await (const email of readImapMailbox(imap, read)) {
      let message: Message;
      try {
        message = (await parseRelayEmail(email.source, parseOptions)).message;
      } catch (error) {
        // Matched the From filter but is not a relay e-mail (a look-alike sender): skip it; the next cursor covers it.
        if (InputError.isInstance(error)) continue;
        throw error;
      }
      yield { message, cursor: email.cursor };
    }
  }

  return {
    specificationVersion: 'v1',
    marketplace: 'amazon',
    capabilities: { fetch: imap !== undefined, send: smtp !== undefined, notifications: false },
    fetchMessages,
    async sendReply(reply: OutgoingReply): Promise<SentReply> {
      if (!mailer || !smtp) throw new ConfigError('[adapters-amazon] sendReply() needs the `smtp` option to reach the relay.', [{ path: 'smtp', message: 'missing' }]);
      if (reply.signal?.aborted) throw new AbortedError('[adapters-amazon] sendReply() was aborted.', { cause: reply.signal.reason });
      const relayAddress = relayAddressOf(reply.conversationId);
      return sender.run({
        key: reply.idempotencyKey,
        send: () => mailer.send({
          relayAddress, text: reply.text, conversationId: reply.conversationId, idempotencyKey: reply.idempotencyKey,
          ...(reply.orderId === undefined ? {} : { orderId: reply.orderId }),
          ...(reply.inReplyTo === undefined ? {} : { inReplyTo: reply.inReplyTo }),
        }),
      });
    },
    async parseEmail(raw: string | Uint8Array): Promise<Message> {
      return (await parseRelayEmail(raw, parseOptions)).message;
    },
    parseRelayEmail: (raw: string | Uint8Array) => parseRelayEmail(raw, parseOptions),
    messaging,
    async close(): Promise<void> {
      mailer?.close();
    },
  };
}
