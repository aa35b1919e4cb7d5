import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/config-error.js';
import { createReplyLinter, lintReply } from './create-reply-linter.js';
import { foldWithOffsets, originalSpan } from './fold-with-offsets.js';
import type { Entity, EntityType } from '../schemas/entity.js';
import { extractEntities } from '../stages/extract-entities.js';
import { ENTITY_SIGNALS } from './entity-signals.js';
import type { ReplyLintRule } from './reply-lint-rule.js';

describe('createReplyLinter', () => {
  it('applies the generic rules everywhere and each marketplace\'s own on top', () => {
    const text = 'Visit www.example.com 😊';
    expect(lintReply(text, { marketplace: 'amazon' }).findings.map((finding) => finding.ruleId)).toEqual(['amazon/external-link', 'amazon/emoji']);
    expect(lintReply(text, { marketplace: 'shopify' }).findings).toEqual([]);
    expect(lintReply(text).ok).toBe(true);
    expect(lintReply(text, { marketplace: 'Mercadolivre' }).findings.map((finding) => finding.ruleId)).toEqual(['mercadolibre/external-link']);
  });

  it('reports severity, span and excerpt, and ok only without errors', () => {
    const report = lintReply('Hi **there**, write to ana@example.com', { language: 'en' });
    expect(report.ok).toBe(false);
    expect(report.errors).toBe(1);
    expect(report.warnings).toBe(1);
    expect(report.findings).toEqual([
      expect.objectContaining({ ruleId: 'generic/markdown', severity: 'warning', span: { start: 3, end: 12 }, excerpt: '**there**' }),
      expect.objectContaining({ ruleId: 'generic/contact-details', severity: 'error', span: { start: 23, end: 38 }, excerpt: 'ana@example.com' }),
    ]);
  });

  it('overrides severities by finding id or rule id, and switches rules off', () => {
    const linter = createReplyLinter({ rules: { 'generic/contact-details': 'off', 'emoji': 'warning', 'amazon/review-request': 'error' } });
    expect(linter.lint('Mail ana@example.com 😊 and leave a review', { marketplace: 'amazon', language: 'en' }).findings.map((finding) => `${finding.severity}:${finding.ruleId}`))
      .toEqual(['warning:amazon/emoji', 'error:amazon/review-request']);
    expect(linter.rulesFor('amazon').find((rule) => rule.ruleId === 'amazon/emoji')?.severity).toBe('warning');
    expect(linter.rulesFor('amazon').some((rule) => rule.ruleId === 'generic/contact-details')).toBe(false);
  });

  it('runs rules of your own, for every marketplace or the ones named', () => {
    const noPrices: ReplyLintRule = {
      id: 'no-prices', description: 'Prices are confirmed by a person.',
      check: ({ text }) => [...text.matchAll(/\$\d+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length })),
    };
    const linter = createReplyLinter({ customRules: [{ rule: noPrices, severity: 'error', marketplaces: ['tiktok'] }] });
    expect(linter.lint('It costs $30.', { marketplace: 'tiktok' }).findings.map((finding) => finding.ruleId)).toEqual(['custom/no-prices']);
    expect(linter.lint('It costs $30.', { marketplace: 'amazon' }).findings).toEqual([]);
  });

  it('turns a failing rule into a finding, so nothing passes unchecked', () => {
    const broken: ReplyLintRule = { id: 'broken', description: 'Always throws.', check: () => { throw new Error('boom for ana@example.com'); } };
    const [finding] = createReplyLinter({ customRules: [{ rule: broken, severity: 'error' }] }).lint('Hello').findings;
    expect(finding).toMatchObject({ ruleId: 'custom/broken', severity: 'error' });
    expect(finding?.message).not.toContain('ana@example.com');
  });

  it('rejects invalid options with a ConfigError naming them', () => {
    expect(() => createReplyLinter({ rules: { 'amazon/emoji': 'fatal' as never } })).toThrow(ConfigError);
    expect(() => createReplyLinter({ customRules: [{ rule: { id: 'Bad Id', description: '', check: () => [] }, severity: 'error' }] })).toThrow(/customRules/);
  });

  it('checks the start of an overlong text and says it is too long', () => {
    const report = lintReply('x'.repeat(12_000) + ' lawyer');
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(['generic/too-long']);
    expect(report.findings[0]?.span).toEqual({ start: 10_000, end: 12_007 });
  });

  it('handles empty, huge and hostile text without throwing', () => {
    expect(lintReply('').ok).toBe(true);
    expect(() => lintReply('{{'.repeat(50_000) + 'a'.repeat(100_000), { marketplace: 'amazon', language: 'en' })).not.toThrow();
    expect(() => lintReply('\u0000\uFFFD\uD800 <<<>>> ((( [[[ ', { marketplace: 'tiktok' })).not.toThrow();
  });
});

describe('foldWithOffsets', () => {
  it('folds case, Latin accents and width, keeping the way back', () => {
    const text = 'ÉLAN Straße ＡＢ ภาษีนำเข้า';
    const folded = foldWithOffsets(text);
    expect(folded.text).toBe('elan strasse ab ภาษีนำเข้า');
    const start = folded.text.indexOf('strasse');
    expect(text.slice(...Object.values(originalSpan(folded, start, start + 7)) as [number, number])).toBe('Straße');
    const ab = folded.text.indexOf('ab');
    expect(originalSpan(folded, ab, ab + 2)).toEqual({ start: 12, end: 14 });
  });
});

describe('entities of given types', () => {
  const seen = (text: string, language: 'en' | 'es' | 'zh' | undefined, types?: readonly EntityType[]): readonly Entity[] => {
    let found: readonly Entity[] = [];
    const spy: ReplyLintRule = { id: 'spy', description: 'Records the entities it is given.', check: ({ entities }) => { found = entities(types); return []; } };
    createReplyLinter({ customRules: [{ rule: spy, severity: 'info' }] }).lint(text, language === undefined ? {} : { language });
    return found;
  };
  const TYPES: readonly (readonly EntityType[])[] = [['email', 'phone'], ['money'], ['phone'], ['order_number', 'tracking_number']];
  const PIECES = [
    'Your order 111-6642803-9917325 ships today.', 'Call +1 415 555 2671', 'ana@example.com', 'We refund $25.', '订单577920184736501928', '运单号SF1234567890123',
    'tracking 1Z999AA10123456784', 'el 12 de marzo', '4111 1111 1111 1111', 'WhatsApp: +52 55 1234 5678', '20 €', 'Rp50.000', '  ', '.', 'x',
    'ana＠example.com', '電話０９０－１２３４－５６７８', 'โทร ๐๘๑-๒๓๔-๕๖๗๘', 'wa.me/5491112345678', '555-2671', '(415) 555', '@', '12 34 56',
  ];

  it('are the full extraction\'s entities of those types, in order', () => {
    for (const text of [...PIECES, PIECES.join(' '), 'Gracias por su compra.']) {
      for (const language of ['en', 'es', 'zh', undefined] as const) {
        const all = seen(text, language);
        for (const types of TYPES) expect(seen(text, language, types)).toEqual(all.filter((entity) => types.includes(entity.type)));
      }
    }
  });

  it('agree with the full extraction on generated replies', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 6 }), fc.constantFrom(...TYPES), (parts, types) => {
      const text = parts.join(' ');
      expect(seen(text, 'en', types)).toEqual(seen(text, 'en').filter((entity) => types.includes(entity.type)));
    }), { numRuns: 150 });
  });
});

describe('foldWithOffsets agrees with folding one character at a time', () => {
  // The straightforward fold: every code point on its own, as the string iterator yields them.
  const reference = (text: string): { text: string; offsets: number[] } => {
    let folded = '';
    const offsets: number[] = [];
    let index = 0;
    for (const char of text) {
      let piece = (/[\u3000\uff00-\uffef]/.test(char) ? char.normalize('NFKC') : char).toLowerCase();
      if (/\p{Script=Latin}/u.test(piece)) piece = piece.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss');
      for (let unit = 0; unit < piece.length; unit++) offsets.push(index);
      folded += piece;
      index += char.length;
    }
    offsets.push(text.length);
    return { text: folded, offsets };
  };
  const PIECES = ['ÉLAN', 'Straße', 'ＡＢ１２', 'ｶﾀｶﾅ', 'ภาษีนำเข้า', 'İstanbul', 'ǅ', '😀', '\uD800', '\uDC00x', 'Ñuñoa', '　', 'ﬁ', 'Ὀδυσσεύς', 'ΣΑΣ', '返金', 'e\u0301'];

  it('on table cases and generated text', () => {
    for (const text of ['', ...PIECES, PIECES.join(' ')]) expect(foldWithOffsets(text)).toEqual(reference(text));
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ maxLength: 8 })), { maxLength: 8 }), (parts) => {
      const text = parts.join('');
      expect(foldWithOffsets(text)).toEqual(reference(text));
    }), { numRuns: 500 });
  });
});

describe('ENTITY_SIGNALS', () => {
  const PIECES = ['ana@example.com', 'ana＠example.com', '+1 415 555 2671', '+683 4002', '+290 22222', '+376 712 345', '０９０－１２３４－５６７８', '๐๘๑-๒๓๔-๕๖๗๘', '555-2671', '(415) 555', '1', '23', '456', '@', '＠', '.com', ' ', 'x', 'ext. 12', '-', '+'];

  it('never says no where the entity stage finds an entity of the type', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 10 }), fc.constantFrom('en', 'ja', 'th', 'pt', undefined), (parts, language) => {
      const text = parts.join('');
      const found = new Set(extractEntities(text, language === undefined ? {} : { language }).map((entity) => entity.type));
      for (const [type, signal] of Object.entries(ENTITY_SIGNALS)) if (found.has(type)) expect(signal?.(text)).toBe(true);
    }), { numRuns: 400 });
  });
});
