import { readFile } from 'node:fs/promises';
import { createInbox, createMemoryStore, createPipeline, messageSchema, type InboxRecord, type Message } from '@lianxing/core';
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAmazonAdapter } from '../src/amazon-adapter.js';
import { describeWithDovecot } from './describe-with-dovecot.js';
import { startDovecot, type DovecotServer } from './dovecot-server.js';
import { startSmtpTestServer, type SmtpTestServer } from './smtp-test-server.js';

const FIXTURES = ['en-question', 'es-reply', 'pt-cancel', 'ja-shipping', 'de-attachment', 'fr-html', 'zh-outlook'].map((name) => `amazon-relay-${name}.eml`);
const fixture = (name: string): Promise<Buffer> => readFile(new URL(`../src/__fixtures__/${name}`, import.meta.url));
const LOOKALIKE = 'From: Not Amazon <x@marketplace.amazon.com.phish.example>\r\nTo: orders@casaluna-shop.example\r\nSubject: Order 111-2222222-3333333\r\nMessage-ID: <lookalike@phish.example>\r\n\r\nClick here\r\n';

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describeWithDovecot('Amazon over IMAP (a real Dovecot on 127.0.0.1) and SMTP (smtp-server)', (dovecot) => {
  let server: DovecotServer;
  let smtp: SmtpTestServer;
  let imapClient: ImapFlow;

  const imapOptions = (mailbox: string) => ({ host: server.host, port: server.port, secure: false, auth: { user: server.user, pass: server.password }, mailbox });
  const append = async (mailbox: string, raws: readonly (Buffer | string)[]): Promise<void> => {
    for (const raw of raws) await imapClient.append(mailbox, raw);
  };

  beforeAll(async () => {
    server = await startDovecot(dovecot);
    smtp = await startSmtpTestServer();
    imapClient = new ImapFlow({ host: server.host, port: server.port, secure: false, auth: { user: server.user, pass: server.password }, logger: false });
    await imapClient.connect();
  });
  afterAll(async () => {
    await imapClient?.logout().catch(() => undefined);
    await smtp?.close();
    await server?.stop();
  });

  it('reads relay e-mails in UID order from a cursor, skipping other mail, and resumes after it', async () => {
    await imapClient.mailboxCreate('Amazon');
    await append('Amazon', [await fixture('amazon-not-relay.eml'), ...(await Promise.all(FIXTURES.slice(0, 4).map(fixture))), LOOKALIKE]);
    const amazon = createAmazonAdapter({ imap: imapOptions('Amazon') });
    const first = await collect(amazon.fetchMessages());
    expect(first.map(({ message }) => message.site)).toEqual(['amazon.com', 'amazon.es', 'amazon.com.br', 'amazon.co.jp']);
    // The non-relay e-mail (UID 1) and the look-alike (UID 6) are skipped.
    expect(first.map(({ cursor }) => /^imap:\d+:(\d+)$/.exec(cursor)?.[1])).toEqual(['2', '3', '4', '5']);
    for (const { message } of first) expect(messageSchema.safeParse(message).success).toBe(true);
    expect(first[3]!.message.text).toBe('ご担当者様\n\n注文した商品がまだ届いていません。いつ発送されますか？\n至急確認をお願いします。');

    await append('Amazon', await Promise.all(FIXTURES.slice(4).map(fixture)));
    const since = first.at(-1)!.cursor;
    const next = await collect(amazon.fetchMessages({ since }));
    expect(next.map(({ message }) => message.site)).toEqual(['amazon.de', 'amazon.fr', 'amazon.cn']);
    expect(next[0]!.message.attachments).toEqual([expect.objectContaining({ name: 'sprung.jpg', mimeType: 'image/jpeg' })]);
    expect(await collect(amazon.fetchMessages({ since: next.at(-1)!.cursor }))).toEqual([]);
  });

  it('starts over when UIDVALIDITY changes, and the Inbox drops what it already handled by Message-ID', async () => {
    await imapClient.mailboxCreate('Relay');
    await append('Relay', await Promise.all(FIXTURES.slice(0, 2).map(fixture)));
    const amazon = createAmazonAdapter({ imap: imapOptions('Relay') });
    const store = createMemoryStore();
    const pipeline = createPipeline();
    const classified: string[] = [];
    const inbox = createInbox({ sources: { amazon }, pipeline, store });
    inbox.events.on('classified', (record) => classified.push(record.message.id));
    expect(await inbox.pollOnce()).toMatchObject({ fetched: 2, handled: 2 });
    const cursorBefore = await store.get('inbox/cursor/amazon');

    // The folder is rebuilt: same e-mails plus a new one, under a new UIDVALIDITY.
    await imapClient.mailboxDelete('Relay');
    await imapClient.mailboxCreate('Relay');
    await append('Relay', await Promise.all(FIXTURES.slice(0, 3).map(fixture)));
    const reread = await collect(amazon.fetchMessages({ since: cursorBefore! }));
    expect(reread).toHaveLength(3);
    expect(reread[0]!.cursor.split(':')[1]).not.toBe(cursorBefore!.split(':')[1]);
    expect(await inbox.pollOnce()).toMatchObject({ fetched: 3, duplicates: 2, handled: 1 });
    expect(classified).toEqual(['0100018e0a1b2c3d-en-0001@email.amazonses.com', 'CAE-es-reply-0002@mail.gmail.example', 'pt-question-0003@marketplace.amazon.com.br']);
    await inbox.stop();
  });

  it('an Inbox polls the mailbox, classifies, and auto-replies to the relay address over SMTP, once per message', async () => {
    await imapClient.mailboxCreate('Auto');
    await append('Auto', [await fixture('amazon-relay-en-question.eml')]);
    const amazon = createAmazonAdapter({
      imap: imapOptions('Auto'),
      smtp: { host: '127.0.0.1', port: smtp.port, secure: false, from: '"Casa Luna" <orders@casaluna-shop.example>' },
    });
    const pipeline = createPipeline({ rules: [{ id: 'track', intent: 'order_tracking', phrases: ['where is my package'], weight: 1 }], policy: { autoReplyThreshold: 0.3 } });
    const records: InboxRecord[] = [];
    const inbox = createInbox({ sources: { amazon }, pipeline, autoReply: true, retry: { attempts: 3, minDelayMs: 1, maxDelayMs: 5 } });
    inbox.events.on('classified', (record) => records.push(record));
    smtp.rejectNext(451);
    const before = smtp.received.length;
    expect(await inbox.pollOnce()).toMatchObject({ handled: 1, failed: 0 });
    expect(records[0]!.result.intent).toBe('order_tracking');
    const mails = smtp.received.slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(['x7k2m9p4q1w8z3v@marketplace.amazon.com']);
    expect(mails[0]!.parsed.subject).toBe('Re: Order 114-3941689-8772232');
    expect(mails[0]!.parsed.inReplyTo).toBe('<0100018e0a1b2c3d-en-0001@email.amazonses.com>');
    expect(mails[0]!.parsed.text?.trim()).toBe(records[0]!.result.suggestions[0]!.text.trim());
    expect(mails[0]!.parsed.html).toBe(false);
    await inbox.stop();
    await amazon.close();
  });

  it('sends a reply once per idempotency key and reports SMTP refusals as typed errors', async () => {
    const amazon = createAmazonAdapter({ smtp: { host: '127.0.0.1', port: smtp.port, secure: false, from: 'orders@casaluna-shop.example' } });
    const reply = { conversationId: '302-9988776-6554433/d5f9g3h7j1k6l0z@marketplace.amazon.de', orderId: '302-9988776-6554433', text: 'Wir senden Ersatz.', idempotencyKey: 'reply-1' };
    const before = smtp.received.length;
    const first = await amazon.sendReply(reply);
    const second = await amazon.sendReply(reply);
    expect(first.deduplicated).toBe(false);
    expect(second).toMatchObject({ deduplicated: true, messageId: first.messageId });
    expect(smtp.received.length - before).toBe(1);

    smtp.rejectNext(550);
    await expect(amazon.sendReply({ ...reply, idempotencyKey: 'reply-2' })).rejects.toMatchObject({ name: 'MarketplaceError', isRetryable: false, marketplaceCode: 'smtp-550' });
    await expect(amazon.sendReply({ ...reply, idempotencyKey: 'reply-3', conversationId: 'buyer@gmail.example' })).rejects.toMatchObject({ name: 'ValidationError', field: 'conversationId' });
    await expect(amazon.sendReply({ ...reply, idempotencyKey: 'reply-4', text: '  ' })).rejects.toMatchObject({ name: 'ValidationError', field: 'text' });
    await amazon.close();
  });

  it('reports wrong credentials as AuthError and honours an AbortSignal', async () => {
    const wrong = createAmazonAdapter({ imap: { ...imapOptions('INBOX'), auth: { user: server.user, pass: 'wrong-password' } } });
    const failure = await collect(wrong.fetchMessages()).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'AuthError', code: 'auth_failed' });
    expect(String((failure as Error).message)).not.toContain('wrong-password');
    const controller = new AbortController();
    controller.abort();
    const amazon = createAmazonAdapter({ imap: imapOptions('INBOX') });
    await expect(collect(amazon.fetchMessages({ signal: controller.signal }))).rejects.toMatchObject({ code: 'aborted' });
  });

  it('accepts raw MIME a mail pipeline hands over, for an Inbox push source', async () => {
    const amazon = createAmazonAdapter();
    const inbox = createInbox({ sources: { amazon: { adapter: amazon, mode: 'push' } }, pipeline: createPipeline() });
    const seen: Message[] = [];
    inbox.events.on('message', (message) => seen.push(message));
    await inbox.start();
    const message = await amazon.parseEmail(await fixture('amazon-relay-pt-cancel.eml'));
    expect(await inbox.receive('amazon', message)).toMatchObject({ accepted: 1 });
    await inbox.idle();
    expect(seen.map((entry) => entry.orderId)).toEqual(['701-2233445-5667788']);
    await inbox.stop();
  });
});
