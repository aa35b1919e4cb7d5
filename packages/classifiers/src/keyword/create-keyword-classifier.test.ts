import { describe, expect, it } from 'vitest';
import { BUILTIN_TAXONOMY, ConfigError, type ClassifierOutput } from '@lianxing/core';
import { createKeywordClassifier } from './create-keyword-classifier.js';

const context = { taxonomy: BUILTIN_TAXONOMY };
const keyword = createKeywordClassifier({
  builtin: false,
  lexicons: {
    en: { refund_request: [['refund', 2], ['money back', 2]], order_tracking: ['where is my order', ['tracking', 1.5]], product_defect: ['broken', 'does not work'] },
    es: { invoice_request: [['factura', 3], 'cfdi'], refund_request: [['reembols*', 2], 'devolucion del dinero'] },
    pt: { return_request: [['devolucao', 2]] },
    ja: { return_request: [['返品', 3]], order_tracking: [['届かない', 1], ['届いていない', 2]] },
    zh: { invoice_request: [['发票', 3], ['發票', 3]] },
    th: { delivery_problem: [['ยังไม่ได้รับ', 2]], invoice_request: [['ใบกำกับภาษี', 3]] },
  },
});
const classify = (text: string, language: Parameters<typeof keyword.classify>[0]['language']) => keyword.classify({ text, language }, context) as Awaited<ReturnType<typeof keyword.classify>>;

describe('keyword classifier', () => {
  it('matches whole words and phrases, explaining the match', () => {
    const output = classify('Where is my order? I want my money back', 'en');
    expect(output.predictions.map((prediction) => prediction.intent)).toEqual(['refund_request', 'order_tracking']);
    expect(output.predictions[0]?.evidence?.map((item) => item.term)).toEqual(['money back']);
  });

  it('does not match inside other words', () => {
    expect(classify('unbrokenness', 'en').predictions).toEqual([]);
  });

  it('tolerates typos with Levenshtein distance (5+ letters) and folds accents', () => {
    expect(classify('I want a refnd', 'en').predictions[0]).toMatchObject({ intent: 'refund_request', evidence: [{ term: 'refund~' }] });
    expect(classify('quiero mi fatcura', 'es').predictions[0]?.intent).toBe('invoice_request');
    expect(classify('quero fazer a devolução', 'pt').predictions[0]?.intent).toBe('return_request');
    expect(classify('DEVOLUCAO', 'pt').predictions[0]?.intent).toBe('return_request');
  });

  it('matches stems', () => {
    expect(classify('me pueden reembolsar', 'es').predictions[0]?.intent).toBe('refund_request');
    expect(classify('rembolso ya', 'es').predictions[0]?.intent).toBe('refund_request');
  });

  it('matches substrings in Chinese, Japanese and Thai, longer entries first', () => {
    expect(classify('返品したいです', 'ja').predictions[0]?.intent).toBe('return_request');
    expect(classify('まだ届いていないです', 'ja').predictions[0]?.evidence?.map((item) => item.term)).toEqual(['届いていない']);
    expect(classify('請開發票', 'zh').predictions[0]?.intent).toBe('invoice_request');
    expect(classify('ยังไม่ได้รับของเลยค่ะ', 'th').predictions[0]?.intent).toBe('delivery_problem');
    // ำ is split by NFKC: raw and normalized text both match.
    expect(classify('ขอใบกำกับภาษีค่ะ', 'th').predictions[0]?.intent).toBe('invoice_request');
    expect(classify('ขอใบกำกับภาษีค่ะ'.normalize('NFKC'), 'th').predictions[0]?.intent).toBe('invoice_request');
  });

  it('mixes in English cues for other languages at a lower weight', () => {
    const mixed = classify('hola, quiero un refund', 'es').predictions[0];
    const english = classify('I want a refund', 'en').predictions[0];
    expect(mixed?.intent).toBe('refund_request');
    expect(mixed!.score).toBeLessThan(english!.score);
  });

  it('tries every lexicon when the language is unknown', () => {
    expect(classify('factura', 'und').predictions[0]?.intent).toBe('invoice_request');
  });

  it('gives probabilities that grow with evidence and abstains without any', () => {
    const one = classify('refund', 'en').predictions[0]!.score;
    const two = classify('refund, money back', 'en').predictions[0]!.score;
    expect(two).toBeGreaterThan(one);
    expect(one).toBeLessThan(1);
    expect(classify('hello there', 'en').predictions).toEqual([]);
  });

  it('ignores lexicon intents the taxonomy does not have', () => {
    const custom = createKeywordClassifier({ builtin: false, lexicons: { en: { warranty: ['warranty'] } } });
    expect((custom.classify({ text: 'warranty', language: 'en' }, context) as { predictions: unknown[] }).predictions).toEqual([]);
  });

  it('rejects invalid options naming the field', () => {
    expect(() => createKeywordClassifier({ sharpness: -1 })).toThrow(ConfigError);
    expect(() => createKeywordClassifier({ lexicons: { en: { refund_request: [['refund', 9]] } } })).toThrow(/lexicons\.en\.refund_request/);
  });
});

describe('keyword classifier: French elisions', () => {
  it('matches a word after an elided article or pronoun', () => {
    const french = createKeywordClassifier({ builtin: false, lexicons: { fr: { address_change: [['adresse', 2]], order_cancel: [['annuler', 2]] } } });
    const top = (text: string) => (french.classify({ text, language: 'fr' }, { taxonomy: BUILTIN_TAXONOMY }) as ClassifierOutput).predictions[0]?.intent;
    expect(top("je veux changer l'adresse")).toBe('address_change');
    expect(top("est-ce possible d'annuler ?")).toBe('order_cancel');
  });
});
