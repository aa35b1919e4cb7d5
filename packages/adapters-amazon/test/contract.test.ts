import { readFile } from 'node:fs/promises';
import { runAdapterContract, expectFixturesScrubbed } from '@lianxing/testkit/adapter';
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createAmazonAdapter } from '../src/amazon-adapter.js';
import { describeWithDovecot } from './describe-with-dovecot.js';
import { startDovecot, type DovecotServer } from './dovecot-server.js';
import { startImapFaultProxy, type ImapFaultProxy } from './imap-fault-proxy.js';
import { startSmtpTestServer, type SmtpTestServer } from './smtp-test-server.js';

const RELAY_FIXTURES = ['en-question', 'es-reply', 'pt-cancel', 'ja-shipping', 'de-attachment', 'fr-html', 'zh-outlook', 'en-outlook'].map((name) => `amazon-relay-${name}.eml`);

describe('fixtures', () => {
  it('hold no personal data (the JSON fixtures; the .eml relay fixtures use invented names and example addresses)', () => {
    expectFixturesScrubbed(new URL('../src/__fixtures__/', import.meta.url).pathname);
  });
});

describeWithDovecot('Amazon adapter contract (IMAP: Dovecot behind a fault proxy; SMTP: smtp-server)', (dovecot) => {
  let server: DovecotServer;
  let smtp: SmtpTestServer;
  let client: ImapFlow;
  let sources: Buffer[];
  let folders = 0;

  beforeAll(async () => {
    server = await startDovecot(dovecot);
    smtp = await startSmtpTestServer();
    client = new ImapFlow({ host: server.host, port: server.port, secure: false, auth: { user: server.user, pass: server.password }, logger: false });
    await client.connect();
    sources = await Promise.all(RELAY_FIXTURES.map((name) => readFile(new URL(`../src/__fixtures__/${name}`, import.meta.url))));
  });
  afterAll(async () => {
    await client?.logout().catch(() => undefined);
    await smtp?.close();
    await server?.stop();
  });

  runAdapterContract({
    name: 'amazon',
    setup: async () => {
      // A fresh folder per test, holding the relay e-mails and one that is not from the relay.
      const folder = `Contract${++folders}`;
      await client.mailboxCreate(folder);
      await client.append(folder, 'From: Amazon.com <ship-confirm@amazon.com>\r\nSubject: Shipped\r\nMessage-ID: <n@amazon.com>\r\n\r\nShipped.\r\n');
      for (const source of sources) await client.append(folder, source);
      const proxy: ImapFaultProxy = await startImapFaultProxy(server);
      const adapter = createAmazonAdapter({
        imap: { host: '127.0.0.1', port: proxy.port, secure: false, auth: { user: server.user, pass: server.password }, mailbox: folder, batchSize: 3, connectTimeoutMs: 1_000 },
        smtp: { host: '127.0.0.1', port: smtp.port, secure: false, from: 'orders@casaluna-shop.example' },
      });
      return {
        adapter,
        inboundMessages: RELAY_FIXTURES.length,
        replyTarget: { conversationId: '114-3941689-8772232/x7k2m9p4q1w8z3v@marketplace.amazon.com', orderId: '114-3941689-8772232' },
        countSentReplies: () => smtp.received.length,
        injectFault: (fault) => {
          proxy.fault = fault;
        },
        teardown: async () => {
          await adapter.close();
          await proxy.close();
        },
      };
    },
    skip: {
      notifications: 'Amazon sends no notification for buyer messages; relay e-mails come by IMAP or through parseEmail()',
      markRead: 'the relay has no read state; the mailbox is opened read-only',
    },
  });
});
