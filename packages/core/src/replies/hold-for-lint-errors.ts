import type { Decision } from '../schemas/decision.js';
import type { ReplySuggestion } from '../schemas/template.js';

/**
 * The compliance gate on automatic replies: when the reply that would be sent (the first suggestion) has an error
 * finding, `auto_reply` becomes `suggest`, with one reason per rule broken (`lint:amazon/external-link`). Other
 * decisions pass unchanged.
 * @example holdForLintErrors({ action: 'auto_reply', reasons: ['default:auto_reply'] }, suggestion).reasons
 * // ['default:auto_reply', 'lint:amazon/emoji']
 */
export function holdForLintErrors(decision: Decision, reply: ReplySuggestion | undefined): Decision {
  if (decision.action !== 'auto_reply' || !reply) return decision;
  const broken = [...new Set(reply.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId))];
  if (broken.length === 0) return decision;
  return { action: 'suggest', reasons: [...decision.reasons, ...broken.map((ruleId) => `lint:${ruleId}`)] };
}
