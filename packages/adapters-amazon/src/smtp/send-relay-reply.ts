import { createHash } from 'node:crypto';
import { AuthError, MarketplaceError, ValidationError } from '@lianxing/core';
import { createTransport, type Transporter } from 'nodemailer';
import { isRelayAddress } from '../relay-email/relay-address.js';
import type { SmtpOptions } from './smtp-options.js';

/** A reply to send to a buyer's relay address. */
export interface RelayReply {
  readonly relayAddress: string;
  readonly text: string;
  readonly orderId?: string;
  readonly conversationId: string;
  /** The Message-ID of the buyer's e-mail, for threading. */
  readonly inReplyTo?: string;
  readonly idempotencyKey: string;
}

/** What the SMTP server accepted. */
export interface RelayReplySent {
  readonly messageId: string;
  readonly sentAt: string;
}

/** The relay address a conversation id (`orderId/relay@…` or `relay@…`) points at. */
export function relayAddressOf(conversationId: string): string {
  const address = conversationId.slice(conversationId.lastIndexOf('/') + 1);
  if (!isRelayAddress(address)) {
    throw new ValidationError('[adapters-amazon] The conversation id does not end with a Buyer-Seller Messaging relay address (…@marketplace.amazon.<tld>); use the conversationId of a parsed relay e-mail.', { marketplace: 'amazon', field: 'conversationId' });
  }
  return address;
}

function domainOf(from: string): string {
  return /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'lianxing.invalid';
}

/** A sender over one nodemailer SMTP transport. */
export interface RelayMailer {
  send(reply: RelayReply): Promise<RelayReplySent>;
  close(): void;
}

/**
 * Creates the SMTP side of the adapter: plain-text replies to relay addresses (Amazon's relay strips HTML and
 * forwards to the buyer). The Message-ID is derived from the idempotency key, so a resend after a crash carries
 * the same id and mail systems that deduplicate on it show one message.
 */
export function createRelayMailer(options: SmtpOptions): RelayMailer {
  const secure = options.secure ?? true;
  let transport: Transporter | undefined;
  const getTransport = (): Transporter => {
    transport ??= createTransport({
      host: options.host,
      port: options.port ?? (secure ? 465 : 587),
      secure,
      ...(options.auth ? { auth: { user: options.auth.user, pass: options.auth.pass } } : {}),
      tls: { rejectUnauthorized: options.rejectUnauthorized ?? true },
    });
    return transport;
  };
  return {
    async send(reply: RelayReply): Promise<RelayReplySent> {
      if (!isRelayAddress(reply.relayAddress)) throw new ValidationError('[adapters-amazon] Replies go to a relay address (…@marketplace.amazon.<tld>) only.', { marketplace: 'amazon', field: 'conversationId' });
      if (reply.text.trim() === '') throw new ValidationError('[adapters-amazon] The reply text is empty.', { marketplace: 'amazon', field: 'text', actual: 0 });
      const messageId = `<${createHash('sha256').update(reply.idempotencyKey).digest('hex').slice(0, 40)}@${domainOf(options.from)}>`;
      const subject = options.subject ? options.subject(reply) : reply.orderId ? `Re: Order ${reply.orderId}` : 'Re: Your message';
      const threading = reply.inReplyTo ? { inReplyTo: `<${reply.inReplyTo}>`, references: [`<${reply.inReplyTo}>`] } : {};
      try {
        const info = await getTransport().sendMail({ from: options.from, to: reply.relayAddress, subject, text: reply.text, messageId, ...threading });
        return { messageId: String(info.messageId ?? messageId).replace(/^<|>$/g, ''), sentAt: new Date().toISOString() };
      } catch (error) {
        const detail = error as { code?: string; responseCode?: number } | undefined;
        if (detail?.code === 'EAUTH') throw new AuthError('[adapters-amazon] The SMTP server refused the credentials; check `smtp.auth`.', { marketplace: 'amazon', cause: error });
        const status = detail?.responseCode;
        // 5xx SMTP replies are permanent refusals; 4xx and connection failures may pass later.
        const permanent = status !== undefined && status >= 500;
        throw new MarketplaceError(`[adapters-amazon] The SMTP server did not accept the reply${status ? ` (SMTP ${status})` : detail?.code ? ` (${detail.code})` : ''}.`, {
          marketplace: 'amazon', isRetryable: !permanent, cause: error, ...(status ? { marketplaceCode: `smtp-${status}` } : {}),
        });
      }
    },
    close(): void {
      transport?.close();
      transport = undefined;
    },
  };
}
