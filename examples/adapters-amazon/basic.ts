// Reads Amazon buyer messages from the seller's mailbox, classifies them, and answers the simple ones by e-mail
// through Amazon's relay. Needs IMAP_HOST, SMTP_HOST, MAIL_USER and MAIL_PASSWORD; state survives restarts.
import { createAmazonAdapter } from '@lianxing/adapters-amazon';
import { createFileStore, createInbox } from '@lianxing/core';
import { createPipeline } from 'lianxing';

const auth = { user: process.env.MAIL_USER ?? '', pass: process.env.MAIL_PASSWORD ?? '' };
const store = createFileStore({ path: 'amazon-inbox.json' }); // cursors, dedupe keys and sent-reply records
const amazon = createAmazonAdapter({
  imap: { host: process.env.IMAP_HOST ?? 'imap.example.com', auth, mailbox: 'Amazon' }, // a filter moves relay mail here
  smtp: { host: process.env.SMTP_HOST ?? 'smtp.example.com', auth, from: auth.user }, // your Seller Central e-mail
  store,
});
const inbox = createInbox({ sources: { amazon }, pipeline: createPipeline(), store, autoReply: true, pollIntervalMs: 60_000 });

inbox.events.on('classified', ({ message, result }) => console.log(message.orderId, result.intent, result.decision.action));
inbox.events.on('handoff', ({ message }) => console.log(`needs a person: order ${message.orderId ?? '?'}`));
inbox.events.on('error', (error, context) => console.error(context.stage, error.code, error.message));
await inbox.start();
process.once('SIGTERM', () => void inbox.stop().then(() => store.close()));
