import type { KeyValueStore } from '@lianxing/core';
import { z } from 'zod';
import type { ImapMailboxOptions } from './imap/imap-mailbox-options.js';
import type { SmtpOptions } from './smtp/smtp-options.js';
import type { SpApiOptions } from './sp-api/sp-api-options.js';

/** Options of {@link createAmazonAdapter}. Give `imap` to read, `smtp` to reply; each part is optional. */
export interface AmazonAdapterOptions {
  /** The seller's mailbox that receives Buyer-Seller Messaging e-mails. Without it, hand raw MIME to `parseEmail`. */
  readonly imap?: ImapMailboxOptions;
  /** The seller's SMTP server, for replies to relay addresses. */
  readonly smtp?: SmtpOptions;
  /** SP-API Messaging (templated, order-bound messages: `adapter.messaging`). */
  readonly spApi?: SpApiOptions;
  /**
   * Where idempotency records of sent replies live, so a retried send never posts twice. Share the Inbox's
   * `createFileStore()` to survive restarts. @default an in-memory store
   */
  readonly store?: KeyValueStore;
  /** More lines at which a buyer's text ends (your own footer, another language's quote header). */
  readonly cutAt?: readonly RegExp[];
}

const secretString = z.string().min(1);
const imapSchema = z.strictObject({
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535).optional(),
  secure: z.boolean().optional(),
  auth: z.union([z.strictObject({ user: z.string().min(1), pass: secretString }), z.strictObject({ user: z.string().min(1), accessToken: secretString })]),
  mailbox: z.string().min(1).optional(),
  fromContains: z.string().min(1).optional(),
  batchSize: z.number().int().min(1).max(1000).optional(),
  connectTimeoutMs: z.number().int().min(1).optional(),
  rejectUnauthorized: z.boolean().optional(),
});
const smtpSchema = z.strictObject({
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535).optional(),
  secure: z.boolean().optional(),
  auth: z.strictObject({ user: z.string().min(1), pass: secretString }).optional(),
  from: z.string().regex(/@/, 'must contain an e-mail address'),
  rejectUnauthorized: z.boolean().optional(),
  subject: z.custom<NonNullable<SmtpOptions['subject']>>((value) => typeof value === 'function', 'expected a function').optional(),
});

const spApiSchema = z.strictObject({
  marketplaceId: z.string().min(1),
  region: z.enum(['na', 'eu', 'fe']).optional(),
  endpoint: z.url({ protocol: /^https?$/ }).optional(),
  credentials: z.strictObject({ clientId: z.string().min(1).optional(), clientSecret: z.string().min(1).optional(), refreshToken: z.string().min(1).optional() }).optional(),
  tokenEndpoint: z.url({ protocol: /^https?$/ }).optional(),
  rateLimit: z.strictObject({ ratePerSecond: z.number().positive(), burst: z.number().min(1) }).optional(),
  timeoutMs: z.number().int().positive().optional(),
  retries: z.number().int().min(0).max(20).optional(),
  fetch: z.custom<typeof globalThis.fetch>((value) => typeof value === 'function', 'expected a function').optional(),
  headers: z.record(z.string(), z.string()).optional(),
});

/** Internal: the option schema, parsed once by the factory. */
export const amazonAdapterOptionsSchema = z.strictObject({
  imap: imapSchema.optional(),
  smtp: smtpSchema.optional(),
  spApi: spApiSchema.optional(),
  store: z.custom<KeyValueStore>((value) => typeof value === 'object' && value !== null && typeof (value as { get?: unknown }).get === 'function' && typeof (value as { set?: unknown }).set === 'function', 'expected a KeyValueStore').optional(),
  cutAt: z.array(z.instanceof(RegExp)).optional(),
});
