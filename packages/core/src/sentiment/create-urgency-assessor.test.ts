import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/config-error.js';
import { createUrgencyAssessor } from './create-urgency-assessor.js';

describe('createUrgencyAssessor', () => {
  it('hears your own urgent, deadline and follow-up words', () => {
    const builtin = createUrgencyAssessor();
    const custom = createUrgencyAssessor({ lexicons: { es: { urgent: ['ándale'], deadline: ['pal finde'], followUp: ['les recuerdo'] } } });
    const text = 'Ándale, lo necesito pal finde, les recuerdo';
    expect(builtin({ text, language: 'es', risk: 'low' }).reasons).toEqual([]);
    expect(custom({ text, language: 'es', risk: 'low' }).reasons).toEqual([
      { code: 'urgent_word', term: 'andale' }, { code: 'deadline_word', term: 'pal finde' }, { code: 'follow_up_words', term: 'les recuerdo' },
    ]);
  });

  it('rejects invalid options with a ConfigError naming the field', () => {
    expect(() => createUrgencyAssessor({ lexicons: { es: { urgent: 'ya' } } } as never)).toThrow(ConfigError);
    expect(() => createUrgencyAssessor({ lexicons: { es: { urgent: 'ya' } } } as never)).toThrow(/lexicons\.es\.urgent/);
  });
});
