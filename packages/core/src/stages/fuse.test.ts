import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Prediction } from '../schemas/prediction.js';
import { fusePredictions, type FusedPrediction, type FusionOptions, type WeightedOutput } from './fuse.js';
import type { RuleMatch } from './rules.js';

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

  it('pools geometrically on request: the intent both classifiers support beats one only one is sure of', () => {
    const outputs = [
      { source: 'x', weight: 1, output: { predictions: [{ intent: 'a', score: 0.9 }, { intent: 'b', score: 0.1 }] } },
      { source: 'y', weight: 1, output: { predictions: [{ intent: 'b', score: 0.6 }, { intent: 'c', score: 0.4 }] } },
    ];
    expect(fusePredictions(ids, outputs, []).intent).toBe('a');
    const fused = fusePredictions(ids, outputs, [], { pooling: 'geometric', smoothing: 0.2 });
    // Each distribution mixed with the uniform one: 0.8 · p + 0.2 / 4.
    const smooth = (p: number) => 0.8 * p + 0.05;
    const pooled = { a: Math.sqrt(smooth(0.9) * smooth(0)), b: Math.sqrt(smooth(0.1) * smooth(0.6)), c: Math.sqrt(smooth(0) * smooth(0.4)), d: smooth(0) };
    const total = pooled.a + pooled.b + pooled.c + pooled.d;
    expect(fused.intent).toBe('b');
    expect(fused.confidence).toBeCloseTo(pooled.b / total, 12);
    expect(fused.distribution.find((entry) => entry.intent === 'a')?.confidence).toBeCloseTo(pooled.a / total, 12);
    expect(sum(fused.distribution)).toBeCloseTo(1, 12);
    // Without smoothing an intent one classifier gives nothing is ruled out; the leftover mass still counts.
    const hard = fusePredictions(ids, outputs, [], { pooling: 'geometric', smoothing: 0 });
    expect(hard.distribution.find((entry) => entry.intent === 'a')?.confidence).toBe(0);
    expect(hard.confidence).toBe(1);
  });

  it('pools one classifier into its own distribution, flattened by the smoothing share whatever the taxonomy size', () => {
    const alone = [{ source: 'x', weight: 1, output: { predictions: [{ intent: 'intent_0', score: 0.8 }] } }];
    for (const size of [4, 24, 150]) {
      const taxonomy = Array.from({ length: size }, (_, index) => `intent_${index}`);
      const linear = fusePredictions(taxonomy, alone, [], { floor: 0.35 });
      expect(fusePredictions(taxonomy, alone, [], { pooling: 'geometric', smoothing: 0, floor: 0.35 }).confidence).toBeCloseTo(linear.confidence, 12);
      const smoothed = fusePredictions(taxonomy, alone, [], { pooling: 'geometric', smoothing: 0.2, floor: 0.35 });
      expect(smoothed.intent).toBe('intent_0');
      expect(smoothed.confidence).toBeCloseTo(0.8 * 0.8 + 0.2 / size, 12);
    }
  });

  it('decides nothing when, unsmoothed, the classifiers rule out every intent between them', () => {
    const opposed = [
      { source: 'x', weight: 1, output: { predictions: [{ intent: 'a', score: 1 }] } },
      { source: 'y', weight: 1, output: { predictions: [{ intent: 'b', score: 1 }] } },
    ];
    for (const taxonomy of [ids, ['a', 'b']]) {
      const fused = fusePredictions(taxonomy, opposed, [], { pooling: 'geometric', smoothing: 0, floor: 0 });
      expect(fused.intent).toBe('unknown');
      expect(fused.confidence).toBe(1 / taxonomy.length);
      expect(fused.secondary).toEqual([]);
    }
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

/** Fusion written plainly (a map per call, the whole distribution sorted, a power per intent): the reference. */
function referenceFusion(intentIds: readonly string[], outputs: readonly WeightedOutput[], rules: readonly RuleMatch[], options: FusionOptions = {}): FusedPrediction {
  const { floor = 0.35, temperature = 1, secondaryThreshold = 0.15, maxSecondary = 3, pooling = 'linear', smoothing = 0.2 } = options;
  const size = intentIds.length;
  const index = new Map(intentIds.map((id, position) => [id, position]));
  const fused = new Array<number>(size).fill(0);
  const contributions: FusedPrediction['contributions'][number][] = [];
  let totalWeight = 0;
  let cap = -Infinity;
  for (const { source, weight, output } of outputs) {
    const predictions = output.predictions.filter((prediction: Prediction) => index.has(prediction.intent) && Number.isFinite(prediction.score) && prediction.score > 0);
    const abstained = predictions.length === 0 || weight <= 0;
    contributions.push({
      source, weight, abstained, ...(output.decidedBy === undefined ? {} : { decidedBy: output.decidedBy }),
      top: predictions.slice(0, 3).map((prediction) => ({ intent: prediction.intent, confidence: prediction.score })),
      evidence: output.evidence ?? predictions.flatMap((prediction) => prediction.evidence ?? []),
    });
    if (abstained) continue;
    cap = Math.max(cap, typeof output.confidenceCap === 'number' && output.confidenceCap >= 0 ? output.confidenceCap : Infinity);
    const distribution = new Array<number>(size).fill(0);
    let mass = 0;
    for (const prediction of predictions) {
      const position = index.get(prediction.intent)!;
      const score = Math.min(1, prediction.score);
      mass += score - distribution[position]!;
      distribution[position] = score;
    }
    const scaled = mass > 1 ? distribution.map((value) => value / mass) : distribution;
    const rest = Math.max(0, 1 - Math.min(1, mass)) / Math.max(1, size - predictions.length);
    scaled.forEach((value, position) => (fused[position]! += weight * (pooling === 'geometric' ? Math.log((1 - smoothing) * (value > 0 ? value : rest) + smoothing / size) : value > 0 ? value : rest)));
    totalWeight += weight;
  }
  let mixed = totalWeight > 0 ? fused.map((value) => value / totalWeight) : fused.map(() => 1 / size);
  let spoke = totalWeight > 0;
  if (totalWeight > 0 && pooling === 'geometric') {
    const max = Math.max(...mixed);
    const exps = mixed.map((value) => Math.exp(value - max));
    let sum = 0;
    for (const value of exps) sum += value;
    spoke = max !== -Infinity;
    mixed = spoke ? exps.map((value) => value / sum) : mixed.map(() => 1 / size);
  }
  for (const rule of [...rules].sort((a, b) => a.weight - b.weight)) {
    const position = index.get(rule.intent);
    if (position === undefined) continue;
    mixed = mixed.map((value, other) => value * (1 - rule.weight) + (other === position ? rule.weight : 0));
    contributions.push({ source: `rule:${rule.ruleId}`, weight: rule.weight, abstained: false, top: [{ intent: rule.intent, confidence: rule.weight }], evidence: [{ term: rule.matched }] });
  }
  if (temperature !== 1) {
    const raised = mixed.map((value) => Math.pow(value, 1 / temperature));
    let sum = 0;
    for (const value of raised) sum += value;
    mixed = raised.map((value) => value / sum);
  }
  const held = rules.length === 0 && cap !== -Infinity && cap !== Infinity ? cap : Infinity;
  const ranked = mixed.map((value, position) => ({ position, value })).sort((a, b) => b.value - a.value)
    .slice(0, Math.max(5, 1 + maxSecondary)).map(({ position, value }) => ({ intent: intentIds[position]!, confidence: Math.min(held, value) }));
  const best = ranked[0] ?? { intent: 'unknown', confidence: 0 };
  const decided = (spoke || rules.length > 0) && best.confidence >= floor;
  return {
    intent: decided ? best.intent : 'unknown',
    confidence: best.confidence,
    secondary: decided ? ranked.slice(1, 1 + maxSecondary).filter((entry) => entry.confidence >= secondaryThreshold) : ranked.slice(0, 3).filter((entry) => entry.confidence >= secondaryThreshold && spoke),
    distribution: ranked.slice(0, 5),
    contributions,
  };
}

describe('fusePredictions against the plain reference', () => {
  const taxonomy = Object.freeze(Array.from({ length: 12 }, (_, index) => `intent_${index}`));
  const intent = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...taxonomy) }, { weight: 1, arbitrary: fc.constant('not_in_taxonomy') });
  // Scores repeat often (ties, shared values) and include the edge cases fusion must drop or clamp.
  const score = fc.oneof(fc.constantFrom(0, 0.1, 0.25, 0.5, 1, 1.5, Number.NaN, Number.POSITIVE_INFINITY), fc.double({ min: 0, max: 1, noNaN: true }));
  const prediction = fc.record({ intent, score }, { noNullPrototype: true });
  const output = fc.record({
    source: fc.constantFrom('classifier:a', 'classifier:b'),
    weight: fc.constantFrom(0, 0.5, 1, 1.5),
    output: fc.record({
      predictions: fc.array(prediction, { maxLength: 8 }),
      confidenceCap: fc.option(fc.constantFrom(0.5, 0.7, -1), { nil: undefined }),
      decidedBy: fc.option(fc.constant('remote'), { nil: undefined }),
    }, { requiredKeys: ['predictions'], noNullPrototype: true }),
  }, { noNullPrototype: true });
  const rule = fc.record({ ruleId: fc.constantFrom('r1', 'r2'), intent, weight: fc.constantFrom(0.3, 0.8, 1), matched: fc.constant('x') }, { noNullPrototype: true });
  const options = fc.record({
    floor: fc.constantFrom(0, 0.35, 0.9),
    temperature: fc.constantFrom(1, 0.55, 2),
    secondaryThreshold: fc.constantFrom(0, 0.15),
    maxSecondary: fc.constantFrom(0, 3, 7),
    pooling: fc.constantFrom('linear', 'geometric'),
    smoothing: fc.constantFrom(0, 0.01, 0.2),
  }, { requiredKeys: [], noNullPrototype: true });

  it('gives the same answer, to the last bit, for a frozen and a plain intent list', () => {
    fc.assert(fc.property(fc.array(output, { maxLength: 3 }), fc.array(rule, { maxLength: 2 }), options, (outputs, rules, fusion) => {
      const expected = referenceFusion(taxonomy, outputs, rules, fusion);
      expect(fusePredictions(taxonomy, outputs, rules, fusion)).toStrictEqual(expected);
      expect(fusePredictions([...taxonomy], outputs, rules, fusion)).toStrictEqual(expected);
    }), { numRuns: 3000 });
  });
});
