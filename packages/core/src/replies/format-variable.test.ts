import { describe, expect, it } from 'vitest';
import { collectVariables } from './collect-variables.js';
import { desiredTone, toneFit } from './desired-tone.js';
import { formatVariable } from './format-variable.js';
import { withSpeaker } from './thai-speaker.js';

describe('formatVariable', () => {
  it('writes numbers and dates the locale\'s way', () => {
    expect(formatVariable('1234.5', { type: 'number' }, { locale: 'de' })).toBe('1.234,5');
    expect(formatVariable('2026-05-03', { type: 'date', dateStyle: 'long' }, { locale: 'es-MX' })).toBe('3 de mayo de 2026');
    expect(formatVariable('2026-05-03', { type: 'date', dateStyle: 'long' }, { locale: 'th' })).toBe('3 พฤษภาคม 2569');
    expect(formatVariable('2026-05-03T23:30:00Z', { type: 'date', dateStyle: 'short' }, { locale: 'en-US', timeZone: 'Asia/Tokyo' })).toBe('5/4/26');
  });

  it('refuses values that do not fit, are empty or hold template braces', () => {
    expect(formatVariable('twelve', { type: 'number' }, { locale: 'en' })).toBeUndefined();
    expect(formatVariable('2026-02-30', { type: 'date' }, { locale: 'en' })).toBeUndefined();
    expect(formatVariable('   ', { type: 'string' }, { locale: 'en' })).toBeUndefined();
    expect(formatVariable('{{orderId}}', { type: 'string' }, { locale: 'en' })).toBeUndefined();
    expect(formatVariable('x'.repeat(65), { type: 'string', maxLength: 64 }, { locale: 'en' })).toBeUndefined();
    expect(formatVariable('ABC', { type: 'string', pattern: '^\\d+$' }, { locale: 'en' })).toBeUndefined();
    expect(formatVariable('line\nbreak\u0007', { type: 'string' }, { locale: 'en' })).toBe('line break');
  });
});

describe('collectVariables', () => {
  it('takes order and tracking numbers from entities, never personal data, and lets the order and caller win', () => {
    const entities = [
      { type: 'email', text: 'a@b.co', value: 'a@b.co', start: 0, end: 6, pii: true },
      { type: 'order_number', text: '112-4839201-5512873', value: '112-4839201-5512873', start: 10, end: 29, pii: false },
      { type: 'tracking_number', text: '1Z999AA10123456784', value: '1Z999AA10123456784', start: 30, end: 48, pii: false, attributes: { carrier: 'ups' } },
    ];
    expect(collectVariables({ entities })).toEqual({ orderId: '112-4839201-5512873', trackingNumber: '1Z999AA10123456784', carrier: 'UPS' });
    expect(collectVariables({ entities, order: { trackingNumber: 'SF1234567890123', status: 'shipped' }, variables: { buyerName: 'Ana', orderId: 'MINE' } }))
      .toEqual({ orderId: 'MINE', trackingNumber: 'SF1234567890123', orderStatus: 'shipped', buyerName: 'Ana' });
  });
});

describe('desiredTone', () => {
  const sentiment = (label: 'negative' | 'neutral' | 'positive', anger = 0) => ({ label, score: 0, anger, signals: [] });
  it('is apologetic for anger and problem reports, friendly for happy buyers, formal where the language expects it', () => {
    expect(desiredTone(sentiment('neutral', 0.6), 'en').because).toBe('anger');
    expect(desiredTone(sentiment('negative'), 'en').tone).toBe('apologetic');
    expect(desiredTone(sentiment('neutral'), 'en', {}, 'product_defect')).toMatchObject({ tone: 'apologetic', because: 'intent:product_defect' });
    expect(desiredTone(sentiment('positive'), 'ja')).toMatchObject({ tone: 'friendly', keigo: 'teineigo' });
    expect(desiredTone(sentiment('positive'), 'es', {}, 'delivery_problem').tone).toBe('apologetic');
    expect(desiredTone(sentiment('neutral'), 'de').tone).toBe('formal');
    expect(desiredTone(sentiment('neutral'), 'ja').keigo).toBe('sonkeigo');
    expect(desiredTone(sentiment('negative'), 'en', { tone: 'formal' })).toMatchObject({ tone: 'formal', because: 'preference' });
    expect(toneFit('apologetic', 'apologetic')).toBeGreaterThan(toneFit('apologetic', 'formal'));
  });
});

describe('withSpeaker', () => {
  it('turns the Thai female particles into ครับ for a male speaker, and leaves words alone', () => {
    expect(withSpeaker('ได้เลยค่ะ ส่งให้นะคะ มีไซส์ไหนคะ', 'th', 'male')).toBe('ได้เลยครับ ส่งให้นะครับ มีไซส์ไหนครับ');
    expect(withSpeaker('คะแนนดีค่ะ', 'th-TH', 'male')).toBe('คะแนนดีครับ');
    expect(withSpeaker('ได้เลยค่ะ', 'th', 'female')).toBe('ได้เลยค่ะ');
    expect(withSpeaker('ค่ะ', 'en', 'male')).toBe('ค่ะ');
  });
});
