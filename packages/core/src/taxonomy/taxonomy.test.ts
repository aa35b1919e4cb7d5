import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/config-error.js';
import { BUILTIN_TAXONOMY, createTaxonomy, extendTaxonomy } from './taxonomy.js';

describe('the built-in taxonomy', () => {
  it('has the 24 ids of the taxonomy contract, with its risk levels and default actions', () => {
    expect(BUILTIN_TAXONOMY.ids).toHaveLength(24);
    const contract = readFileSync(new URL('../../../../../shared/taxonomy.md', import.meta.url), 'utf8');
    const rows = [...contract.matchAll(/^\| `([a-z_]+)` \|.*\| (low|medium|high|critical) \| ([^|]+) \|$/gm)];
    expect(rows.map((row) => row[1])).toEqual(BUILTIN_TAXONOMY.ids);
    for (const [, id, risk, auto] of rows) {
      const intent = BUILTIN_TAXONOMY.get(id!)!;
      expect(intent.risk, id).toBe(risk);
      const mayAutoReply = auto!.trim().startsWith('yes');
      expect(intent.defaultAction === 'auto_reply', id).toBe(mayAutoReply);
    }
    expect(BUILTIN_TAXONOMY.get('spam')?.defaultAction).toBe('discard');
    expect(BUILTIN_TAXONOMY.get('complaint_escalation')?.defaultAction).toBe('human');
    expect(BUILTIN_TAXONOMY.has('unknown')).toBe(false);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(BUILTIN_TAXONOMY.intents)).toBe(true);
  });
});

describe('createTaxonomy / extendTaxonomy', () => {
  it('adds, overrides and removes intents', () => {
    const taxonomy = extendTaxonomy(BUILTIN_TAXONOMY, {
      add: [{ id: 'warranty_claim', description: 'Warranty claims', risk: 'high', defaultAction: 'suggest' }],
      override: { refund_status: { defaultAction: 'suggest', risk: 'high' } },
      remove: ['spam'],
    });
    expect(taxonomy.ids).toHaveLength(24);
    expect(taxonomy.get('warranty_claim')?.risk).toBe('high');
    expect(taxonomy.get('refund_status')).toMatchObject({ defaultAction: 'suggest', risk: 'high' });
    expect(taxonomy.has('spam')).toBe(false);
    expect(BUILTIN_TAXONOMY.get('refund_status')?.defaultAction).toBe('auto_reply');
  });

  it('rejects duplicates, the reserved unknown id, bad ids and unknown overrides', () => {
    const intent = { description: 'x', risk: 'low' as const, defaultAction: 'suggest' as const };
    expect(() => createTaxonomy({ id: 't', intents: [{ id: 'a', ...intent }, { id: 'a', ...intent }] })).toThrow(/duplicate/);
    expect(() => createTaxonomy({ id: 't', intents: [{ id: 'unknown', ...intent }, { id: 'b', ...intent }] })).toThrow(/reserved/);
    expect(() => createTaxonomy({ id: 't', intents: [{ id: 'Bad Id', ...intent }, { id: 'b', ...intent }] })).toThrow(ConfigError);
    expect(() => extendTaxonomy(BUILTIN_TAXONOMY, { override: { nope: { risk: 'low' } } })).toThrow(/nope/);
  });
});
