import { z } from 'zod';
import { decisionActions } from './taxonomy.js';

const actionSchema = z.enum(decisionActions);
const unitSchema = z.number().min(0).max(1);
const pointsSchema = z.number().min(0).max(100);

const intentRuleSchema = z.union([
  actionSchema,
  z.strictObject({
    /** What to do with this intent. @default the taxonomy's `defaultAction` */
    action: actionSchema.optional(),
    /** This intent's auto-reply threshold. @default the policy's (or the marketplace's) `autoReplyThreshold` */
    autoReplyThreshold: unitSchema.optional(),
  }),
]);
const intentRulesSchema = z.record(z.string(), intentRuleSchema);

const marketplaceRulesSchema = z.strictObject({
  /** Per-intent rules for this marketplace; they win over the policy's `intents`. */
  intents: intentRulesSchema.optional(),
  /** This marketplace's auto-reply threshold. */
  autoReplyThreshold: unitSchema.optional(),
  /** Manual mode for this marketplace only. */
  manualMode: z.boolean().optional(),
});

const priorityFormulaSchema = z
  .strictObject({
    /** Points by the intent's risk (an `unknown` intent has none). */
    risk: z.strictObject({ low: pointsSchema, medium: pointsSchema, high: pointsSchema, critical: pointsSchema }).prefault({ low: 0, medium: 1, high: 2, critical: 3 }),
    /** Points when the sentiment is negative. @default 1 */
    negative: pointsSchema.default(1),
    /** Points when anger reaches `angerThreshold`. @default 1 */
    anger: pointsSchema.default(1),
    /** @default 0.5 */
    angerThreshold: unitSchema.default(0.5),
    /** Points by urgency level. */
    urgency: z.strictObject({ low: pointsSchema, normal: pointsSchema, high: pointsSchema }).prefault({ low: 0, normal: 1, high: 2 }),
    /** The fewest points for P1, P2 and P3; fewer than `P3` is P4. */
    thresholds: z
      .strictObject({ P1: pointsSchema, P2: pointsSchema, P3: pointsSchema })
      .prefault({ P1: 5, P2: 3, P3: 1 })
      .refine((thresholds) => thresholds.P1 >= thresholds.P2 && thresholds.P2 >= thresholds.P3, { message: 'must satisfy P1 ≥ P2 ≥ P3' }),
  });

/** The decision policy's schema: internal (validated once, in `parsePolicy`), its types are exported. */
export const decisionPolicySchema = z
  .strictObject({
    /** A JSON Schema reference, allowed so policy files can point editors at one. */
    $schema: z.string().optional(),
    /** The policy format version. @default 1 */
    version: z.literal(1).default(1),
    /** Auto-reply only at or above this confidence. @default 0.85 */
    autoReplyThreshold: unitSchema.default(0.85),
    /** Below this confidence the result is treated as `unknown` and goes to a person. @default 0 (the fusion floor decides) */
    floor: unitSchema.default(0),
    /** Anger at or above this blocks auto-reply. @default 0.5 */
    angerThreshold: unitSchema.default(0.5),
    /** Manual mode (circuit breaker) from the start: nothing is sent or discarded automatically. @default false */
    manualMode: z.boolean().default(false),
    /** Per-intent rules: an action, or `{ action, autoReplyThreshold }`. */
    intents: intentRulesSchema.default({}),
    /** Per-marketplace rules, winning over `intents`. */
    marketplaces: z.record(z.string(), marketplaceRulesSchema).default({}),
    /** The priority formula. */
    priority: priorityFormulaSchema.prefault({}),
  })
  .refine((policy) => policy.floor <= policy.autoReplyThreshold, { message: 'must not be above `autoReplyThreshold`', path: ['floor'] });

/**
 * A decision policy as written (JSON or an object): every field optional.
 * @example const policy: DecisionPolicyOptions = { autoReplyThreshold: 0.9, intents: { refund_status: 'suggest' } };
 */
export type DecisionPolicyOptions = z.input<typeof decisionPolicySchema>;
/** A validated decision policy, defaults filled in. */
export type DecisionPolicy = z.output<typeof decisionPolicySchema>;
/** A per-intent rule of a policy. */
export type IntentRule = z.output<typeof intentRuleSchema>;
/** The priority formula: points by risk, negative sentiment, anger and urgency, and the cut-offs of P1–P3. */
export type PriorityFormula = z.output<typeof priorityFormulaSchema>;
