import { describe, expect, it } from 'vitest';
import { extractEntities, isLuhnValid } from './extract-entities.js';

const types = (text: string, language?: 'en' | 'es' | 'ja' | 'pt') => extractEntities(text, language ? { language } : {}).map((entity) => `${entity.type}:${entity.value}`);

describe('extractEntities', () => {
  it('finds an Amazon order number with its marketplace', () => {
    const [entity] = extractEntities('Where is my package? Order 112-4839201-5512873');
    expect(entity).toMatchObject({ type: 'order_number', value: '112-4839201-5512873', attributes: { marketplace: 'amazon' }, pii: false });
    expect(entity?.start).toBe(27);
  });

  it('finds TikTok Shop, Mercado Libre and Shopee order ids', () => {
    expect(types('pedido 2000006123456789 no llega', 'es')).toEqual(['order_number:2000006123456789']);
    expect(types('order 577321409862153001 pls')).toEqual(['order_number:577321409862153001']);
    expect(extractEntities('SN 240815K7Q2N3XB')[0]?.attributes).toEqual({ marketplace: 'shopee' });
  });

  it('finds tracking numbers and checks UPU S10 check digits', () => {
    expect(types('UPS 1Z999AA10123456784')).toEqual(['tracking_number:1Z999AA10123456784']);
    expect(types('rastreio RR123456785BR', 'pt')).toEqual(['tracking_number:RR123456785BR']);
    expect(types('rastreio RR123456784BR', 'pt')).toEqual([]); // wrong check digit
    expect(types('顺丰 SF1234567890123')).toEqual(['tracking_number:SF1234567890123']);
  });

  it('finds e-mails and phone numbers as PII', () => {
    const entities = extractEntities('write to ana.lopez@example.com or call +52 55 1234 5678', { language: 'es' });
    expect(entities.map((entity) => [entity.type, entity.pii])).toEqual([['email', true], ['phone', true]]);
    expect(entities[1]?.value).toBe('+525512345678');
  });

  it('reads national phone numbers from the language', () => {
    expect(types('mi cel 55 1234 5678', 'es')).toEqual(['phone:+525512345678']);
    expect(types('電話 090-1234-5678', 'ja')).toEqual(['phone:+819012345678']);
  });

  it('does not read an order number as a phone number', () => {
    expect(types('order 112-4839201-5512873')).toEqual(['order_number:112-4839201-5512873']);
  });

  it('finds Luhn-valid card numbers only', () => {
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('4111111111111112')).toBe(false);
    expect(types('card 4111 1111 1111 1111')).toEqual(['card_number:4111111111111111']);
    expect(types('card 4111 1111 1111 1112').some((entry) => entry.startsWith('card_number'))).toBe(false);
  });

  it('finds cards next to expiry dates, CVVs and hyphens', () => {
    for (const text of ['My card 4111 1111 1111 1111 12/25 cvv 123', 'card 4111111111111111 05 27', 'card-4111111111111111 please refund']) {
      expect(extractEntities(text).filter((entity) => entity.type === 'card_number').map((entity) => entity.value), text).toEqual(['4111111111111111']);
    }
  });

  it('reads phone numbers with no language, a site code like UK, and inside WhatsApp links', () => {
    expect(types('call me 415 555 2671')).toEqual(['phone:+14155552671']);
    expect(extractEntities('ring 020 7946 0958', { country: 'UK' })[0]?.value).toBe('+442079460958');
    expect(extractEntities('ring 020 7946 0958', { country: 'ZZ', language: 'en' })).toHaveLength(0);
    expect(types('whatsapp me: wa.me/14155552671')).toEqual(['phone:+14155552671']);
  });

  it('runs in bounded time on pathological input', () => {
    const started = performance.now();
    extractEntities('a@'.repeat(2500));
    extractEntities('1-'.repeat(2500));
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('finds URLs and money amounts', () => {
    expect(types('see https://example.com/x?y=1.')).toEqual(['url:https://example.com/x?y=1']);
    expect(types('paid R$ 120,50 and 3000円')).toEqual(['money:R$ 120,50', 'money:3000円']);
  });

  it('returns spans that do not overlap, in text order', () => {
    const entities = extractEntities('a@example.com 112-4839201-5512873 1Z999AA10123456784');
    for (let index = 1; index < entities.length; index++) expect(entities[index]!.start).toBeGreaterThanOrEqual(entities[index - 1]!.end);
    expect(entities).toHaveLength(3);
  });

  it('honours a PII policy', () => {
    const [entity] = extractEntities('112-4839201-5512873', { piiTypes: ['order_number'] });
    expect(entity?.pii).toBe(true);
  });
});
