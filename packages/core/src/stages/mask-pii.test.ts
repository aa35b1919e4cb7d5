import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.js';
import { maskPii, redactEntities, unmaskPii } from './mask-pii.js';

describe('maskPii / unmaskPii', () => {
  it('masks e-mails, phones, cards, national ids and addresses but keeps order numbers', () => {
    const text = 'Order 112-4839201-5512873: mail me at ana@example.com, +1 415 555 2671, card 4111 1111 1111 1111, CPF 529.982.247-25, 1600 Pennsylvania Avenue';
    const masked = maskPii(text, extractEntities(text));
    expect(masked.text).toBe('Order 112-4839201-5512873: mail me at [EMAIL_1], [PHONE_1], card [CARD_1], CPF [ID_1], [ADDRESS_1]');
    expect(masked.count).toBe(5);
    expect(unmaskPii(masked.text, masked.vault)).toBe(text);
  });

  it('round-trips text that already contains a placeholder-like token', () => {
    const text = '[EMAIL_1] is literal; mine is a@example.com';
    const masked = maskPii(text, extractEntities(text));
    expect(masked.text).toBe('[EMAIL_1] is literal; mine is [EMAIL_2]');
    expect(unmaskPii(masked.text, masked.vault)).toBe(text);
  });

  it('numbers repeated types and unmasks from entities that carry their placeholder', () => {
    const text = 'a@example.com b@example.com';
    const entities = extractEntities(text);
    const masked = maskPii(text, entities);
    expect(masked.text).toBe('[EMAIL_1] [EMAIL_2]');
    const labelled = entities.map((entity) => ({ ...entity, placeholder: masked.placeholders.get(entity) }));
    expect(unmaskPii('write to [EMAIL_2]', labelled)).toBe('write to b@example.com');
  });

  it('names placeholders of custom types safely and skips overlapping or out-of-range entities', () => {
    const text = 'id X-42 and more';
    const masked = maskPii(text, [
      { type: 'loyalty-card', text: 'X-42', start: 3, end: 7, value: 'X-42', pii: true },
      { type: 'email', text: '-42 a', start: 5, end: 10, value: '', pii: true },
      { type: 'email', text: '', start: 40, end: 50, value: '', pii: true },
    ]);
    expect(masked.text).toBe('id [LOYALTY_CARD_1] and more');
    expect(unmaskPii(masked.text, masked.vault)).toBe(text);
  });

  it('leaves text without PII untouched', () => {
    expect(maskPii('hello', [])).toEqual({ text: 'hello', vault: new Map(), count: 0, placeholders: new Map() });
  });

  it('redacts personal data in entities meant for logs and events', () => {
    const text = 'Order 112-4839201-5512873, ana@example.com';
    const entities = extractEntities(text);
    const masked = maskPii(text, entities);
    const redacted = redactEntities(entities.map((entity) => ({ ...entity, placeholder: masked.placeholders.get(entity) })));
    expect(redacted.map((entity) => [entity.type, entity.text, entity.value])).toEqual([
      ['order_number', '112-4839201-5512873', '112-4839201-5512873'],
      ['email', '[EMAIL_1]', '[EMAIL_1]'],
    ]);
    expect(JSON.stringify(redactEntities(entities))).not.toContain('ana@');
  });
});

// Property tests: random text in many scripts with personal data planted in it.
const FILLER_PIECES = [
  'hola', 'pedido', 'order', 'bitte', 'merci', 'obrigado', 'kapan', '注文', '订单', 'です', '谢谢', 'ครับ', 'ส่งของ', '😡', '🙏🏽', '👍',
  'ＡＢＣ', '１２', '！', '？？', '、', '。', ' ', ' ', '\n', '.', ',', '-', '#', '@', '7', '42', '2026', '[EMAIL_1]', '[PHONE_2]', '[CARD_1]', 'é', 'ß',
];
const filler = fc.array(fc.oneof(fc.constantFrom(...FILLER_PIECES), fc.string({ maxLength: 4, unit: 'grapheme' })), { maxLength: 8 }).map((parts) => parts.join(''));
const SEPARATORS = [' ', '\n', ' : ', '，', '。', ' (', ') ', '、'];

const toFullWidth = (text: string): string => text.replace(/[0-9+-]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
const localPart = fc.stringMatching(/^[a-z0-9](?:[a-z0-9._+-]{0,14}[a-z0-9])?$/).filter((local) => !local.includes('..'));
const domain = fc.tuple(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.constantFrom('com', 'mx', 'com.br', 'co.jp', 'cn', 'co.id', 'co.th', 'de', 'fr'));
const email = fc.tuple(localPart, domain).map(([local, [name, tld]]) => `${local}@${name}.${tld}`);
const PHONES = ['+1 415 555 2671', '+52 55 1234 5678', '+55 11 98765-4321', '+81 90-1234-5678', '+86 138 0013 8000', '+62 812-3456-7890', '+66 81 234 5678', '+49 30 901820', '+33 6 12 34 56 78', '+34 612 34 56 78', '+44 20 7946 0958'];
const CARDS = ['4111 1111 1111 1111', '4111111111111111', '5555-5555-5555-4444', '3782 822463 10005', '6011 1111 1111 1117', '3530 1113 3330 0000', '6200 0000 0000 0005', '2223 0000 4841 0010'];
const planted = fc.oneof(
  email.map((value) => ({ kind: 'email', value })),
  fc.tuple(fc.constantFrom(...PHONES), fc.boolean()).map(([value, wide]) => ({ kind: 'phone', value: wide ? toFullWidth(value) : value })),
  fc.tuple(fc.constantFrom(...CARDS), fc.boolean()).map(([value, wide]) => ({ kind: 'card', value: wide ? toFullWidth(value) : value })),
);
const message = fc.array(fc.tuple(filler, fc.constantFrom(...SEPARATORS), planted, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 4 }).chain((segments) =>
  filler.map((tail) => {
    let text = '';
    const spans: { start: number; end: number; kind: string; value: string }[] = [];
    for (const [before, open, secret, close] of segments) {
      text += before + open;
      spans.push({ start: text.length, end: text.length + secret.value.length, ...secret });
      text += secret.value + close;
    }
    return { text: text + tail, spans };
  }),
);

describe('masking properties (fast-check)', () => {
  it('no planted e-mail, phone or card survives masking', () => {
    fc.assert(
      fc.property(message, ({ text, spans }) => {
        const entities = extractEntities(text);
        const masked = maskPii(text, entities);
        for (const span of spans) {
          const covered = entities.some((entity) => entity.pii && entity.start <= span.start && entity.end >= span.end);
          expect(covered, `${span.kind} ${span.value} in ${JSON.stringify(text)}`).toBe(true);
          expect(masked.text.includes(span.value)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('masking then unmasking gives the input back, for any text', () => {
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), message.map(({ text }) => text));
    fc.assert(
      fc.property(anyText, (text) => {
        const masked = maskPii(text, extractEntities(text));
        expect(unmaskPii(masked.text, masked.vault)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
