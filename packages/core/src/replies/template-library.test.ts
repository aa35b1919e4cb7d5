import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/config-error.js';
import type { Entity } from '../schemas/entity.js';
import type { TemplateInput } from '../schemas/template.js';
import { createTemplateLibrary, type SuggestInput } from './template-library.js';

const calm = { label: 'neutral' as const, score: 0, anger: 0, signals: [] };
const angry = { label: 'negative' as const, score: -0.8, anger: 0.7, signals: [] };
const happy = { label: 'positive' as const, score: 0.8, anger: 0, signals: [] };
const tracking: Entity[] = [{ type: 'tracking_number', text: '1Z999AA10123456784', value: '1Z999AA10123456784', start: 0, end: 18, pii: false, attributes: { carrier: 'ups' } }];

const t = (id: string, locale: string, text: string, extra: Partial<TemplateInput> = {}): TemplateInput => ({ id, intents: ['order_tracking'], locale, text, ...extra });
const fixtures: TemplateInput[] = [
  t('en', 'en', 'Tracking: {{trackingNumber}}'),
  t('es', 'es', 'Guía: {{trackingNumber}}'),
  t('es-mx', 'es-MX', '¡Qué gusto saludarte! Tu guía: {{trackingNumber}}'),
  t('es-es', 'es-ES', 'Tu número de seguimiento: {{trackingNumber}}'),
  t('zh', 'zh', '亲，单号：{{trackingNumber}}'),
  t('zh-hant', 'zh-Hant', '您好，單號：{{trackingNumber}}'),
  t('zh-tw', 'zh-TW', '您好，您的包裹單號：{{trackingNumber}}喔'),
  t('pt', 'pt', 'Código de rastreio: {{trackingNumber}}'),
  t('pt-br', 'pt-BR', 'Oi! Seu código de rastreio: {{trackingNumber}}'),
];
const library = createTemplateLibrary({ templates: fixtures, builtinTemplates: false });
const base: SuggestInput = { intent: 'order_tracking', language: 'es', sentiment: calm, entities: tracking };
const ids = (input: Partial<SuggestInput>, limit = 10): string[] => library.suggest({ ...base, ...input }, limit).map((suggestion) => suggestion.templateId);

describe('template selection: the locale fallback chain', () => {
  it('es-MX → es-MX, then es, then another Spanish variant, then en', () => {
    expect(ids({ locale: 'es-MX' })).toEqual(['es-mx', 'es', 'es-es', 'en']);
    const [first, second, third, fourth] = library.suggest({ ...base, locale: 'es-MX' }, 4);
    expect(first?.reasons).toContain('locale:exact:es-MX');
    expect(second?.reasons).toContain('locale:fallback:es');
    expect(third?.reasons).toContain('locale:sibling:es-ES');
    expect(fourth?.reasons).toContain('locale:english-fallback');
    expect(first!.score).toBeGreaterThan(second!.score);
    expect(second!.score).toBeGreaterThan(third!.score);
    expect(third!.score).toBeGreaterThan(fourth!.score);
  });

  it('es-MX falls back to es when there is no Mexican template', () => {
    const noMexico = createTemplateLibrary({ templates: fixtures.filter((template) => template.id !== 'es-mx'), builtinTemplates: false });
    expect(noMexico.suggest({ ...base, locale: 'es-MX' })[0]?.templateId).toBe('es');
  });

  it('es falls back to en when there is no Spanish template at all', () => {
    const englishOnly = createTemplateLibrary({ templates: [fixtures[0]!], builtinTemplates: false });
    const [reply] = englishOnly.suggest({ ...base, locale: 'es-MX' });
    expect(reply?.templateId).toBe('en');
    expect(reply?.reasons).toContain('locale:english-fallback');
  });

  it('zh-TW → zh-TW, zh-Hant, zh, en', () => {
    expect(ids({ language: 'zh', locale: 'zh-TW' })).toEqual(['zh-tw', 'zh-hant', 'zh', 'en']);
    const withoutTaiwan = createTemplateLibrary({ templates: fixtures.filter((template) => template.id !== 'zh-tw'), builtinTemplates: false });
    expect(withoutTaiwan.suggest({ ...base, language: 'zh', locale: 'zh-TW' })[0]?.templateId).toBe('zh-hant');
    const simplifiedOnly = createTemplateLibrary({ templates: fixtures.filter((template) => !['zh-tw', 'zh-hant'].includes(template.id)), builtinTemplates: false });
    expect(simplifiedOnly.suggest({ ...base, language: 'zh', locale: 'zh-TW' })[0]?.templateId).toBe('zh');
  });

  it('pt-BR → pt-BR, pt, en', () => {
    expect(ids({ language: 'pt', locale: 'pt-BR' })).toEqual(['pt-br', 'pt', 'en']);
  });

  it('infers the region from the marketplace site, and the Chinese script from the text', () => {
    expect(ids({ site: 'MLM' })[0]).toBe('es-mx');
    expect(ids({ site: 'amazon.es' })[0]).toBe('es-es');
    expect(ids({ language: 'zh', text: '請問我的包裹到哪裡了？' })[0]).toBe('zh-hant');
    expect(ids({ language: 'zh', text: '请问我的包裹到哪里了？' })[0]).toBe('zh');
  });

  it('answers in the written language when it differs from the locale', () => {
    expect(ids({ language: 'en', locale: 'es-MX' })[0]).toBe('en');
  });
});

describe('template selection: marketplace, tone, conditions', () => {
  const ranked = createTemplateLibrary({
    builtinTemplates: false,
    templates: [
      t('plain', 'en', 'Your tracking number is {{trackingNumber}}.', { tone: 'formal' }),
      t('warm', 'en', 'Hi! Your parcel is on its way: {{trackingNumber}}.', { tone: 'friendly' }),
      t('sorry', 'en', 'We are sorry for the wait. Your tracking number is {{trackingNumber}}.', { tone: 'apologetic' }),
      t('amazon', 'en', 'Your Amazon order ships with tracking number {{trackingNumber}}.', { tone: 'formal', marketplace: 'amazon' }),
      t('delivered', 'en', 'Our records show the parcel {{trackingNumber}} as delivered.', { tone: 'formal', conditions: { orderStatus: ['delivered'] } }),
      t('calm-only', 'en', 'Tracking: {{trackingNumber}}.', { tone: 'friendly', conditions: { sentiment: ['neutral', 'positive'] } }),
    ],
  });
  const input: SuggestInput = { intent: 'order_tracking', language: 'en', sentiment: calm, entities: tracking };

  it('ranks a template for the message\'s marketplace first, and never shows it elsewhere', () => {
    const [first] = ranked.suggest({ ...input, marketplace: 'amazon' });
    expect(first?.templateId).toBe('amazon');
    expect(first?.reasons).toContain('marketplace:amazon');
    expect(ranked.rank({ ...input, marketplace: 'tiktok' }).rejected).toContainEqual({ templateId: 'amazon', reason: 'marketplace' });
  });

  it('gives an angry buyer the apologetic variant first', () => {
    const [first] = ranked.suggest({ ...input, sentiment: angry });
    expect(first?.templateId).toBe('sorry');
    expect(first?.tone).toBe('apologetic');
    expect(ranked.rank({ ...input, sentiment: angry }).wish.because).toBe('anger');
  });

  it('gives a happy buyer the friendly variant, and lets the caller prefer a tone', () => {
    expect(ranked.suggest({ ...input, sentiment: happy }).slice(0, 2).map((suggestion) => suggestion.templateId).sort()).toEqual(['calm-only', 'warm']);
    expect(ranked.suggest({ ...input, sentiment: happy, tone: 'formal' })[0]?.templateId).toBe('plain');
  });

  it('returns the best three, each with a score and reasons', () => {
    const suggestions = ranked.suggest(input);
    expect(suggestions).toHaveLength(3);
    for (const suggestion of suggestions) {
      expect(suggestion.score).toBeGreaterThan(0);
      expect(suggestion.score).toBeLessThanOrEqual(1);
      expect(suggestion.reasons.some((reason) => reason.startsWith('locale:'))).toBe(true);
      expect(suggestion.reasons.some((reason) => reason.startsWith('tone:'))).toBe(true);
    }
  });

  it('applies order-status and sentiment conditions', () => {
    expect(ranked.rank(input).rejected).toContainEqual({ templateId: 'delivered', reason: 'condition:orderStatus' });
    const delivered = ranked.suggest({ ...input, order: { status: 'delivered' } });
    expect(delivered[0]?.templateId).toBe('delivered');
    expect(delivered[0]?.reasons).toContain('condition:orderStatus:delivered');
    expect(ranked.rank({ ...input, sentiment: angry }).rejected).toContainEqual({ templateId: 'calm-only', reason: 'condition:sentiment' });
  });

  it('weighs keigo for Japanese', () => {
    const japanese = createTemplateLibrary({
      builtinTemplates: false,
      templates: [
        t('teinei', 'ja', 'お荷物の追跡番号は{{trackingNumber}}です。', { tone: 'formal', keigo: 'teineigo' }),
        t('sonkei', 'ja', 'お荷物のお問い合わせ番号は{{trackingNumber}}でございます。', { tone: 'formal', keigo: 'sonkeigo' }),
      ],
    });
    const jaInput: SuggestInput = { ...input, language: 'ja' };
    expect(japanese.suggest(jaInput)[0]?.templateId).toBe('sonkei');
    expect(japanese.suggest({ ...jaInput, keigo: 'teineigo' })[0]?.templateId).toBe('teinei');
  });
});

describe('rendering', () => {
  const rendering = createTemplateLibrary({
    builtinTemplates: false,
    templates: [
      t('needs-tracking', 'en', 'Your tracking number: {{trackingNumber}}.', { tone: 'formal' }),
      t('sections', 'en', 'Hi{{#buyerName}} {{buyerName}}{{/buyerName}}! {{#trackingNumber}}Tracking: {{trackingNumber}}{{#carrier}} ({{carrier}}){{/carrier}}.{{/trackingNumber}}{{^trackingNumber}}We will send the tracking number soon.{{/trackingNumber}}'),
      t('dated', 'ja', 'お届け予定日は{{promisedDeliveryDate}}でございます。', { tone: 'formal' }),
      t('typed', 'de', 'Sie haben {{count}} Artikel bestellt.', { tone: 'formal', variables: { count: { type: 'number' } } }),
      t('patterned', 'en', 'Order {{orderId}} is confirmed.', { tone: 'formal', variables: { orderId: { type: 'string', pattern: '^\\d{3}-\\d{7}-\\d{7}$' } } }),
    ],
  });
  const input: SuggestInput = { intent: 'order_tracking', language: 'en', sentiment: calm, entities: [] };

  it('leaves out a template whose required variable is missing, saying which', () => {
    const ranking = rendering.rank(input);
    expect(ranking.suggestions.map((suggestion) => suggestion.templateId)).toEqual(['sections']);
    expect(ranking.rejected).toContainEqual({ templateId: 'needs-tracking', reason: 'missing:trackingNumber' });
    expect(ranking.suggestions[0]?.text).toBe('Hi! We will send the tracking number soon.');
  });

  it('never shows a raw placeholder, whatever data is missing', () => {
    const inputs: SuggestInput[] = [
      input, { ...input, entities: tracking }, { ...input, variables: { buyerName: 'Ana' } },
      { ...input, order: { carrier: 'DHL' } }, { ...input, variables: { trackingNumber: '{{trackingNumber}}' } },
    ];
    for (const candidate of inputs) {
      for (const suggestion of rendering.suggest(candidate, 10)) expect(suggestion.text).not.toMatch(/\{\{|\}\}/);
    }
  });

  it('fills variables from entities, the order context and the caller, the caller winning', () => {
    const [fromEntities] = rendering.suggest({ ...input, entities: tracking, variables: { buyerName: 'Ana' } });
    expect(fromEntities?.text).toBe('Hi Ana! Tracking: 1Z999AA10123456784 (UPS).');
    const [fromOrder] = rendering.suggest({ ...input, entities: tracking, order: { trackingNumber: 'JD014600006281934', carrier: 'DHL' } });
    expect(fromOrder?.text).toBe('Hi! Tracking: JD014600006281934 (DHL).');
    const [fromCaller] = rendering.suggest({ ...input, order: { trackingNumber: 'A1' }, variables: { trackingNumber: 'B2' } });
    expect(fromCaller?.text).toBe('Hi! Tracking: B2.');
  });

  it('writes dates and numbers the locale\'s way', () => {
    const [dated] = rendering.suggest({ ...input, language: 'ja', order: { promisedDeliveryDate: '2026-05-03T00:00:00+09:00' }, timeZone: 'Asia/Tokyo' });
    expect(dated?.text).toBe('お届け予定日は2026年5月3日でございます。');
    const [inUtc] = rendering.suggest({ ...input, language: 'ja', order: { promisedDeliveryDate: '2026-05-03T00:00:00+09:00' } });
    expect(inUtc?.text).toBe('お届け予定日は2026年5月2日でございます。');
    const [bareDate] = rendering.suggest({ ...input, language: 'ja', variables: { promisedDeliveryDate: '2026-05-03' }, timeZone: 'America/Mexico_City' });
    expect(bareDate?.text).toBe('お届け予定日は2026年5月3日でございます。');
    const [typed] = rendering.suggest({ ...input, language: 'de', variables: { count: '1234.5' } });
    expect(typed?.text).toBe('Sie haben 1.234,5 Artikel bestellt.');
  });

  it('treats a value that does not fit its type as missing', () => {
    expect(rendering.rank({ ...input, language: 'de', variables: { count: 'many' } }).rejected).toContainEqual({ templateId: 'typed', reason: 'invalid:count' });
    expect(rendering.rank({ ...input, variables: { orderId: 'ABC' } }).rejected).toContainEqual({ templateId: 'patterned', reason: 'invalid:orderId' });
    expect(rendering.suggest({ ...input, variables: { orderId: '112-4839201-5512873' } }).map((suggestion) => suggestion.templateId)).toContain('patterned');
  });
});

describe('lint in ranking', () => {
  it('lints every reply for the marketplace and ranks one with an error below clean ones', () => {
    const withLink = createTemplateLibrary({
      builtinTemplates: false,
      templates: [
        t('link', 'en', 'Track it at {{trackingUrl}}', { tone: 'formal' }),
        t('clean', 'en', 'Your tracking number is {{trackingNumber}}.', { tone: 'friendly' }),
      ],
    });
    const input: SuggestInput = { intent: 'order_tracking', language: 'en', marketplace: 'amazon', sentiment: calm, entities: tracking, order: { trackingUrl: 'https://track.example.com/1Z999' } };
    const [first, second] = withLink.suggest(input);
    expect(first?.templateId).toBe('clean');
    expect(second?.templateId).toBe('link');
    expect(second?.findings.map((finding) => finding.ruleId)).toContain('amazon/external-link');
    expect(second?.reasons).toContain('lint:errors:1');
  });
});

describe('suggest agrees with rank', () => {
  // rank() renders and lints every template; suggest() renders and lints only as many as the best `limit` need.
  const ties = createTemplateLibrary({
    builtinTemplates: false,
    templates: [
      t('tie-a', 'en', 'Our lawyer says {{trackingNumber}}.'),
      t('tie-b', 'en', 'Tracking: {{trackingNumber}}.'),
      t('tie-c', 'en', 'Number {{trackingNumber}}, see you in court.'),
      t('tie-d', 'en', 'Your parcel: {{trackingNumber}}.'),
      t('tie-e', 'en', 'Order {{orderId}} is on its way.'),
      t('tie-f', 'en', 'We refund {{orderId}} in full.'),
      t('tie-g', 'en', 'Hello {{buyerName}}, your parcel is on its way.'),
      t('tie-h', 'es', 'Guía {{trackingNumber}}.'),
      t('tie-i', 'en', 'Visit www.example.com for {{trackingNumber}}.', { marketplace: 'amazon' }),
      t('tie-j', 'en', 'Your parcel is on its way.', { tone: 'apologetic' }),
    ],
  });
  const builtin = createTemplateLibrary();
  const INTENTS = ['order_tracking', 'shipping_time', 'refund_request', 'product_question', 'order_cancel', 'invoice_request', 'positive_feedback', 'delivery_problem', 'return_request'];
  const input: fc.Arbitrary<SuggestInput> = fc.record({
    intent: fc.constantFrom(...INTENTS),
    language: fc.constantFrom('en', 'es', 'pt', 'fr', 'de', 'ja', 'zh', 'id', 'th', 'und' as const),
    locale: fc.constantFrom(undefined, 'es-MX', 'zh-TW', 'pt-BR', 'en-GB', 'ja-JP', 'fr'),
    marketplace: fc.constantFrom(undefined, 'amazon', 'tiktok', 'mercadolibre'),
    sentiment: fc.constantFrom(calm, angry, happy),
    entities: fc.constantFrom([], tracking),
    order: fc.constantFrom(undefined, { orderId: '111-6642803-9917325', status: 'shipped' as const, promisedDeliveryDate: '2025-03-14T18:00:00Z' }, { status: 'delivered' as const, trackingUrl: 'https://track.example.com/1' }),
    variables: fc.constantFrom(undefined, { buyerName: 'Ana' }, { buyerName: 'ana@example.com', storeName: 'Casa Luna' }),
  }, { requiredKeys: ['intent', 'language', 'sentiment', 'entities'] });

  it('on the built-in library and on templates that tie, whatever the limit', () => {
    fc.assert(fc.property(input, fc.integer({ min: 0, max: 6 }), fc.boolean(), (given, limit, tied) => {
      const library = tied ? ties : builtin;
      const request = tied ? { ...given, intent: 'order_tracking' } : given;
      expect(library.suggest(request, limit)).toEqual(library.rank(request).suggestions.slice(0, limit));
    }), { numRuns: 300 });
  });
});

describe('loading templates', () => {
  it('replaces a built-in template by id and removes one with enabled: false', () => {
    const builtin = createTemplateLibrary();
    const [first] = builtin.templates;
    expect(first).toBeDefined();
    const replaced = createTemplateLibrary({ templates: [{ ...first!, text: 'Our own wording.' }, { ...builtin.templates[1]!, enabled: false }] });
    expect(replaced.templates.find((template) => template.id === first!.id)?.text).toBe('Our own wording.');
    expect(replaced.templates.some((template) => template.id === builtin.templates[1]!.id)).toBe(false);
    expect(replaced.size).toBe(builtin.size - 1);
  });

  it('rejects invalid templates with a ConfigError naming each template and field', () => {
    const attempt = (): unknown => createTemplateLibrary({
      builtinTemplates: false,
      source: 'my-templates.yaml',
      templates: [
        { id: 'ok', intents: ['order_tracking'], locale: 'en', text: 'Fine.' },
        { id: 'bad-locale', intents: ['order_tracking'], locale: 'not a locale!', text: 'x' },
        { id: 'bad-text', intents: ['order_tracking'], locale: 'en', text: 'Hi {{#name}}there' },
        { id: 'bad-variable', intents: ['order_tracking'], locale: 'en', text: '{{n}}', variables: { n: { type: 'integer' } } } as unknown as TemplateInput,
        { id: 'bad-keigo', intents: ['order_tracking'], locale: 'de', keigo: 'sonkeigo', text: 'x' },
        { id: 'ok', intents: ['order_tracking'], locale: 'en', text: 'Again.' },
      ],
    });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const configError = error as ConfigError;
      expect(configError.message).toContain('my-templates.yaml');
      expect(configError.issues.map((issue) => issue.path)).toEqual(['templates.1.locale', 'templates.2.text', 'templates.3.variables.n.type', 'templates.4.keigo', 'templates.5.id']);
      expect(configError.issues[0]?.message).toContain('`bad-locale`');
      expect(configError.issues[1]?.message).toMatch(/`bad-text`.*never closed/);
      expect(configError.issues[4]?.message).toContain('duplicate id');
    }
  });
});
