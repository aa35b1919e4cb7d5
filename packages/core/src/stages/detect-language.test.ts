import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';

describe('detectLanguage', () => {
  it.each([
    ['Where is my package? It was supposed to arrive on Monday.', 'en'],
    ['quiero mi factura por favor', 'es'],
    ['¿Dónde está mi pedido? Ya pasaron dos semanas', 'es'],
    ['cadê meu pedido? já faz 10 dias', 'pt'],
    ['Bonjour, je n\'ai toujours pas reçu mon colis', 'fr'],
    ['Wo ist mein Paket? Ich warte seit einer Woche.', 'de'],
    ['barang rusak kak, gimana ini', 'id'],
    ['返品したいです', 'ja'],
    ['我的快递到哪里了', 'zh'],
    ['我的包裹什麼時候會到？', 'zh'],
    ['พัสดุยังไม่มาถึงค่ะ', 'th'],
  ])('detects %j as %s', (text, expected) => {
    expect(detectLanguage(text).code).toBe(expected);
  });

  it('settles very short CJK and Thai text by script', () => {
    expect(detectLanguage('返品').code).toBe('zh'); // kanji only: Chinese reading is the safer default
    expect(detectLanguage('へんぴん').code).toBe('ja');
    expect(detectLanguage('ด่วน').code).toBe('th');
    expect(detectLanguage('ด่วน').source).toBe('script');
  });

  it('uses cue words on short Latin text', () => {
    expect(detectLanguage('hola').code).toBe('es');
    expect(detectLanguage('obrigado').code).toBe('pt');
    expect(detectLanguage('danke').code).toBe('de');
  });

  it('lets a caller-given language win, including BCP 47 tags', () => {
    expect(detectLanguage('ok', { hint: 'pt-BR' })).toEqual({ code: 'pt', confidence: 1, source: 'caller' });
  });

  it('ignores an unsupported hint and detects instead', () => {
    expect(detectLanguage('Wo ist mein Paket?', { hint: 'ko' }).code).toBe('de');
  });

  it('answers und for text with no letters or unsupported scripts', () => {
    expect(detectLanguage('').code).toBe('und');
    expect(detectLanguage('😡😡😡').code).toBe('und');
    expect(detectLanguage('112-4839201-5512873').code).toBe('und');
    expect(detectLanguage('배송이 언제 되나요?').code).toBe('und');
    expect(detectLanguage('Где мой заказ?').code).toBe('und');
  });

  it('runs in bounded time on pathological input (no regex backtracking)', () => {
    const started = performance.now();
    detectLanguage('a@'.repeat(2500));
    detectLanguage('a@b'.repeat(1666));
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('answers und for a lone ambiguous word', () => {
    expect(detectLanguage('ok').code).toBe('und');
  });
});
