import { z } from 'zod';
import { ConfigError } from '../errors/config-error.js';
import type { Decision } from '../schemas/decision.js';
import type { Sentiment } from '../schemas/sentiment.js';
import { decisionActions, UNKNOWN_INTENT, type DecisionAction } from '../schemas/taxonomy.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';

const actionSchema = z.enum(decisionActions);
const policySchema = z.strictObject({
  /** Auto-reply only at or above this confidence. @default 0.85 */
  autoReplyThreshold: z.number().min(0).max(1).default(0.85),
  /** Circuit breaker: every `auto_reply` becomes `suggest`. @default false */
  manualMode: z.boolean().default(false),
  /** Block auto-reply when the anger signal reaches this. @default 0.5 */
  angerThreshold: z.number().min(0).max(1).default(0.5),
  /** Per-intent action overrides. */
  intents: z.record(z.string(), actionSchema).default({}),
  /** Per-marketplace, per-intent action overrides; win over `intents`. */
  marketplaces: z.record(z.string(), z.record(z.string(), actionSchema)).default({}),
});

/** The decision policy, as data. */
export type DecisionPolicyOptions = z.input<typeof policySchema>;
/** A validated decision policy. */
export type DecisionPolicy = z.output<typeof policySchema>;

/**
 * Validates a decision policy. @throws ConfigError naming each invalid field.
 * @example parsePolicy({ autoReplyThreshold: 0.9, intents: { refund_status: 'suggest' } })
 */
export function parsePolicy(options: DecisionPolicyOptions = {}, taxonomy?: Taxonomy): DecisionPolicy {
  const parsed = policySchema.safeParse(options);
  if (!parsed.success) throw ConfigError.fromIssues('[core] Decision policy', parsed.error.issues, parsed.error);
  if (taxonomy) {
    const unknownIds = [
      ...Object.keys(parsed.data.intents).map((id) => ({ id, path: `intents.${id}` })),
      ...Object.entries(parsed.data.marketplaces).flatMap(([marketplace, map]) => Object.keys(map).map((id) => ({ id, path: `marketplaces.${marketplace}.${id}` }))),
    ].filter(({ id }) => !taxonomy.has(id));
    if (unknownIds.length > 0) {
      throw new ConfigError(`[core] Decision policy names intents the taxonomy does not have: ${unknownIds.map((entry) => `\`${entry.path}\``).join(', ')}.`, unknownIds.map((entry) => ({ path: entry.path, message: 'unknown intent' })));
    }
  }
  return parsed.data;
}

/** What the policy decides on. */
export interface DecisionInput {
  readonly intent: string;
  readonly confidence: number;
  readonly marketplace?: string | undefined;
  readonly sentiment: Sentiment;
  /** Whether a ready reply exists: auto-reply needs something to send. */
  readonly hasReply: boolean;
}

/**
 * The decision stage. `unknown` goes to a person; the action starts from the per-marketplace or per-intent override,
 * else the intent's default; `auto_reply` is then downgraded to `suggest` for high/critical risk, confidence below
 * the threshold, negative or angry sentiment, no ready reply, or manual mode. Every step leaves a reason.
 */
export function decide(input: DecisionInput, policy: DecisionPolicy, taxonomy: Taxonomy): Decision {
  if (input.intent === UNKNOWN_INTENT) return { action: 'human', reasons: ['intent:unknown'] };
  const definition = taxonomy.get(input.intent);
  const reasons: string[] = [];
  const marketplaceOverride = input.marketplace ? policy.marketplaces[input.marketplace]?.[input.intent] : undefined;
  const intentOverride = policy.intents[input.intent];
  let action: DecisionAction = marketplaceOverride ?? intentOverride ?? definition?.defaultAction ?? 'human';
  reasons.push(marketplaceOverride ? `override:marketplace:${input.marketplace}` : intentOverride ? 'override:intent' : `default:${action}`);

  if (action === 'auto_reply') {
    const risk = definition?.risk;
    if (risk === 'high' || risk === 'critical') {
      action = 'suggest';
      reasons.push(`risk:${risk}`);
    }
    if (input.confidence < policy.autoReplyThreshold) {
      action = 'suggest';
      reasons.push(`confidence_below:${policy.autoReplyThreshold}`);
    }
    if (input.sentiment.label === 'negative') {
      action = 'suggest';
      reasons.push('sentiment:negative');
    }
    if (input.sentiment.anger >= policy.angerThreshold) {
      action = 'suggest';
      reasons.push('anger');
    }
    if (!input.hasReply) {
      action = 'suggest';
      reasons.push('no_reply_available');
    }
    if (policy.manualMode) {
      action = 'suggest';
      reasons.push('manual_mode');
    }
  }
  return { action, reasons };
}
