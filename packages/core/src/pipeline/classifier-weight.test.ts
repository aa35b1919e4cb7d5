import { describe, expect, it } from 'vitest';
import { classifierWeight } from './classifier-weight.js';

describe('classifierWeight', () => {
  it('takes the language\'s weight, else the overall weight, else 1', () => {
    const weights = { weight: 2, weightByLanguage: { fr: 0.5, de: 0 } };
    expect(classifierWeight(weights, 'fr')).toBe(0.5);
    expect(classifierWeight(weights, 'de')).toBe(0);
    expect(classifierWeight(weights, 'ja')).toBe(2);
    expect(classifierWeight({ weightByLanguage: { fr: 0.5 } }, 'und')).toBe(1);
    expect(classifierWeight({}, 'en')).toBe(1);
  });
});
