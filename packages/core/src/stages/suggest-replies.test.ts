import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/config-error.js';
import { createTemplateLibrary, localeChain, parseTemplates } from './suggest-replies.js';

const calm = { label: 'neutral' as const, score: 0, anger: 0, signals: [] };
const angry = { label: 'negative' as const, score: -0.8, anger: 0.6, signals: [] };
const library = createTemplateLibrary(parseTemplates([
  { id: 'en', intents: ['order_tracking'], locale: 'en', text: 'Tracking: {{trackingNumber}}' },
  { id: 'es', intents: ['order_tracking'], locale: 'es', text: 'Guía: {{trackingNumber}}' },
  { id: 'es-mx', intents: ['order_tracking'], locale: 'es-MX', text: '¡Qué onda! Tu guía: {{trackingNumber}}' },
  { id: 'es-sorry', intents: ['order_tracking'], locale: 'es', tone: 'apologetic', text: 'Disculpa la demora. Guía: {{trackingNumber}}' },
  { id: 'es-plain', intents: ['order_tracking'], locale: 'es', text: 'Estamos revisando tu pedido.' },
  { id: 'amazon', intents: ['order_tracking'], locale: 'en', marketplace: 'amazon', text: 'Amazon tracking: {{trackingNumber}}' },
]));
const tracking = [{ type: 'tracking_number', text: '1Z999AA10123456784', value: '1Z999AA10123456784', start: 0, end: 18, pii: false }];

describe('reply suggestions', () => {
  it('builds the locale fallback chain', () => {
    expect(localeChain('es-MX', 'es')).toEqual(['es-mx', 'es', 'en']);
    expect(localeChain('zh-Hant-TW', 'zh')).toEqual(['zh-hant-tw', 'zh-hant', 'zh', 'en']);
    expect(localeChain(undefined, 'und')).toEqual(['en']);
  });

  it('prefers the regional variant, then the language, then English', () => {
    const suggestions = library.suggest({ intent: 'order_tracking', language: 'es', locale: 'es-MX', sentiment: calm, entities: tracking });
    expect(suggestions.map((suggestion) => suggestion.templateId)).toEqual(['es-mx', 'es', 'es-plain']);
    expect(suggestions[0]?.text).toBe('¡Qué onda! Tu guía: 1Z999AA10123456784');
  });

  it('picks the apologetic tone for negative sentiment', () => {
    expect(library.suggest({ intent: 'order_tracking', language: 'es', sentiment: angry, entities: tracking })[0]?.templateId).toBe('es-sorry');
  });

  it('never shows a raw placeholder: templates missing a variable are not eligible', () => {
    const suggestions = library.suggest({ intent: 'order_tracking', language: 'es', sentiment: calm, entities: [] });
    expect(suggestions.map((suggestion) => suggestion.templateId)).toEqual(['es-plain']);
    expect(suggestions.every((suggestion) => !suggestion.text.includes('{{'))).toBe(true);
  });

  it('uses marketplace-specific templates only on that marketplace, ranking them first', () => {
    expect(library.suggest({ intent: 'order_tracking', language: 'en', marketplace: 'amazon', sentiment: calm, entities: tracking })[0]?.templateId).toBe('amazon');
    expect(library.suggest({ intent: 'order_tracking', language: 'en', marketplace: 'tiktok', sentiment: calm, entities: tracking }).map((s) => s.templateId)).toEqual(['en']);
  });

  it('fills variables from the order context and the caller', () => {
    const custom = createTemplateLibrary(parseTemplates([{ id: 'x', intents: ['order_tracking'], locale: 'en', text: '{{storeName}}: {{carrier}} {{trackingNumber}}' }]));
    const [suggestion] = custom.suggest({ intent: 'order_tracking', language: 'en', sentiment: calm, entities: [], order: { trackingNumber: 'T1', carrier: 'DHL' }, variables: { storeName: 'Casa Luna' } });
    expect(suggestion?.text).toBe('Casa Luna: DHL T1');
  });

  it('rejects an invalid template naming it and the field', () => {
    expect(() => parseTemplates([{ id: 'broken', intents: [], locale: 'en', text: 'x' }])).toThrow(ConfigError);
    expect(() => parseTemplates([{ id: 'broken', intents: ['a'], locale: 'en', text: '' }])).toThrow(/broken.*text/);
  });
});
