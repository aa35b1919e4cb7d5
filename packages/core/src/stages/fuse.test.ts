import { describe, expect, it } from 'vitest';
import { fusePredictions } from './fuse.js';

const ids = ['a', 'b', 'c', 'd'];
const sum = (values: readonly { confidence: number }[]) => values.reduce((total, value) => total + value.confidence, 0);

describe('fusePredictions', () => {
  it('gives unknown with a uniform distribution when nothing speaks', () => {
    const fused = fusePredictions(ids, [], []);
    expect(fused.intent).toBe('unknown');
    expect(fused.confidence).toBeCloseTo(0.25);
  });

  it('mixes classifiers by weight, spreading each one\'s leftover mass evenly', () => {
    const fused = fusePredictions(ids, [
      { source: 'x', weight: 1, output: { predictions: [{ intent: 'a', score: 0.7 }] } },
      { source: 'y', weight: 3, output: { predictions: [{ intent: 'b', score: 0.9 }] } },
    ], []);
    // a = (0.7 + 3 * 0.1/3) / 4 = 0.2; b = (0.1 + 3 * 0.9) / 4 = 0.7
    expect(fused.intent).toBe('b');
    expect(fused.confidence).toBeCloseTo(0.7);
    expect(fused.distribution.find((entry) => entry.intent === 'a')?.confidence).toBeCloseTo(0.2);
    expect(sum(fused.distribution) + 0).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('ignores abstaining classifiers and records them', () => {
    const fused = fusePredictions(ids, [
      { source: 'x', weight: 1, output: { predictions: [] } },
      { source: 'y', weight: 1, output: { predictions: [{ intent: 'c', score: 0.8 }] } },
    ], []);
    expect(fused.intent).toBe('c');
    expect(fused.confidence).toBeCloseTo(0.8);
    expect(fused.contributions.map((contribution) => contribution.abstained)).toEqual([true, false]);
  });

  it('carries a composite classifier\'s decidedBy into its contribution', () => {
    const fused = fusePredictions(ids, [
      { source: 'classifier:cascade', weight: 1, output: { predictions: [{ intent: 'a', score: 0.6 }], decidedBy: 'remote-llm' } },
      { source: 'classifier:plain', weight: 1, output: { predictions: [{ intent: 'a', score: 0.6 }] } },
    ], []);
    expect(fused.contributions[0]?.decidedBy).toBe('remote-llm');
    expect(fused.contributions[1]).not.toHaveProperty('decidedBy');
  });

  it('holds the confidence at the cap when only capped outputs speak, whatever the temperature', () => {
    const capped = { source: 'classifier:llm', weight: 1, output: { predictions: [{ intent: 'a', score: 0.7 }], confidenceCap: 0.7 } };
    const sharpened = fusePredictions(ids, [capped], [], { temperature: 0.2 });
    expect(sharpened.intent).toBe('a');
    expect(sharpened.confidence).toBe(0.7);
    expect(sharpened.distribution.every((entry) => entry.confidence <= 0.7)).toBe(true);
    // an uncapped classifier that speaks lifts the cap; an abstaining one does not
    const withLocal = fusePredictions(ids, [capped, { source: 'classifier:local', weight: 1, output: { predictions: [{ intent: 'a', score: 0.9 }] } }], [], { temperature: 0.2 });
    expect(withLocal.confidence).toBeGreaterThan(0.7);
    expect(fusePredictions(ids, [capped, { source: 'classifier:quiet', weight: 1, output: { predictions: [] } }], [], { temperature: 0.2 }).confidence).toBe(0.7);
  });

  it('lets a rule pull the distribution towards its intent', () => {
    const fused = fusePredictions(ids, [{ source: 'y', weight: 1, output: { predictions: [{ intent: 'c', score: 0.6 }] } }], [{ ruleId: 'r', intent: 'a', weight: 0.8, matched: 'x' }]);
    expect(fused.intent).toBe('a');
    expect(fused.confidence).toBeCloseTo(0.8 + 0.2 * (0.4 / 3));
    expect(fused.contributions.at(-1)?.source).toBe('rule:r');
  });

  it('reports secondary intents above the threshold, and unknown under the floor', () => {
    const fused = fusePredictions(ids, [{ source: 'y', weight: 1, output: { predictions: [{ intent: 'a', score: 0.55 }, { intent: 'b', score: 0.4 }] } }], []);
    expect(fused.intent).toBe('a');
    expect(fused.secondary.map((entry) => entry.intent)).toEqual(['b']);
    const low = fusePredictions(ids, [{ source: 'y', weight: 1, output: { predictions: [{ intent: 'a', score: 0.3 }] } }], [], { floor: 0.5 });
    expect(low.intent).toBe('unknown');
    expect(low.confidence).toBeCloseTo(0.3);
  });

  it('reports as many secondary intents as asked, beyond the top five', () => {
    const ids = Array.from({ length: 10 }, (_, index) => `i${index}`);
    const predictions = ids.map((intent, index) => ({ intent, score: 0.095 - index * 0.001 }));
    const fused = fusePredictions(ids, [{ source: 'y', weight: 1, output: { predictions } }], [], { floor: 0, secondaryThreshold: 0, maxSecondary: 7 });
    expect(fused.secondary).toHaveLength(7);
    expect(fused.distribution).toHaveLength(5);
  });

  it('sharpens with a temperature below 1 and keeps a distribution', () => {
    const fused = fusePredictions(ids, [{ source: 'y', weight: 1, output: { predictions: [{ intent: 'a', score: 0.5 }] } }], [], { temperature: 0.5 });
    expect(fused.confidence).toBeGreaterThan(0.5);
    expect(sum(fused.distribution)).toBeCloseTo(1);
  });

  it('drops predictions for intents outside the taxonomy and non-finite scores', () => {
    const fused = fusePredictions(ids, [{ source: 'y', weight: 1, output: { predictions: [{ intent: 'zzz', score: 0.9 }, { intent: 'b', score: Number.NaN }] } }], []);
    expect(fused.intent).toBe('unknown');
  });
});
