import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/config-error.js';
import { BUILTIN_TAXONOMY } from '../taxonomy/taxonomy.js';
import { parsePolicy, parsePolicyJson, safeParsePolicy } from './parse-policy.js';

/** The field paths a ConfigError names for an invalid policy. */
function pathsOf(options: unknown, withTaxonomy = true): string[] {
  const result = safeParsePolicy(options, withTaxonomy ? BUILTIN_TAXONOMY : undefined);
  expect(result.success).toBe(false);
  if (result.success) return [];
  expect(ConfigError.isInstance(result.error)).toBe(true);
  expect(result.error.code).toBe('config_invalid');
  for (const issue of result.error.issues) expect(result.error.message).toContain(issue.path);
  return result.error.issues.map((issue) => issue.path);
}

describe('parsePolicy', () => {
  it('fills in the defaults', () => {
    expect(parsePolicy()).toEqual({
      version: 1, autoReplyThreshold: 0.85, floor: 0, angerThreshold: 0.5, manualMode: false, intents: {}, marketplaces: {},
      priority: { risk: { low: 0, medium: 1, high: 2, critical: 3 }, negative: 1, anger: 1, angerThreshold: 0.5, urgency: { low: 0, normal: 1, high: 2 }, thresholds: { P1: 5, P2: 3, P3: 1 } },
    });
  });

  it.each([
    [{ autoReplyThreshold: 2 }, 'autoReplyThreshold'],
    [{ autoReplyThreshold: '0.9' }, 'autoReplyThreshold'],
    [{ autoReplyTreshold: 0.9 }, 'autoReplyTreshold'],
    [{ floor: 0.9, autoReplyThreshold: 0.8 }, 'floor'],
    [{ angerThreshold: -0.1 }, 'angerThreshold'],
    [{ manualMode: 'yes' }, 'manualMode'],
    [{ version: 2 }, 'version'],
    [{ intents: { order_tracking: 'shout' } }, 'intents.order_tracking'],
    [{ intents: { order_tracking: { autoReplyThreshold: 1.5 } } }, 'intents.order_tracking.autoReplyThreshold'],
    [{ intents: { order_tracking: { action: 'suggest', extra: 1 } } }, 'intents.order_tracking.extra'],
    [{ marketplaces: { amazon: { intents: { order_tracking: 'shout' } } } }, 'marketplaces.amazon.intents.order_tracking'],
    [{ marketplaces: { amazon: { autoReplyThreshold: 7 } } }, 'marketplaces.amazon.autoReplyThreshold'],
    [{ marketplaces: { amazon: { order_tracking: 'human' } } }, 'marketplaces.amazon.order_tracking'],
    [{ priority: { thresholds: { P1: 1, P2: 3, P3: 1 } } }, 'priority.thresholds'],
    [{ priority: { risk: { low: 0, medium: 1, high: 2 } } }, 'priority.risk.critical'],
    [{ priority: { urgency: { low: 0, normal: 1, high: -2 } } }, 'priority.urgency.high'],
  ] as const)('names the invalid field of %j', (options, path) => {
    expect(pathsOf(options)).toContain(path);
  });

  it.each([
    [{ intents: { refund_request: 'auto_reply' } }, 'intents.refund_request'],
    [{ intents: { complaint_escalation: { action: 'auto_reply' } } }, 'intents.complaint_escalation.action'],
    [{ marketplaces: { amazon: { intents: { payment_issue: 'auto_reply' } } } }, 'marketplaces.amazon.intents.payment_issue'],
    [{ intents: { warranty: 'suggest' } }, 'intents.warranty'],
    [{ intents: { unknown: 'auto_reply' } }, 'intents.unknown'],
  ] as const)('refuses a rule that can never apply: %j', (options, path) => {
    expect(pathsOf(options)).toContain(path);
  });

  it('refuses auto_reply for human_agent even without a taxonomy', () => {
    expect(pathsOf({ intents: { human_agent: 'auto_reply' } }, false)).toEqual(['intents.human_agent']);
  });

  it('reports every problem at once', () => {
    expect(pathsOf({ autoReplyThreshold: 3, angerThreshold: 3 })).toEqual(['autoReplyThreshold', 'angerThreshold']);
    expect(pathsOf({ intents: { refund_request: 'auto_reply', product_defect: 'auto_reply', warranty: 'human' } })).toEqual(['intents.refund_request', 'intents.product_defect', 'intents.warranty']);
  });

  it('throws the same ConfigError from parsePolicy', () => {
    expect(() => parsePolicy({ intents: { refund_request: 'auto_reply' } }, BUILTIN_TAXONOMY)).toThrow(/`intents\.refund_request`: `auto_reply` is never allowed for a high-risk intent/);
  });
});

describe('parsePolicyJson', () => {
  it('reads a policy from JSON text', () => {
    expect(parsePolicyJson('{"autoReplyThreshold": 0.9, "intents": {"refund_status": "suggest"}}', BUILTIN_TAXONOMY)).toMatchObject({ autoReplyThreshold: 0.9, intents: { refund_status: 'suggest' } });
  });

  it('names the field of an invalid policy file and reports text that is not JSON', () => {
    expect(() => parsePolicyJson('{"marketplaces": {"amazon": {"autoReplyThreshold": "high"}}}')).toThrow(/marketplaces\.amazon\.autoReplyThreshold/);
    try {
      parsePolicyJson('{ not json');
      expect.unreachable();
    } catch (error) {
      expect(ConfigError.isInstance(error)).toBe(true);
      expect((error as ConfigError).issues).toEqual([{ path: '(root)', message: 'not valid JSON' }]);
    }
    expect(() => parsePolicyJson('[1, 2]')).toThrow(ConfigError);
    expect(() => parsePolicyJson('null')).toThrow(ConfigError);
  });
});
