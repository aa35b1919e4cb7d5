import { describe, expect, it } from 'vitest';
import { assessUrgency, computePriority } from './assess-urgency.js';
import type { Conversation } from '../schemas/conversation.js';

const now = new Date('2026-11-20T12:00:00Z');
const buyer = (id: string, createdAt: string) => ({ id, conversationId: 'c', marketplace: 'amazon', direction: 'inbound' as const, sender: { role: 'buyer' as const }, text: 'hi', createdAt, attachments: [] });

describe('assessUrgency', () => {
  it('is low for a plain low-risk question', () => {
    expect(assessUrgency({ text: 'what colours do you have', language: 'en', risk: 'low', now }).level).toBe('low');
  });

  it('counts deadline words in each language', () => {
    expect(assessUrgency({ text: 'I need it today please', language: 'en', risk: 'low', now }).reasons).toContain('deadline_word:today');
    expect(assessUrgency({ text: '至急確認してください', language: 'ja', risk: 'low', now }).reasons).toContain('deadline_word:至急');
    expect(assessUrgency({ text: 'es URGENTE', language: 'es', risk: 'low', now }).reasons).toContain('deadline_word:urgente');
  });

  it('adds repeated follow-ups and a missed promised delivery date', () => {
    const conversation: Conversation = {
      id: 'c', marketplace: 'amazon',
      messages: [buyer('1', '2026-11-19T13:00:00Z'), buyer('2', '2026-11-20T08:00:00Z'), buyer('3', '2026-11-20T11:00:00Z')],
      order: { promisedDeliveryDate: '2026-11-15T00:00:00Z' },
    };
    const urgency = assessUrgency({ text: 'hello?', language: 'en', risk: 'medium', conversation, now });
    expect(urgency.level).toBe('high');
    expect(urgency.reasons).toEqual(expect.arrayContaining(['follow_ups:3', 'past_promised_delivery:5d', 'risk:medium']));
  });
});

describe('computePriority', () => {
  const neutral = { label: 'neutral' as const, score: 0, anger: 0, signals: [] };
  const furious = { label: 'negative' as const, score: -0.9, anger: 0.8, signals: [] };
  it('ranks critical, angry and urgent first', () => {
    expect(computePriority('critical', furious, { level: 'high', score: 1, reasons: [] })).toBe('P1');
    expect(computePriority('high', neutral, { level: 'normal', score: 0.4, reasons: [] })).toBe('P2');
    expect(computePriority('medium', neutral, { level: 'low', score: 0.1, reasons: [] })).toBe('P3');
    expect(computePriority('low', neutral, { level: 'low', score: 0, reasons: [] })).toBe('P4');
  });
});
