import { describe, expect, it } from 'vitest';
import { createPipeline } from '../pipeline/create-pipeline.js';
import type { ReplySuggestion } from '../schemas/template.js';
import type { Classifier } from '../spec/classifier-v1.js';
import { holdForLintErrors } from './hold-for-lint-errors.js';

const reply = (findings: ReplySuggestion['findings']): ReplySuggestion => ({ templateId: 't', source: 'template', locale: 'en', tone: 'friendly', text: 'x', score: 1, reasons: [], findings });
const error = { ruleId: 'amazon/external-link', severity: 'error' as const, message: 'm', span: { start: 0, end: 1 }, excerpt: 'x' };

describe('holdForLintErrors', () => {
  it('turns auto_reply into suggest when the reply has an error finding, with one reason per rule', () => {
    const decision = holdForLintErrors({ action: 'auto_reply', reasons: [{ code: 'auto_reply_allowed' }] }, reply([error, error, { ...error, ruleId: 'amazon/emoji' }]));
    expect(decision).toEqual({ action: 'suggest', reasons: [{ code: 'auto_reply_allowed' }, { code: 'lint_error', ruleId: 'amazon/external-link' }, { code: 'lint_error', ruleId: 'amazon/emoji' }] });
  });

  it('leaves warnings, other actions and missing replies alone', () => {
    const auto = { action: 'auto_reply' as const, reasons: [{ code: 'auto_reply_allowed' as const }] };
    expect(holdForLintErrors(auto, reply([{ ...error, severity: 'warning' }]))).toBe(auto);
    expect(holdForLintErrors({ action: 'human', reasons: [] }, reply([error]))).toEqual({ action: 'human', reasons: [] });
    expect(holdForLintErrors(auto, undefined)).toBe(auto);
  });
});

describe('the compliance gate in the pipeline', () => {
  const tracking: Classifier = {
    specificationVersion: 'v1', id: 'tracking', capabilities: { trainable: false, serializable: false },
    classify: () => ({ predictions: [{ intent: 'order_tracking', score: 0.99, evidence: [] }] }),
  };
  const withLink = { id: 'tracking.link.en', intents: ['order_tracking'], locale: 'en', tone: 'friendly' as const, text: 'Hi! Follow your parcel at {{trackingUrl}}' };
  const order = { trackingUrl: 'https://track.example.com/1Z999AA10123456784' };

  it('sends a clean reply automatically, and holds one that breaks a marketplace rule for a person', async () => {
    const pipeline = createPipeline({ classifiers: [tracking], builtinTemplates: false, templates: [withLink] });
    const elsewhere = await pipeline.classify({ text: 'Where is my parcel?', marketplace: 'shopify' }, { order });
    expect(elsewhere.decision.action).toBe('auto_reply');
    const onAmazon = await pipeline.classify({ text: 'Where is my parcel?', marketplace: 'amazon' }, { order });
    expect(onAmazon.suggestions[0]?.findings.map((finding) => finding.ruleId)).toContain('amazon/external-link');
    expect(onAmazon.decision.action).toBe('suggest');
    expect(onAmazon.decision.reasons.at(-1)).toEqual({ code: 'lint_error', ruleId: 'amazon/external-link' });
    expect(onAmazon.decision.reasons).toContainEqual({ code: 'auto_reply_allowed' });
  });

  it('lets the caller relax a rule', async () => {
    const relaxed = createPipeline({ classifiers: [tracking], builtinTemplates: false, templates: [withLink], replies: { lint: { rules: { 'amazon/external-link': 'warning' } } } });
    expect((await relaxed.classify({ text: 'Where is my parcel?', marketplace: 'amazon' }, { order })).decision.action).toBe('auto_reply');
  });

  it('answers product questions from a knowledge base given to the pipeline', async () => {
    const question: Classifier = { ...tracking, id: 'question', classify: () => ({ predictions: [{ intent: 'product_question', score: 0.99, evidence: [] }] }) };
    const pipeline = createPipeline({ classifiers: [question], replies: { knowledgeBase: [{ id: 'sizes', questions: ['Does it come in XL?'], answers: { en: 'Yes, from S to XXL.' } }] } });
    const result = await pipeline.classify('does this hoodie come in XL?');
    expect(result.suggestions[0]).toMatchObject({ templateId: 'kb:sizes', text: 'Yes, from S to XXL.' });
    expect(result.decision.action).toBe('auto_reply');
  });
});
