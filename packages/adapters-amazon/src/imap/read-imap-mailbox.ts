import { AbortedError, AuthError, MarketplaceError } from '@lianxing/core';
import { ImapFlow } from 'imapflow';
import { formatImapCursor, parseImapCursor } from './imap-cursor.js';
import type { ImapMailboxOptions } from './imap-mailbox-options.js';

/** One e-mail read from the mailbox, with the cursor that resumes after it. */
export interface ImapEmail {
  readonly uid: number;
  readonly uidValidity: string;
  readonly source: Buffer;
  readonly cursor: string;
}

/** Options of one read. */
export interface ReadImapMailboxOptions {
  /** Resume after this cursor (from an earlier read). */
  readonly since?: string;
  readonly signal?: AbortSignal;
}

function toError(error: unknown, host: string): Error {
  const detail = error as { authenticationFailed?: boolean; code?: string; responseText?: string } | undefined;
  if (detail?.authenticationFailed) {
    return new AuthError(`[adapters-amazon] The IMAP server ${host} refused the mailbox credentials; check \`imap.auth\`.`, { marketplace: 'amazon', cause: error });
  }
  if (detail?.code === 'GREETING_TIMEOUT') {
    // Connected, but what came back was not an IMAP greeting: a wrong port, or TLS expected (or not).
    return new MarketplaceError(`[adapters-amazon] ${host} did not answer in IMAP; check \`imap.port\` and \`imap.secure\`.`, { marketplace: 'amazon', isRetryable: true, cause: error }, 'response_invalid');
  }
  const what = detail?.responseText ? `: ${detail.responseText.replace(/\[[^\]]*\]\s*$/, '').trim()}` : detail?.code ? ` (${detail.code})` : '';
  return new MarketplaceError(`[adapters-amazon] Reading the mailbox on IMAP server ${host} failed${what}. It is retried on the next poll.`, { marketplace: 'amazon', isRetryable: true, cause: error });
}

/**
 * Reads relay e-mails from an IMAP mailbox in UID order, after a cursor. The cursor holds the mailbox's
 * UIDVALIDITY: when the server resets it (the folder was recreated or rebuilt), old UIDs mean nothing, so the
 * read starts over from the first message; the messages' ids (their Message-ID) let the Inbox drop the ones it
 * has already handled. The mailbox is opened read-only: flags are not changed.
 */
export async function* readImapMailbox(options: ImapMailboxOptions, read: ReadImapMailboxOptions = {}): AsyncGenerator<ImapEmail, void, undefined> {
  const { signal } = read;
  if (signal?.aborted) throw new AbortedError('[adapters-amazon] The mailbox read was aborted.', { cause: signal.reason });
  const secure = options.secure ?? true;
  const client = new ImapFlow({
    host: options.host,
    port: options.port ?? (secure ? 993 : 143),
    secure,
    auth: options.auth,
    logger: false,
    connectionTimeout: options.connectTimeoutMs ?? 16_000,
    greetingTimeout: options.connectTimeoutMs ?? 16_000,
    tls: { rejectUnauthorized: options.rejectUnauthorized ?? true },
  });
  // imapflow emits 'error' on socket failures; without a listener that would crash the process.
  client.on('error', () => undefined);
  const onAbort = (): void => void client.close();
  signal?.addEventListener('abort', onAbort, { once: true });
  const checkAbort = (): void => {
    if (signal?.aborted) throw new AbortedError('[adapters-amazon] The mailbox read was aborted.', { cause: signal.reason });
  };
  try {
    try {
      await client.connect();
    } catch (error) {
      checkAbort();
      throw toError(error, options.host);
    }
    let uids: number[];
    let uidValidity: string;
    try {
      const mailbox = await client.mailboxOpen(options.mailbox ?? 'INBOX', { readOnly: true });
      uidValidity = String(mailbox.uidValidity);
      const cursor = parseImapCursor(read.since);
      const start = cursor && cursor.uidValidity === uidValidity ? cursor.uid + 1 : 1;
      const found = await client.search({ uid: `${start}:*`, from: options.fromContains ?? '@marketplace.amazon.' }, { uid: true });
      // `n:*` also matches the highest UID when it is below n: filter.
      uids = (found || []).filter((uid) => uid >= start).sort((a, b) => a - b);
    } catch (error) {
      checkAbort();
      throw toError(error, options.host);
    }
    const batchSize = options.batchSize ?? 50;
    for (let offset = 0; offset < uids.length; offset += batchSize) {
      checkAbort();
      const batch = uids.slice(offset, offset + batchSize);
      const emails: ImapEmail[] = [];
      try {
        for await (const fetched of client.fetch(batch.join(','), { uid: true, source: true }, { uid: true })) {
          if (fetched.source) emails.push({ uid: fetched.uid, uidValidity, source: fetched.source, cursor: formatImapCursor({ uidValidity, uid: fetched.uid }) });
        }
      } catch (error) {
        checkAbort();
        throw toError(error, options.host);
      }
      emails.sort((a, b) => a.uid - b.uid);
      for (const email of emails) {
        checkAbort();
        yield email;
      }
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    if (client.usable) await client.logout().catch(() => client.close());
    else client.close();
  }
}
