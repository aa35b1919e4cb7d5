import type { Decision } from '../schemas/decision.js';
import type { ReplySuggestion } from '../schemas/template.js';

/**
 * The compliance gate on automatic replies: when the reply that would be sent (the first suggestion) has an error
 * finding, `auto_reply` becomes `suggest`, with one `lint_error` reason per rule broken. Other decisions pass
 * unchanged.
 * @example holdForLintErrors({ action: 'auto_reply', reasons: [{ code: 'auto_reply_allowed' }] }, suggestion).reasons
 * // [{ code: 'auto_reply_allowed' }, { code: 'lint_error', ruleId: 'amazon/emoji' }]
 */
export function holdForLintErrors(decision: Decision, reply: ReplySuggestion | undefined): Decision {
  if (decision.action !== 'auto_reply' || !reply) return decision;
  const broken = [...new Set(reply.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId))];
  if (broken.length === 0) return decision;
  return { action: 'suggest', reasons: [...decision.reasons, ...broken.map((ruleId) => ({ code: 'lint_error' as const, ruleId }))] };
}
