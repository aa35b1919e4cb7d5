import { describe, expect, it } from 'vitest';
import type { Conversation } from '../schemas/conversation.js';
import type { UrgencyReason } from '../schemas/sentiment.js';
import { assessUrgency } from './assess-urgency.js';

const now = new Date('2026-11-20T12:00:00Z');
const message = (id: string, role: 'buyer' | 'seller', createdAt: string) => ({
  id, conversationId: 'c', marketplace: 'amazon', direction: role === 'buyer' ? ('inbound' as const) : ('outbound' as const), sender: { role }, text: 'hi', createdAt, attachments: [],
});
const codes = (reasons: readonly UrgencyReason[]): string[] => reasons.map((reason) => reason.code);

describe('assessUrgency', () => {
  it('is low for a plain low-risk question', () => {
    expect(assessUrgency({ text: 'what colours do you have', language: 'en', risk: 'low', now })).toEqual({ level: 'low', score: 0, reasons: [] });
  });

  it.each([
    ['This is urgent, please answer', 'en', 'urgent'], ['Es urgente, por favor', 'es', 'urgente'], ['Preciso com urgência', 'pt', 'urgencia'],
    ['C’est urgent, merci', 'fr', 'urgent'], ['Bitte sofort prüfen', 'de', 'sofort*'], ['至急確認してください', 'ja', '至急'], ['急用，请尽快发货', 'zh', '急用'],
    ['Tolong segera dikirim', 'id', 'segera'], ['ด่วนค่ะ ส่งให้หน่อย', 'th', 'ด่วน'],
  ] as const)('finds the urgent word in %j (%s)', (text, language, term) => {
    const urgency = assessUrgency({ text, language: language, risk: 'low', now });
    expect(urgency.reasons).toContainEqual({ code: 'urgent_word', term });
    expect(urgency.level).toBe('normal');
  });

  it.each([
    ['I need it today', 'en', 'today'], ['Lo necesito hoy', 'es', 'hoy'], ['Preciso para hoje', 'pt', 'hoje'], ["J'en ai besoin aujourd'hui", 'fr', "aujourd'hui"],
    ['Ich brauche es heute', 'de', 'heute'], ['明日までに必要です', 'ja', '明日まで'], ['今天能到吗', 'zh', '今天'], ['Bisa sampai hari ini?', 'id', 'hari ini'],
    ['ต้องใช้พรุ่งนี้ค่ะ', 'th', 'พรุ่งนี้'],
  ] as const)('finds the deadline in %j (%s)', (text, language, term) => {
    expect(assessUrgency({ text, language: language, risk: 'low', now }).reasons).toContainEqual({ code: 'deadline_word', term });
  });

  it('adds up urgent and deadline words to high', () => {
    expect(assessUrgency({ text: 'URGENT: I need it today!', language: 'en', risk: 'low', now }).level).toBe('high');
  });

  it.each([
    ['No rush, whenever you can', 'en'], ['Sin prisa, cuando puedan', 'es'], ['Sem pressa, obrigado', 'pt'], ["Ce n'est pas urgent", 'fr'],
    ['Keine Eile, danke', 'de'], ['急ぎではないです', 'ja'], ['不着急，慢慢来', 'zh'], ['Gak buru-buru kok', 'id'], ['ไม่รีบค่ะ', 'th'],
  ] as const)('ignores a negated urgent word in %j (%s)', (text, language) => {
    expect(codes(assessUrgency({ text, language: language, risk: 'low', now }).reasons)).not.toContain('urgent_word');
  });

  it.each([
    ['This is the third time I am writing', 'en'], ['Ya es la tercera vez que pregunto', 'es'], ['Já perguntei várias vezes', 'pt'], ['Je vous relance encore une fois', 'fr'],
    ['Ich schreibe zum dritten Mal', 'de'], ['何度も問い合わせています', 'ja'], ['这是第三次问了', 'zh'], ['Udah tiga kali saya chat', 'id'], ['ทักมาหลายรอบแล้ว', 'th'],
  ] as const)('hears a follow-up in %j (%s)', (text, language) => {
    expect(codes(assessUrgency({ text, language: language, risk: 'low', now }).reasons)).toContain('follow_up_words');
  });

  it('counts buyer messages since the seller last answered', () => {
    const conversation: Conversation = {
      id: 'c', marketplace: 'amazon',
      messages: [message('1', 'buyer', '2026-11-18T10:00:00Z'), message('2', 'seller', '2026-11-18T12:00:00Z'), message('3', 'buyer', '2026-11-19T13:00:00Z'), message('4', 'buyer', '2026-11-20T08:00:00Z'), message('5', 'buyer', '2026-11-20T11:00:00Z')],
    };
    expect(assessUrgency({ text: 'hello?', language: 'en', risk: 'low', conversation, now }).reasons).toContainEqual({ code: 'unanswered_messages', count: 3 });
    const answered = { ...conversation, messages: [...conversation.messages, message('6', 'seller', '2026-11-20T11:30:00Z')] };
    expect(codes(assessUrgency({ text: 'hello?', language: 'en', risk: 'low', conversation: answered, now }).reasons)).not.toContain('unanswered_messages');
  });

  it('measures an undelivered order against its promised dates', () => {
    const late = assessUrgency({ text: 'hello', language: 'en', risk: 'medium', order: { promisedDeliveryDate: '2026-11-12T00:00:00Z', status: 'in_transit' }, now });
    expect(late.reasons).toEqual([{ code: 'intent_risk', risk: 'medium' }, { code: 'past_promised_delivery', days: 8 }]);
    expect(late.level).toBe('normal');
    const delivered = assessUrgency({ text: 'hello', language: 'en', risk: 'low', order: { promisedDeliveryDate: '2026-11-12T00:00:00Z', actualDeliveryDate: '2026-11-11T00:00:00Z' }, now });
    expect(delivered.reasons).toEqual([]);
    const notShipped = assessUrgency({ text: 'hello', language: 'en', risk: 'low', order: { promisedShipDate: '2026-11-18T00:00:00Z', status: 'unshipped' }, now });
    expect(notShipped.reasons).toEqual([{ code: 'past_promised_ship', days: 2 }]);
    const old = assessUrgency({ text: 'hello', language: 'en', risk: 'low', order: { orderedAt: '2026-10-01T00:00:00Z', status: 'shipped' }, now });
    expect(old.reasons).toEqual([{ code: 'order_age', days: 50 }]);
    const fresh = assessUrgency({ text: 'hello', language: 'en', risk: 'low', order: { orderedAt: '2026-11-15T00:00:00Z' }, now });
    expect(fresh.reasons).toEqual([]);
  });

  it('reads the order from the conversation when none is given', () => {
    const conversation: Conversation = { id: 'c', marketplace: 'amazon', messages: [], order: { promisedDeliveryDate: '2026-11-19T00:00:00Z' } };
    expect(codes(assessUrgency({ text: 'hello', language: 'en', risk: 'low', conversation, now }).reasons)).toEqual(['past_promised_delivery']);
  });

  it('adds the intent risk and caps the score at 1', () => {
    expect(assessUrgency({ text: 'hi', language: 'en', risk: 'critical', now }).reasons).toEqual([{ code: 'intent_risk', risk: 'critical' }]);
    const everything = assessUrgency({
      text: 'URGENT third time, need it today', language: 'en', risk: 'critical', now,
      order: { promisedDeliveryDate: '2026-11-01T00:00:00Z' },
      conversation: { id: 'c', marketplace: 'amazon', messages: [message('1', 'buyer', '2026-11-19T00:00:00Z'), message('2', 'buyer', '2026-11-19T01:00:00Z'), message('3', 'buyer', '2026-11-19T02:00:00Z'), message('4', 'buyer', '2026-11-19T03:00:00Z')] },
    });
    expect(everything).toMatchObject({ level: 'high', score: 1 });
  });

  it('survives unreadable dates and unknown languages', () => {
    expect(assessUrgency({ text: '至急', language: 'und', risk: undefined, order: { promisedDeliveryDate: 'not a date' }, now })).toEqual({ level: 'low', score: 0, reasons: [] });
  });
});
