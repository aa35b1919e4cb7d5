import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/config-error.js';
import { SHOP_FAQ } from '../knowledge-base/__fixtures__/shop-faq.js';
import type { SuggestInput } from '../replies/template-library.js';
import { createReplySuggester } from './suggest-replies.js';

const calm = { label: 'neutral' as const, score: 0, anger: 0, signals: [] };
const question = (text: string, extra: Partial<SuggestInput> = {}): SuggestInput => ({ intent: 'product_question', language: 'en', sentiment: calm, entities: [], text, ...extra });

describe('createReplySuggester', () => {
  const replies = createReplySuggester({ knowledgeBase: SHOP_FAQ });

  it('puts the best knowledge-base answer first for a product question, then the templates', () => {
    const [first, ...rest] = replies.suggest(question('How long does the battery last?'));
    expect(first).toMatchObject({ templateId: 'kb:watch-battery', source: 'knowledge_base', locale: 'en', text: 'About 10 days on a full charge with normal use.' });
    expect(first?.reasons).toEqual(expect.arrayContaining(['knowledge-base', 'locale:exact:en']));
    expect(rest.every((suggestion) => suggestion.source === 'template' && suggestion.score <= first!.score)).toBe(true);
  });

  it('answers in the buyer\'s language, falling back along the locale chain', () => {
    expect(replies.suggest(question('¿Cuánto dura la batería?', { language: 'es', locale: 'es-MX' }))[0]).toMatchObject({ templateId: 'kb:watch-battery', locale: 'es' });
    const portuguese = replies.suggest(question('Quanto tempo dura a bateria?', { language: 'pt' })).find((suggestion) => suggestion.source === 'knowledge_base');
    expect(portuguese?.locale).toBe('en');
    expect(portuguese?.reasons).toContain('locale:english-fallback');
  });

  it('uses templates alone for other intents, and when nothing in the knowledge base matches', () => {
    expect(replies.suggest({ ...question('Is it waterproof?'), intent: 'shipping_time' }).every((suggestion) => suggestion.source === 'template')).toBe(true);
    expect(replies.suggest(question('Do you ship to Canada?')).every((suggestion) => suggestion.source === 'template')).toBe(true);
  });

  it('speaks with the shop\'s voice in Thai', () => {
    const female = replies.suggest(question('กันน้ำได้ไหม', { language: 'th' }))[0];
    expect(female?.text).toContain('ค่ะ');
    const male = createReplySuggester({ knowledgeBase: SHOP_FAQ, speaker: 'male' }).suggest(question('กันน้ำได้ไหม', { language: 'th' }))[0];
    expect(male?.text).toBe('กันน้ำระดับ 5 ATM ครับ ใส่ว่ายน้ำได้ แต่ไม่เหมาะกับการดำน้ำครับ');
  });

  it('returns at most `limit` replies', () => {
    expect(createReplySuggester({ limit: 1 }).suggest({ ...question('x'), intent: 'order_tracking' })).toHaveLength(1);
    expect(createReplySuggester({ limit: 0 }).suggest({ ...question('x'), intent: 'order_tracking' })).toEqual([]);
  });

  it('rejects invalid options with a ConfigError naming them', () => {
    expect(() => createReplySuggester({ limit: -1 })).toThrow(ConfigError);
    expect(() => createReplySuggester({ speaker: 'robot' as never })).toThrow(/speaker/);
    expect(() => createReplySuggester({ timeZone: 'Mars/Olympus' })).toThrow(/timeZone/);
    expect(() => createReplySuggester({ knowledgebase: [] } as never)).toThrow(/knowledgebase/);
    expect(() => createReplySuggester({ lint: { rules: { 'amazon/emoji': 'loud' as never } } })).toThrow(ConfigError);
  });
});
