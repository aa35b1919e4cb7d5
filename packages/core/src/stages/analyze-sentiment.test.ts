import { describe, expect, it } from 'vitest';
import { analyzeSentiment } from './analyze-sentiment.js';

describe('analyzeSentiment', () => {
  it.each([
    ['This is the worst seller, terrible and broken', 'en', 'negative'],
    ['Arrived fast, love it, thank you!', 'en', 'positive'],
    ['Where is my order?', 'en', 'neutral'],
    ['pésimo servicio, estoy muy molesto', 'es', 'negative'],
    ['amei, chegou super rápido, obrigada', 'pt', 'positive'],
    ['最悪です。壊れていました', 'ja', 'negative'],
    ['非常满意，谢谢', 'zh', 'positive'],
    ['barang rusak, kecewa banget', 'id', 'negative'],
    ['ของสวยมาก ขอบคุณค่ะ ประทับใจ', 'th', 'positive'],
  ] as const)('%j (%s) is %s', (text, language, label) => {
    expect(analyzeSentiment(text, language).label).toBe(label);
  });

  it('matches Thai words with ำ after NFKC normalization (the pipeline normalizes first)', () => {
    expect(analyzeSentiment('รำคาญมาก'.normalize('NFKC'), 'th').label).toBe('negative');
  });

  it('handles negation', () => {
    expect(analyzeSentiment('I am not happy with this', 'en').label).toBe('negative');
    expect(analyzeSentiment('no es bueno', 'es').label).toBe('negative');
  });

  it('raises anger for shouting, repeated punctuation and angry emoji', () => {
    const calm = analyzeSentiment('the item is broken', 'en');
    const angry = analyzeSentiment('THE ITEM IS BROKEN!!! 😡', 'en');
    expect(angry.anger).toBeGreaterThan(calm.anger);
    expect(angry.anger).toBeGreaterThanOrEqual(0.5);
    expect(angry.signals).toEqual(expect.arrayContaining(['all_caps', 'repeated_punctuation', 'angry_emoji']));
  });

  it('stays neutral on unreadable input', () => {
    expect(analyzeSentiment('', 'und')).toMatchObject({ label: 'neutral', score: 0, anger: 0 });
  });
});
