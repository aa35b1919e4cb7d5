import { describe, expect, it } from 'vitest';
import { createReplyLinter } from '../compliance/create-reply-linter.js';
import { SUPPORTED_LANGUAGES, type SupportedLanguage } from '../languages.js';
import { KNOWN_VARIABLES } from '../replies/known-variables.js';
import { parseTemplates } from '../replies/parse-templates.js';
import { renderText } from '../replies/render-text.js';
import { parseTemplateText } from '../replies/template-text.js';
import { BUILTIN_INTENTS } from '../taxonomy/builtin-intents.js';
import { BUILTIN_TEMPLATES } from './builtin-templates.js';

const templates = parseTemplates(BUILTIN_TEMPLATES);
const linter = createReplyLinter();
const languageOf = (locale: string): SupportedLanguage => locale.split('-')[0] as SupportedLanguage;
const answered = BUILTIN_INTENTS.filter((intent) => intent.defaultAction === 'auto_reply' || intent.defaultAction === 'suggest').map((intent) => intent.id);

/** Realistic, long values, per language where names differ: the worst case for length limits. */
const NAMES: Readonly<Record<SupportedLanguage, { buyerName: string; productName: string }>> = {
  en: { buyerName: 'Elizabeth Montgomery', productName: 'Waterproof Hiking Backpack 30 L' },
  es: { buyerName: 'María Fernanda Gutiérrez', productName: 'Mochila impermeable de senderismo 30 L' },
  pt: { buyerName: 'Ana Carolina Albuquerque', productName: 'Mochila impermeável de trilha 30 L' },
  fr: { buyerName: 'Marie-Christine Dubois', productName: 'Sac à dos de randonnée imperméable 30 L' },
  de: { buyerName: 'Katharina Schneider-Weber', productName: 'Wasserdichter Wanderrucksack 30 L' },
  ja: { buyerName: '山田 花子', productName: '防水トレッキングリュック 30L' },
  zh: { buyerName: '王小明', productName: '防水登山双肩包 30升' },
  id: { buyerName: 'Siti Nurhaliza Rahmawati', productName: 'Tas ransel gunung anti air 30 L' },
  th: { buyerName: 'สมหญิง ใจดี', productName: 'กระเป๋าเป้กันน้ำสำหรับเดินป่า 30 ลิตร' },
};
const fullValues = (language: SupportedLanguage): Record<string, string> => ({
  orderId: '112-4839201-5512873', trackingNumber: '1Z999AA10123456784', carrier: 'DHL Express', orderStatus: 'shipped',
  promisedShipDate: '2026-09-30', promisedDeliveryDate: '2026-09-30', actualShipDate: '2026-09-28', actualDeliveryDate: '2026-09-30',
  storeName: 'Casa Luna Store', ...NAMES[language],
});
const MARKETPLACES = [undefined, 'amazon', 'mercadolibre', 'tiktok', 'shopee'] as const;

describe('the built-in reply library', () => {
  it('covers every auto-reply and suggest intent in all nine languages, in at least two tones', () => {
    const missing: string[] = [];
    for (const intent of answered) {
      for (const language of SUPPORTED_LANGUAGES) {
        const tones = new Set(templates.filter((template) => template.intents.includes(intent) && languageOf(template.locale) === language && !template.conditions).map((template) => template.tone));
        if (tones.size < 2) missing.push(`${intent}/${language} (${[...tones].join(',') || 'none'})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no template for intents a person must handle', () => {
    const handedOff = BUILTIN_INTENTS.filter((intent) => !answered.includes(intent.id)).map((intent) => intent.id);
    expect(templates.filter((template) => template.intents.some((intent) => handedOff.includes(intent))).map((template) => template.id)).toEqual([]);
  });

  it('uses only catalogued variables', () => {
    const unknown = templates.flatMap((template) => {
      const parsed = parseTemplateText(template.text);
      return parsed.ok ? parsed.parsed.variables.filter((name) => !(name in KNOWN_VARIABLES)).map((name) => `${template.id}: ${name}`) : [`${template.id}: does not parse`];
    });
    expect(unknown).toEqual([]);
  });

  it('passes its own lint for every marketplace it targets, with every variable filled and with none', () => {
    const problems: string[] = [];
    for (const template of templates) {
      const parsed = parseTemplateText(template.text);
      if (!parsed.ok) continue;
      const language = languageOf(template.locale);
      const renderings = [renderText(parsed.parsed, fullValues(language), { locale: template.locale })];
      if (parsed.parsed.required.length === 0) renderings.push(renderText(parsed.parsed, {}, { locale: template.locale }));
      for (const rendering of renderings) {
        if (!rendering.ok) {
          problems.push(`${template.id}: does not render`);
          continue;
        }
        for (const marketplace of template.marketplace ? [template.marketplace] : MARKETPLACES) {
          for (const finding of linter.lint(rendering.text, { marketplace, language }).findings) {
            problems.push(`${template.id} on ${marketplace ?? 'any'}: ${finding.severity} ${finding.ruleId} «${finding.excerpt}»`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
