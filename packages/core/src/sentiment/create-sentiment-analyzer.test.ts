import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/config-error.js';
import { createSentimentAnalyzer } from './create-sentiment-analyzer.js';

describe('createSentimentAnalyzer', () => {
  it('adds your own words to the built-in lexicons', () => {
    expect(createSentimentAnalyzer()('está chulísimo', 'es').label).toBe('neutral');
    const analyze = createSentimentAnalyzer({ lexicons: { es: { positive: { moderate: ['chulísimo'] } } } });
    expect(analyze('está chulísimo', 'es').label).toBe('positive');
    expect(analyze('no está chulísimo', 'es').label).toBe('negative');
  });

  it('lets your lexicon correct a built-in polarity', () => {
    const analyze = createSentimentAnalyzer({ lexicons: { en: { negative: { moderate: ['fire'] }, positive: { moderate: ['sick'] } } } });
    expect(analyze('sick product', 'en').label).toBe('positive');
  });

  it('can start from empty lexicons', () => {
    const analyze = createSentimentAnalyzer({ builtinLexicons: false, lexicons: { en: { negative: { moderate: ['meh'] } } } });
    expect(analyze('terrible', 'en').label).toBe('neutral');
    expect(analyze('meh', 'en').label).toBe('negative');
  });

  it('moves the label cut-offs', () => {
    expect(createSentimentAnalyzer({ thresholds: { negative: 3 } })('it is bad', 'en').label).toBe('neutral');
  });

  it('rejects invalid options with a ConfigError naming the field', () => {
    const attempt = (options: unknown) => {
      try {
        createSentimentAnalyzer(options as Parameters<typeof createSentimentAnalyzer>[0]);
      } catch (error) {
        expect(ConfigError.isInstance(error)).toBe(true);
        return (error as ConfigError).issues.map((issue) => issue.path);
      }
      return [];
    };
    expect(attempt({ lexicons: { es: { positive: { strong: 'genial' } } } })).toContain('lexicons.es.positive.strong');
    expect(attempt({ lexicons: { xx: {} } })).toContain('lexicons.xx');
    expect(attempt({ thresholds: { negative: -1 } })).toContain('thresholds.negative');
    expect(attempt({ lexicon: {} })).toEqual(['lexicon']);
  });
});
