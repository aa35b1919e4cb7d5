import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.js';
import { maskPii, unmaskPii } from './mask-pii.js';

describe('maskPii / unmaskPii', () => {
  it('masks e-mails, phones and cards but keeps order numbers', () => {
    const text = 'Order 112-4839201-5512873: mail me at ana@example.com, +1 415 555 2671, card 4111 1111 1111 1111';
    const masked = maskPii(text, extractEntities(text));
    expect(masked.text).toBe('Order 112-4839201-5512873: mail me at [EMAIL_1], [PHONE_1], card [CARD_1]');
    expect(masked.count).toBe(3);
    expect(unmaskPii(masked.text, masked.vault)).toBe(text);
  });

  it('round-trips text that already contains a placeholder-like token', () => {
    const text = '[EMAIL_1] is literal; mine is a@example.com';
    const masked = maskPii(text, extractEntities(text));
    expect(masked.text).toBe('[EMAIL_1] is literal; mine is [EMAIL_2]');
    expect(unmaskPii(masked.text, masked.vault)).toBe(text);
  });

  it('numbers repeated types', () => {
    const text = 'a@example.com b@example.com';
    expect(maskPii(text, extractEntities(text)).text).toBe('[EMAIL_1] [EMAIL_2]');
  });

  it('leaves text without PII untouched', () => {
    const masked = maskPii('hello', []);
    expect(masked).toEqual({ text: 'hello', vault: new Map(), count: 0, placeholders: new Map() });
  });
});
