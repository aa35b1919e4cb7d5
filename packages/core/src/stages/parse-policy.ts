import { ConfigError, type ConfigIssue } from '../errors/config-error.js';
import { decisionPolicySchema, type DecisionPolicy, type DecisionPolicyOptions, type IntentRule } from '../schemas/decision-policy.js';
import { UNKNOWN_INTENT } from '../schemas/taxonomy.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';

/**
 * Intents that may never be auto-replied whatever their risk: the buyer asked for a person.
 * @example NEVER_AUTO_REPLY_INTENTS.includes('human_agent') // true
 */
export const NEVER_AUTO_REPLY_INTENTS: readonly string[] = ['human_agent'];

const SCOPE = '[core] Decision policy';
const actionOf = (rule: IntentRule): string | undefined => (typeof rule === 'string' ? rule : rule.action);
const actionPath = (path: string, rule: IntentRule): string => (typeof rule === 'string' ? path : `${path}.action`);

/** Rules a policy may not break, checked against the taxonomy when there is one. */
function ruleIssues(policy: DecisionPolicy, taxonomy: Taxonomy | undefined): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const check = (rules: Readonly<Record<string, IntentRule>> | undefined, prefix: string): void => {
    for (const [intent, rule] of Object.entries(rules ?? {})) {
      const path = `${prefix}.${intent}`;
      if (intent === UNKNOWN_INTENT) {
        issues.push({ path, message: '`unknown` always goes to a person; it takes no rule' });
        continue;
      }
      if (taxonomy && !taxonomy.has(intent)) {
        issues.push({ path, message: `unknown intent \`${intent}\` (not in taxonomy \`${taxonomy.id}\`)` });
        continue;
      }
      if (actionOf(rule) !== 'auto_reply') continue;
      if (NEVER_AUTO_REPLY_INTENTS.includes(intent)) {
        issues.push({ path: actionPath(path, rule), message: `\`auto_reply\` is never allowed for \`${intent}\`; use \`human\` or \`suggest\`` });
        continue;
      }
      const risk = taxonomy?.get(intent)?.risk;
      if (risk === 'high' || risk === 'critical') {
        issues.push({ path: actionPath(path, rule), message: `\`auto_reply\` is never allowed for a ${risk}-risk intent; use \`suggest\` or \`human\`` });
      }
    }
  };
  check(policy.intents, 'intents');
  for (const [marketplace, rules] of Object.entries(policy.marketplaces)) check(rules.intents, `marketplaces.${marketplace}.intents`);
  return issues;
}

/** The outcome of {@link safeParsePolicy}. */
export type PolicyParseResult = { readonly success: true; readonly policy: DecisionPolicy } | { readonly success: false; readonly error: ConfigError };

/**
 * Validates a decision policy (data, not code) without throwing. Besides the shape, it refuses rules that can
 * never apply: `auto_reply` for `human_agent` or, given a taxonomy, for a high- or critical-risk intent; rules for
 * intents the taxonomy lacks; a rule for `unknown`. Every problem is reported with its field path.
 * @example
 * const result = safeParsePolicy({ intents: { refund_request: 'auto_reply' } }, BUILTIN_TAXONOMY);
 * if (!result.success) result.error.issues; // [{ path: 'intents.refund_request', message: '`auto_reply` is never allowed for a high-risk intent; …' }]
 */
export function safeParsePolicy(options: unknown = {}, taxonomy?: Taxonomy): PolicyParseResult {
  const parsed = decisionPolicySchema.safeParse(options);
  if (!parsed.success) return { success: false, error: ConfigError.fromIssues(SCOPE, parsed.error.issues, parsed.error) };
  const issues = ruleIssues(parsed.data, taxonomy);
  if (issues.length > 0) {
    return { success: false, error: new ConfigError(`${SCOPE} is invalid: ${issues.map((issue) => `\`${issue.path}\`: ${issue.message}`).join('; ')}.`, issues) };
  }
  return { success: true, policy: parsed.data };
}

/**
 * Validates a decision policy; see {@link safeParsePolicy} for the rules.
 * @throws ConfigError naming each invalid field (`issues[].path`, e.g. `marketplaces.amazon.intents.order_tracking`).
 * @example parsePolicy({ autoReplyThreshold: 0.9, intents: { refund_status: 'suggest' } }, BUILTIN_TAXONOMY)
 */
export function parsePolicy(options: DecisionPolicyOptions = {}, taxonomy?: Taxonomy): DecisionPolicy {
  const result = safeParsePolicy(options, taxonomy);
  if (!result.success) throw result.error;
  return result.policy;
}

/**
 * Reads a decision policy from JSON text (a policy file's content) and validates it.
 * @throws ConfigError when the text is not JSON (path `(root)`) or the policy is invalid (each field named).
 * @example parsePolicyJson(await readFile('policy.json', 'utf8'), BUILTIN_TAXONOMY)
 */
export function parsePolicyJson(json: string, taxonomy?: Taxonomy): DecisionPolicy {
  let value: unknown;
  try {
    value = JSON.parse(json) as unknown;
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new ConfigError(`${SCOPE} is not valid JSON: ${detail}.`, [{ path: '(root)', message: 'not valid JSON' }], { cause });
  }
  const result = safeParsePolicy(value, taxonomy);
  if (!result.success) throw result.error;
  return result.policy;
}
