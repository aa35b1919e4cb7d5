import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/config-error.js';
import { BUILTIN_TAXONOMY } from '../taxonomy/taxonomy.js';
import { decide, parsePolicy } from './decide.js';

const calm = { label: 'neutral' as const, score: 0, anger: 0, signals: [] };
const policy = parsePolicy();
const base = { confidence: 0.95, sentiment: calm, hasReply: true };

describe('decide', () => {
  it('auto-replies to a confident, calm, low-risk intent with a reply ready', () => {
    expect(decide({ ...base, intent: 'order_tracking' }, policy, BUILTIN_TAXONOMY)).toEqual({ action: 'auto_reply', reasons: ['default:auto_reply'] });
  });

  it('hands unknown to a person', () => {
    expect(decide({ ...base, intent: 'unknown' }, policy, BUILTIN_TAXONOMY).action).toBe('human');
  });

  it('never auto-replies to complaint escalation or human agent requests', () => {
    expect(decide({ ...base, intent: 'complaint_escalation' }, policy, BUILTIN_TAXONOMY).action).toBe('human');
    expect(decide({ ...base, intent: 'human_agent' }, policy, BUILTIN_TAXONOMY).action).toBe('human');
  });

  it('discards spam', () => {
    expect(decide({ ...base, intent: 'spam' }, policy, BUILTIN_TAXONOMY).action).toBe('discard');
  });

  it('downgrades auto-reply below the threshold, on negative or angry sentiment, without a reply, in manual mode', () => {
    expect(decide({ ...base, intent: 'order_tracking', confidence: 0.6 }, policy, BUILTIN_TAXONOMY).reasons).toContain('confidence_below:0.85');
    expect(decide({ ...base, intent: 'order_tracking', sentiment: { ...calm, label: 'negative' } }, policy, BUILTIN_TAXONOMY).action).toBe('suggest');
    expect(decide({ ...base, intent: 'order_tracking', sentiment: { ...calm, anger: 0.7 } }, policy, BUILTIN_TAXONOMY).reasons).toContain('anger');
    expect(decide({ ...base, intent: 'order_tracking', hasReply: false }, policy, BUILTIN_TAXONOMY).reasons).toContain('no_reply_available');
    const manual = parsePolicy({ manualMode: true });
    expect(decide({ ...base, intent: 'order_tracking' }, manual, BUILTIN_TAXONOMY)).toEqual({ action: 'suggest', reasons: ['default:auto_reply', 'manual_mode'] });
  });

  it('never auto-replies to high-risk intents even when overridden', () => {
    const overridden = parsePolicy({ intents: { refund_request: 'auto_reply' } });
    const decision = decide({ ...base, intent: 'refund_request' }, overridden, BUILTIN_TAXONOMY);
    expect(decision.action).toBe('suggest');
    expect(decision.reasons).toEqual(['override:intent', 'risk:high']);
  });

  it('applies per-marketplace overrides before per-intent ones', () => {
    const custom = parsePolicy({ intents: { order_tracking: 'suggest' }, marketplaces: { amazon: { order_tracking: 'human' } } });
    expect(decide({ ...base, intent: 'order_tracking', marketplace: 'amazon' }, custom, BUILTIN_TAXONOMY).action).toBe('human');
    expect(decide({ ...base, intent: 'order_tracking', marketplace: 'tiktok' }, custom, BUILTIN_TAXONOMY).action).toBe('suggest');
  });
});

describe('parsePolicy', () => {
  it('names the invalid field', () => {
    try {
      parsePolicy({ autoReplyThreshold: 2 });
      expect.unreachable();
    } catch (error) {
      expect(ConfigError.isInstance(error)).toBe(true);
      expect((error as ConfigError).issues[0]?.path).toBe('autoReplyThreshold');
    }
    expect(() => parsePolicy({ intents: { order_tracking: 'shout' as never } })).toThrow(/intents\.order_tracking/);
  });

  it('rejects intents the taxonomy does not have', () => {
    expect(() => parsePolicy({ intents: { warranty: 'suggest' } }, BUILTIN_TAXONOMY)).toThrow(/intents\.warranty/);
  });
});
