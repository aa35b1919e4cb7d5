import { describe, expect, it } from 'vitest';
import type { Sentiment, Urgency } from '../schemas/sentiment.js';
import { computePriority, DEFAULT_PRIORITY_FORMULA, scorePriority } from './compute-priority.js';
import { parsePolicy } from './parse-policy.js';

const calm: Sentiment = { label: 'neutral', score: 0, anger: 0, signals: [] };
const negative: Sentiment = { label: 'negative', score: -0.5, anger: 0.1, signals: [] };
const furious: Sentiment = { label: 'negative', score: -0.9, anger: 0.8, signals: [] };
const urgency = (level: Urgency['level']): Urgency => ({ level, score: level === 'high' ? 0.7 : level === 'normal' ? 0.4 : 0, reasons: [] });

describe('computePriority (default formula)', () => {
  it.each([
    ['critical', furious, 'high', 'P1'], // 3 + 1 + 1 + 2 = 7
    ['high', furious, 'low', 'P2'], // 2 + 1 + 1 = 4
    ['high', calm, 'normal', 'P2'], // 2 + 1 = 3
    ['medium', negative, 'normal', 'P2'], // 1 + 1 + 1 = 3
    ['medium', calm, 'low', 'P3'], // 1
    ['low', negative, 'low', 'P3'], // 1
    ['low', calm, 'low', 'P4'], // 0
    [undefined, furious, 'high', 'P2'], // unknown intent: 0 + 1 + 1 + 2 = 4
  ] as const)('risk %s, sentiment %o, urgency %s', (risk, sentiment, level, expected) => {
    expect(computePriority(risk, sentiment, urgency(level))).toBe(expected);
  });

  it('escalates a negative, angry message whatever its intent', () => {
    expect(computePriority('low', calm, urgency('low'))).toBe('P4');
    expect(computePriority('low', furious, urgency('low'))).toBe('P3');
    expect(computePriority('low', furious, urgency('normal'))).toBe('P2');
  });

  it('explains its points', () => {
    expect(scorePriority('high', furious, urgency('normal'))).toEqual({ risk: 2, negative: 1, anger: 1, urgency: 1, total: 5 });
  });
});

describe('computePriority (a policy formula)', () => {
  it('follows the weights and cut-offs a policy sets', () => {
    const { priority } = parsePolicy({ priority: { anger: 4, thresholds: { P1: 4, P2: 2, P3: 1 } } });
    expect(priority.risk).toEqual(DEFAULT_PRIORITY_FORMULA.risk);
    expect(computePriority('low', furious, urgency('low'), priority)).toBe('P1'); // 0 + 1 + 4
    expect(computePriority('medium', calm, urgency('normal'), priority)).toBe('P2'); // 1 + 1
  });
});
