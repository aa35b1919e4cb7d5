import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/config-error.js';
import type { Entity } from '../schemas/entity.js';
import { createKnowledgeBase } from './create-knowledge-base.js';
import { SHOP_FAQ } from './__fixtures__/shop-faq.js';
import { textFeatures } from './text-features.js';

const kb = createKnowledgeBase(SHOP_FAQ);
const best = (question: string, options: Parameters<typeof kb.search>[1] = {}): string | undefined => kb.search(question, options)[0]?.entry.id;

describe('knowledge base ranking', () => {
  it('finds the entry a question asks about, through typos and rewording', () => {
    expect(best('how long will the battery last on one charge?')).toBe('watch-battery');
    expect(best('is there a charger in the box')).toBe('watch-charger');
    expect(best('can i wash it in the machine')).toBe('hoodie-care');
    expect(best('what size do i need, do you have XL')).toBe('hoodie-sizing');
    expect(best('does the battery lst long')).toBe('watch-battery');
  });

  it('matches across the nine languages, unspaced scripts included', () => {
    expect(best('¿cuánto dura la bateria del reloj?')).toBe('watch-battery');
    expect(best('Olá, vem com carregador?')).toBe('watch-charger');
    expect(best('Bonjour, la montre est-elle étanche ?')).toBe('watch-waterproof');
    expect(best('Ist sie wasserdicht?')).toBe('watch-waterproof');
    expect(best('この時計は防水ですか')).toBe('watch-waterproof');
    expect(best('电池可以用多久')).toBe('watch-battery');
    expect(best('請問防水嗎')).toBe('watch-waterproof');
    expect(best('kak ada ukuran XL gak?')).toBe('hoodie-sizing');
    expect(best('นาฬิกากันน้ำได้ไหมคะ')).toBe('watch-waterproof');
  });

  it('ranks by similarity: the closest entry first, a score in [0, 1] with its reasons', () => {
    const matches = kb.search('Is it waterproof? Can I swim with it?', { limit: 6, minScore: 0 });
    expect(matches.map((match) => match.score)).toEqual([...matches.map((match) => match.score)].sort((a, b) => b - a));
    expect(matches[0]?.reasons[0]).toMatch(/^similarity:/);
    for (const match of matches) {
      expect(match.score).toBeGreaterThanOrEqual(0);
      expect(match.score).toBeLessThanOrEqual(1);
    }
  });

  it('boosts the entry for a product the conversation is about and pushes the others down', () => {
    expect(kb.search('Is it waterproof?', { productIds: ['B0WATCH01'] })[0]?.entry.id).toBe('watch-waterproof');
    const hoodie = kb.search('Is it waterproof?', { productIds: ['hoodie-01'] });
    expect(hoodie[0]?.entry.id).toBe('hoodie-water');
    expect(hoodie[0]?.reasons).toContain('product:HOODIE-01');
    expect(kb.search('Is it waterproof?', { productIds: ['HOODIE-01'], minScore: 0, limit: 6 }).find((match) => match.entry.id === 'watch-waterproof')?.reasons).toContain('product:other');
  });

  it('reads product ids from the question and from entities', () => {
    expect(best('is the HOODIE-01 waterproof?')).toBe('hoodie-water');
    const entity: Entity = { type: 'product_id', text: 'B0WATCH01', value: 'B0WATCH01', start: 0, end: 9, pii: false };
    expect(best('is it waterproof', { entities: [entity] })).toBe('watch-waterproof');
  });

  it('returns nothing for a question it cannot answer', () => {
    expect(kb.search('Where is my parcel? It has not arrived.')).toEqual([]);
    expect(kb.search('')).toEqual([]);
    expect(kb.search('?!…')).toEqual([]);
  });

  it('keeps work bounded on a huge question', () => {
    expect(() => kb.search('battery '.repeat(100_000))).not.toThrow();
    expect(best('battery '.repeat(100_000))).toBe('watch-battery');
  });
});

describe('knowledge base entries', () => {
  it('rejects invalid entries with a ConfigError naming the entry and field', () => {
    try {
      createKnowledgeBase([
        { id: 'ok', questions: ['Fine?'], answers: { en: 'Yes.' } },
        { id: 'no-questions', questions: [], answers: { en: 'x' } },
        { id: 'bad-locale', questions: ['x'], answers: { 'not a locale!': 'x' } },
        { id: 'bad-answer', questions: ['x'], answers: { en: 'Hi {{#name}}' } },
        { id: 'ok', questions: ['Again?'], answers: { en: 'Yes.' } },
      ], { source: 'faq.yaml' });
      expect.unreachable('invalid entries must throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const configError = error as ConfigError;
      expect(configError.message).toContain('faq.yaml');
      expect(configError.issues.map((issue) => issue.path)).toEqual(['entries.1.questions', 'entries.2.answers.not a locale!', 'entries.3.answers.en', 'entries.4.id']);
      expect(configError.issues[0]?.message).toContain('`no-questions`');
    }
  });

  it('rejects options out of range', () => {
    expect(() => createKnowledgeBase([], { minScore: 2 })).toThrow(ConfigError);
  });

  it('leaves out entries that are switched off', () => {
    expect(createKnowledgeBase([{ id: 'off', questions: ['Is it waterproof?'], answers: { en: 'x' }, enabled: false }]).search('Is it waterproof?')).toEqual([]);
  });
});

describe('textFeatures', () => {
  it('uses words and trigrams for spaced scripts, character pairs for unspaced ones', () => {
    const features = textFeatures('Wasserdicht? 防水です');
    expect(features.get('w:wasserdicht')).toBe(1);
    expect(features.has('t:was')).toBe(true);
    expect(features.has('b:防水')).toBe(true);
    expect(features.has('u:防')).toBe(true);
    expect(features.has('w:防水です')).toBe(false);
  });
});
