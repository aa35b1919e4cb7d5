import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/config-error.js';
import { compileRules } from './rules.js';

const known = (id: string) => ['invoice_request', 'spam'].includes(id);

describe('compileRules', () => {
  it('matches phrases accent- and case-insensitively, and patterns', () => {
    const rules = compileRules([
      { id: 'cfdi', intent: 'invoice_request', phrases: ['CFDI', 'factura electrónica'], weight: 0.9 },
      { id: 'crypto', intent: 'spam', pattern: 'bitcoin|crypto\\s*invest' },
    ], known);
    expect(rules.match('necesito mi FACTURA ELECTRONICA', 'es')).toEqual([{ ruleId: 'cfdi', intent: 'invoice_request', weight: 0.9, matched: 'factura electronica' }]);
    expect(rules.match('Great Crypto  invest opportunity', 'en')[0]).toMatchObject({ ruleId: 'crypto', weight: 0.8 });
    expect(rules.match('hello', 'en')).toEqual([]);
  });

  it('gives the same answer every time for sticky or global RegExp patterns', () => {
    const rules = compileRules([{ id: 's', intent: 'spam', pattern: /bitcoin/iy }, { id: 'g', intent: 'spam', pattern: /crypto/gi }], known);
    const answers = [0, 1, 2, 3].map(() => rules.match('bitcoin crypto', 'en').length);
    expect(answers).toEqual([2, 2, 2, 2]);
  });

  it('restricts rules to their languages', () => {
    const rules = compileRules([{ id: 'nf', intent: 'invoice_request', phrases: ['nota fiscal'], languages: ['pt'] }], known);
    expect(rules.match('nota fiscal', 'es')).toEqual([]);
    expect(rules.match('nota fiscal', 'pt')).toHaveLength(1);
  });

  it('rejects unknown intents, invalid patterns and empty rules with a ConfigError naming the field', () => {
    expect(() => compileRules([{ id: 'x', intent: 'refund_request', phrases: ['x'] }], known)).toThrow(/refund_request/);
    try {
      compileRules([{ id: 'bad', intent: 'spam', pattern: '(' }], known);
      expect.unreachable();
    } catch (error) {
      expect(ConfigError.isInstance(error)).toBe(true);
      expect((error as ConfigError).issues[0]?.path).toBe('rules.0.pattern');
    }
    expect(() => compileRules([{ id: 'empty', intent: 'spam' }], known)).toThrow(ConfigError);
    expect(() => compileRules([{ id: 'w', intent: 'spam', phrases: ['x'], weight: 2 }], known)).toThrow(/weight/);
  });
});
