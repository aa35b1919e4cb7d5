import type { RiskLevel, DecisionAction } from './taxonomy.js';

/**
 * Why the policy decided as it did: one typed reason per rule that applied, in the order they applied.
 * @example
 * const angry = result.decision.reasons.find((reason) => reason.code === 'angry');
 * if (angry?.code === 'angry') console.log(`anger ${angry.anger} ≥ ${angry.threshold}`);
 */
export type DecisionReason =
  /** The intent is `unknown`: a person reads it. */
  | { readonly code: 'intent_unknown' }
  /** The confidence is below the policy's floor: treated as `unknown`. */
  | { readonly code: 'below_floor'; readonly confidence: number; readonly floor: number }
  /** The starting action: a marketplace rule, an intent rule, or the taxonomy's default. */
  | { readonly code: 'rule'; readonly source: 'marketplace' | 'intent' | 'taxonomy'; readonly action: DecisionAction; readonly marketplace?: string | undefined }
  /**
   * Auto-reply asked for an intent that may never be auto-replied: high risk (→ `suggest`), critical risk or
   * `human_agent` (→ `human`). Enforced whatever the policy says.
   */
  | { readonly code: 'auto_reply_forbidden'; readonly intent: string; readonly risk: RiskLevel | undefined }
  /** The confidence is below the auto-reply threshold. */
  | { readonly code: 'below_auto_reply_threshold'; readonly confidence: number; readonly threshold: number }
  /** The message is negative. */
  | { readonly code: 'negative_sentiment'; readonly score: number }
  /** The message is angry. */
  | { readonly code: 'angry'; readonly anger: number; readonly threshold: number }
  /** No reply template could be filled for it. */
  | { readonly code: 'no_reply_available' }
  /** Manual mode is on: the switch (at run time), the policy, or the marketplace's rules. */
  | { readonly code: 'manual_mode'; readonly source: 'switch' | 'policy' | 'marketplace'; readonly note?: string | undefined }
  /** The reply that would be sent breaks a compliance rule (an error finding): held for a person. */
  | { readonly code: 'lint_error'; readonly ruleId: string }
  /** Every auto-reply check passed. */
  | { readonly code: 'auto_reply_allowed' };

/** The machine-readable codes of {@link DecisionReason}. */
export type DecisionReasonCode = DecisionReason['code'];

/**
 * What the policy decided, and why.
 * @example { action: 'suggest', reasons: [{ code: 'rule', source: 'taxonomy', action: 'auto_reply' }, { code: 'negative_sentiment', score: -0.6 }] }
 */
export interface Decision {
  readonly action: DecisionAction;
  /** Every rule that applied, in order. */
  readonly reasons: readonly DecisionReason[];
}
