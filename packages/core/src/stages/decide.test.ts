import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Sentiment } from '../schemas/sentiment.js';
import { BUILTIN_TAXONOMY, createTaxonomy } from '../taxonomy/taxonomy.js';
import { decide, type DecisionInput } from './decide.js';
import { createManualMode } from './manual-mode.js';
import { parsePolicy, parsePolicyJson } from './parse-policy.js';

const calm: Sentiment = { label: 'neutral', score: 0, anger: 0, signals: [] };
const policy = parsePolicy();
const base = { confidence: 0.95, sentiment: calm, hasReply: true };
const run = (input: Partial<DecisionInput> & { intent: string }, custom = policy, taxonomy = BUILTIN_TAXONOMY) => decide({ ...base, ...input }, custom, taxonomy);
const codes = (input: Partial<DecisionInput> & { intent: string }, custom = policy) => run(input, custom).reasons.map((reason) => reason.code);

describe('decide: the default policy', () => {
  it('auto-replies to a confident, calm, low-risk intent with a reply ready, and says so', () => {
    expect(run({ intent: 'order_tracking' })).toEqual({ action: 'auto_reply', reasons: [{ code: 'rule', source: 'taxonomy', action: 'auto_reply' }, { code: 'auto_reply_allowed' }] });
  });

  it('follows the taxonomy defaults for every built-in intent', () => {
    for (const intent of BUILTIN_TAXONOMY.intents) {
      const expected = intent.defaultAction === 'auto_reply' && (intent.risk === 'high' || intent.risk === 'critical') ? 'suggest' : intent.defaultAction;
      expect(run({ intent: intent.id }).action, intent.id).toBe(expected);
    }
  });

  it('hands unknown to a person', () => {
    expect(run({ intent: 'unknown', confidence: 0.2 })).toEqual({ action: 'human', reasons: [{ code: 'intent_unknown' }] });
  });

  it('auto-replies only at confidence ≥ 0.85', () => {
    expect(run({ intent: 'order_tracking', confidence: 0.85 }).action).toBe('auto_reply');
    expect(run({ intent: 'order_tracking', confidence: 0.849 })).toEqual({
      action: 'suggest', reasons: [{ code: 'rule', source: 'taxonomy', action: 'auto_reply' }, { code: 'below_auto_reply_threshold', confidence: 0.849, threshold: 0.85 }],
    });
  });

  it('never auto-replies to critical or high risk intents, nor to human_agent', () => {
    expect(run({ intent: 'complaint_escalation' }).action).toBe('human');
    expect(run({ intent: 'human_agent' }).action).toBe('human');
    expect(run({ intent: 'refund_request' }).action).toBe('suggest');
    expect(run({ intent: 'product_defect' }).action).toBe('suggest');
  });

  it('blocks auto-reply on negative sentiment and on anger', () => {
    expect(codes({ intent: 'order_tracking', sentiment: { ...calm, label: 'negative', score: -0.4 } })).toContain('negative_sentiment');
    expect(run({ intent: 'order_tracking', sentiment: { ...calm, label: 'negative', score: -0.4 } }).action).toBe('suggest');
    expect(run({ intent: 'order_tracking', sentiment: { ...calm, anger: 0.5 } }).reasons).toContainEqual({ code: 'angry', anger: 0.5, threshold: 0.5 });
    expect(run({ intent: 'order_tracking', sentiment: { ...calm, anger: 0.49 } }).action).toBe('auto_reply');
  });

  it('needs a reply to send', () => {
    expect(run({ intent: 'order_tracking', hasReply: false })).toMatchObject({ action: 'suggest', reasons: [{ code: 'rule' }, { code: 'no_reply_available' }] });
  });

  it('lists every blocker that applied, in order', () => {
    expect(codes({ intent: 'order_tracking', confidence: 0.5, sentiment: { label: 'negative', score: -0.8, anger: 0.9, signals: [] }, hasReply: false }))
      .toEqual(['rule', 'below_auto_reply_threshold', 'negative_sentiment', 'angry', 'no_reply_available']);
  });

  it('discards spam, but never a negative or angry message', () => {
    expect(run({ intent: 'spam' }).action).toBe('discard');
    expect(run({ intent: 'spam', sentiment: { label: 'negative', score: -0.7, anger: 0.6, signals: [] } })).toEqual({
      action: 'suggest', reasons: [{ code: 'rule', source: 'taxonomy', action: 'discard' }, { code: 'negative_sentiment', score: -0.7 }, { code: 'angry', anger: 0.6, threshold: 0.5 }],
    });
  });
});

describe('decide: a policy', () => {
  it('sends results below its floor to a person, as unknown', () => {
    const floored = parsePolicy({ floor: 0.5 });
    expect(run({ intent: 'order_tracking', confidence: 0.45 }, floored)).toEqual({ action: 'human', reasons: [{ code: 'below_floor', confidence: 0.45, floor: 0.5 }] });
  });

  it('overrides per intent, with per-intent thresholds', () => {
    const custom = parsePolicy({ intents: { refund_status: 'suggest', shipping_time: { autoReplyThreshold: 0.97 }, greeting_other: 'auto_reply' } });
    expect(run({ intent: 'refund_status' }, custom).reasons[0]).toEqual({ code: 'rule', source: 'intent', action: 'suggest' });
    expect(run({ intent: 'shipping_time', confidence: 0.96 }, custom).reasons).toContainEqual({ code: 'below_auto_reply_threshold', confidence: 0.96, threshold: 0.97 });
    expect(run({ intent: 'greeting_other' }, custom).action).toBe('auto_reply');
  });

  it('overrides per marketplace, before per-intent rules', () => {
    const custom = parsePolicy({ intents: { order_tracking: 'suggest' }, marketplaces: { amazon: { intents: { order_tracking: 'human' } }, mercadolibre: { autoReplyThreshold: 0.7 } } });
    expect(run({ intent: 'order_tracking', marketplace: 'amazon' }, custom).reasons[0]).toEqual({ code: 'rule', source: 'marketplace', action: 'human', marketplace: 'amazon' });
    expect(run({ intent: 'order_tracking', marketplace: 'tiktok' }, custom).action).toBe('suggest');
    expect(run({ intent: 'stock_availability', marketplace: 'mercadolibre', confidence: 0.75 }, custom).action).toBe('auto_reply');
    expect(run({ intent: 'stock_availability', marketplace: 'amazon', confidence: 0.75 }, custom).action).toBe('suggest');
  });

  it('takes its anger threshold', () => {
    const tolerant = parsePolicy({ angerThreshold: 0.8 });
    expect(run({ intent: 'order_tracking', sentiment: { ...calm, anger: 0.6 } }, tolerant).action).toBe('auto_reply');
  });

  it('enforces the never-auto-reply rules at run time too, e.g. against a taxonomy default', () => {
    const risky = createTaxonomy({ id: 'risky', intents: [
      { id: 'warranty_claim', description: 'Warranty claims', risk: 'high', defaultAction: 'auto_reply' },
      { id: 'legal_threat', description: 'Legal threats', risk: 'critical', defaultAction: 'auto_reply' },
      { id: 'human_agent', description: 'A person', risk: 'low', defaultAction: 'auto_reply' },
    ] });
    expect(run({ intent: 'warranty_claim' }, policy, risky)).toEqual({
      action: 'suggest', reasons: [{ code: 'rule', source: 'taxonomy', action: 'auto_reply' }, { code: 'auto_reply_forbidden', intent: 'warranty_claim', risk: 'high' }],
    });
    expect(run({ intent: 'legal_threat' }, policy, risky).action).toBe('human');
    expect(run({ intent: 'human_agent' }, policy, risky).action).toBe('human');
    // A policy parsed without the taxonomy cannot know the risk; decide still refuses.
    expect(run({ intent: 'refund_request' }, parsePolicy({ intents: { refund_request: 'auto_reply' } })).action).toBe('suggest');
  });
});

describe('decide: manual mode (circuit breaker)', () => {
  it('turns auto_reply and discard into suggest, and leaves human and suggest alone', () => {
    const manualMode = { enabled: true, note: 'incident 17' };
    expect(run({ intent: 'order_tracking', manualMode })).toEqual({
      action: 'suggest', reasons: [{ code: 'rule', source: 'taxonomy', action: 'auto_reply' }, { code: 'manual_mode', source: 'switch', note: 'incident 17' }],
    });
    expect(run({ intent: 'spam', manualMode }).action).toBe('suggest');
    expect(run({ intent: 'complaint_escalation', manualMode })).toMatchObject({ action: 'human', reasons: [{ code: 'rule' }] });
    expect(run({ intent: 'unknown', manualMode }).action).toBe('human');
  });

  it('follows a run-time switch from one decision to the next', () => {
    const manualMode = createManualMode();
    expect(run({ intent: 'order_tracking', manualMode }).action).toBe('auto_reply');
    manualMode.enable();
    expect(run({ intent: 'order_tracking', manualMode }).reasons).toContainEqual({ code: 'manual_mode', source: 'switch' });
    manualMode.disable();
    expect(run({ intent: 'order_tracking', manualMode }).action).toBe('auto_reply');
  });

  it('can be set in the policy, globally or per marketplace', () => {
    expect(run({ intent: 'order_tracking' }, parsePolicy({ manualMode: true })).reasons.at(-1)).toEqual({ code: 'manual_mode', source: 'policy' });
    const tiktokOnly = parsePolicy({ marketplaces: { tiktok: { manualMode: true } } });
    expect(run({ intent: 'order_tracking', marketplace: 'tiktok' }, tiktokOnly).action).toBe('suggest');
    expect(run({ intent: 'order_tracking', marketplace: 'amazon' }, tiktokOnly).action).toBe('auto_reply');
  });
});

describe('decide: a policy file', () => {
  const file = parsePolicyJson(readFileSync(new URL('./__fixtures__/decision-policy.json', import.meta.url), 'utf8'), BUILTIN_TAXONOMY);

  it('applies every rule the file sets', () => {
    expect(run({ intent: 'order_tracking', confidence: 0.88 }, file).action).toBe('suggest');
    expect(run({ intent: 'order_tracking', confidence: 0.35 }, file).action).toBe('human');
    expect(run({ intent: 'refund_status' }, file).action).toBe('suggest');
    expect(run({ intent: 'product_question', confidence: 0.93 }, file).action).toBe('suggest');
    expect(run({ intent: 'shipping_time', marketplace: 'mercadolibre' }, file).action).toBe('suggest');
    expect(run({ intent: 'order_tracking', marketplace: 'mercadolibre', confidence: 0.82 }, file).action).toBe('auto_reply');
    expect(run({ intent: 'order_tracking', marketplace: 'tiktok' }, file).action).toBe('suggest');
    expect(run({ intent: 'order_tracking', sentiment: { ...calm, anger: 0.55 } }, file).action).toBe('auto_reply');
    expect(file.priority.thresholds).toEqual({ P1: 6, P2: 3, P3: 1 });
  });
});
