import type { Decision, DecisionReason } from '../schemas/decision.js';
import type { DecisionPolicy, IntentRule } from '../schemas/decision-policy.js';
import type { Sentiment } from '../schemas/sentiment.js';
import { UNKNOWN_INTENT, type DecisionAction } from '../schemas/taxonomy.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { NEVER_AUTO_REPLY_INTENTS } from './parse-policy.js';

/** What the policy decides on. */
export interface DecisionInput {
  readonly intent: string;
  readonly confidence: number;
  readonly marketplace?: string | undefined;
  readonly sentiment: Sentiment;
  /** Whether a ready reply exists: auto-reply needs something to send. */
  readonly hasReply: boolean;
  /** The run-time manual-mode switch's state. @default { enabled: false } */
  readonly manualMode?: { readonly enabled: boolean; readonly note?: string | undefined } | undefined;
}

const ruleAction = (rule: IntentRule | undefined): DecisionAction | undefined => (rule === undefined ? undefined : typeof rule === 'string' ? rule : rule.action);
const ruleThreshold = (rule: IntentRule | undefined): number | undefined => (rule === undefined || typeof rule === 'string' ? undefined : rule.autoReplyThreshold);

/**
 * The decision stage, in this order, each step leaving a typed reason:
 * 1. `unknown`, or a confidence below the policy's `floor` → `human`.
 * 2. The starting action: the marketplace's rule for the intent, else the policy's intent rule, else the
 *    taxonomy's default.
 * 3. `auto_reply` is never kept for `human_agent` or a critical-risk intent (→ `human`) or a high-risk intent
 *    (→ `suggest`), whatever the policy says.
 * 4. `auto_reply` becomes `suggest` below the auto-reply threshold (intent rule, else marketplace, else policy;
 *    0.85 by default), on negative sentiment, on anger at or above `angerThreshold`, or with no reply ready;
 *    `discard` becomes `suggest` on negative sentiment or anger (a complaint is never thrown away unread).
 * 5. Manual mode (the run-time switch, the policy's or the marketplace's) turns `auto_reply` and `discard` into
 *    `suggest`: nothing leaves or disappears without a person.
 * @example decide({ intent: 'order_tracking', confidence: 0.93, sentiment, hasReply: true }, parsePolicy(), BUILTIN_TAXONOMY).action // 'auto_reply'
 */
export function decide(input: DecisionInput, policy: DecisionPolicy, taxonomy: Taxonomy): Decision {
  if (input.intent === UNKNOWN_INTENT) return { action: 'human', reasons: [{ code: 'intent_unknown' }] };
  if (input.confidence < policy.floor) return { action: 'human', reasons: [{ code: 'below_floor', confidence: input.confidence, floor: policy.floor }] };

  const reasons: DecisionReason[] = [];
  const definition = taxonomy.get(input.intent);
  const marketplace = input.marketplace === undefined ? undefined : policy.marketplaces[input.marketplace];
  const marketplaceRule = marketplace?.intents?.[input.intent];
  const intentRule = policy.intents[input.intent];

  let action: DecisionAction;
  const fromMarketplace = ruleAction(marketplaceRule);
  const fromIntent = ruleAction(intentRule);
  if (fromMarketplace !== undefined && input.marketplace !== undefined) {
    action = fromMarketplace;
    reasons.push({ code: 'rule', source: 'marketplace', action, marketplace: input.marketplace });
  } else if (fromIntent !== undefined) {
    action = fromIntent;
    reasons.push({ code: 'rule', source: 'intent', action });
  } else {
    action = definition?.defaultAction ?? 'human';
    reasons.push({ code: 'rule', source: 'taxonomy', action });
  }

  if (action === 'auto_reply') {
    const risk = definition?.risk;
    if (NEVER_AUTO_REPLY_INTENTS.includes(input.intent) || risk === 'critical' || risk === 'high') {
      action = risk === 'high' && !NEVER_AUTO_REPLY_INTENTS.includes(input.intent) ? 'suggest' : 'human';
      reasons.push({ code: 'auto_reply_forbidden', intent: input.intent, risk });
    }
  }
  if (action === 'discard') {
    // A complaint is never thrown away unread: a negative or angry "spam" message is most likely misclassified.
    const blocked = reasons.length;
    if (input.sentiment.label === 'negative') reasons.push({ code: 'negative_sentiment', score: input.sentiment.score });
    if (input.sentiment.anger >= policy.angerThreshold) reasons.push({ code: 'angry', anger: input.sentiment.anger, threshold: policy.angerThreshold });
    if (reasons.length > blocked) action = 'suggest';
  }
  if (action === 'auto_reply') {
    const blocked = reasons.length;
    const threshold = ruleThreshold(marketplaceRule) ?? ruleThreshold(intentRule) ?? marketplace?.autoReplyThreshold ?? policy.autoReplyThreshold;
    if (input.confidence < threshold) reasons.push({ code: 'below_auto_reply_threshold', confidence: input.confidence, threshold });
    if (input.sentiment.label === 'negative') reasons.push({ code: 'negative_sentiment', score: input.sentiment.score });
    if (input.sentiment.anger >= policy.angerThreshold) reasons.push({ code: 'angry', anger: input.sentiment.anger, threshold: policy.angerThreshold });
    if (!input.hasReply) reasons.push({ code: 'no_reply_available' });
    if (reasons.length > blocked) action = 'suggest';
  }

  const manual = input.manualMode?.enabled ? 'switch' : policy.manualMode ? 'policy' : marketplace?.manualMode ? 'marketplace' : undefined;
  if (manual !== undefined && (action === 'auto_reply' || action === 'discard')) {
    action = 'suggest';
    const note = manual === 'switch' ? input.manualMode?.note : undefined;
    reasons.push(note === undefined ? { code: 'manual_mode', source: manual } : { code: 'manual_mode', source: manual, note });
  }
  if (action === 'auto_reply') reasons.push({ code: 'auto_reply_allowed' });
  return { action, reasons };
}
