import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/config-error.js';
import { DEFAULT_PII_TYPES, parsePiiPolicy } from './pii-policy.js';

describe('parsePiiPolicy', () => {
  it('defaults to contact details, cards, national ids and addresses, not order numbers', () => {
    expect([...parsePiiPolicy(undefined).types]).toEqual([...DEFAULT_PII_TYPES]);
    expect(parsePiiPolicy({}).types.has('order_number')).toBe(false);
  });

  it('replaces, adds to and removes from the list', () => {
    expect([...parsePiiPolicy({ types: ['email'] }).types]).toEqual(['email']);
    const policy = parsePiiPolicy({ include: ['order_number'], exclude: ['address'] });
    expect(policy.types.has('order_number')).toBe(true);
    expect(policy.types.has('address')).toBe(false);
  });

  it('names the bad field', () => {
    expect(() => parsePiiPolicy({ include: ['Order Number'] })).toThrow(/`pii\.include\.0`/);
    expect(() => parsePiiPolicy({ types: 'email' } as never)).toThrow(ConfigError);
    try {
      parsePiiPolicy({ mask: ['email'] } as never);
      expect.unreachable();
    } catch (error) {
      expect(ConfigError.isInstance(error)).toBe(true);
      expect((error as ConfigError).issues[0]?.path).toBe('pii.mask');
    }
  });
});
