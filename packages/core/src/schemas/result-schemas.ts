import { z } from 'zod';
import { decisionActions, riskLevels } from './taxonomy.js';

/**
 * Schemas of what the pipeline produces, for callers that store results and read them back, or receive them
 * from another service. The TypeScript interfaces (ClassificationResult, Entity, …) are the primary API; a test
 * checks at compile time that each schema's output fits its interface and at run time that every pipeline result
 * passes `classificationResultSchema`.
 */
export const evidenceSchema = z.object({ term: z.string(), start: z.number().int().optional(), end: z.number().int().optional(), weight: z.number().optional() });
export const predictionSchema = z.object({ intent: z.string(), score: z.number().min(0).max(1), evidence: z.array(evidenceSchema).optional() });
export const scoredIntentSchema = z.object({ intent: z.string(), confidence: z.number().min(0).max(1) });
export const entitySchema = z.object({
  type: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  value: z.string(),
  confidence: z.number().min(0).max(1).optional(),
  attributes: z.record(z.string(), z.string()).optional(),
  pii: z.boolean(),
  placeholder: z.string().optional(),
});
export const sentimentSchema = z.object({ label: z.enum(['negative', 'neutral', 'positive']), score: z.number().min(-1).max(1), anger: z.number().min(0).max(1), signals: z.array(z.string()) });
const urgencyReasonSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('urgent_word'), term: z.string() }),
  z.object({ code: z.literal('deadline_word'), term: z.string() }),
  z.object({ code: z.literal('follow_up_words'), term: z.string() }),
  z.object({ code: z.literal('unanswered_messages'), count: z.number().int() }),
  z.object({ code: z.literal('past_promised_delivery'), days: z.number().int() }),
  z.object({ code: z.literal('past_promised_ship'), days: z.number().int() }),
  z.object({ code: z.literal('order_age'), days: z.number().int() }),
  z.object({ code: z.literal('intent_risk'), risk: z.enum(riskLevels) }),
]);
export const urgencySchema = z.object({ level: z.enum(['low', 'normal', 'high']), score: z.number().min(0).max(1), reasons: z.array(urgencyReasonSchema) });
export const prioritySchema = z.enum(['P1', 'P2', 'P3', 'P4']);
const decisionReasonSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('intent_unknown') }),
  z.object({ code: z.literal('below_floor'), confidence: z.number(), floor: z.number() }),
  z.object({ code: z.literal('rule'), source: z.enum(['marketplace', 'intent', 'taxonomy']), action: z.enum(decisionActions), marketplace: z.string().optional() }),
  z.object({ code: z.literal('auto_reply_forbidden'), intent: z.string(), risk: z.union([z.enum(riskLevels), z.undefined()]) }),
  z.object({ code: z.literal('below_auto_reply_threshold'), confidence: z.number(), threshold: z.number() }),
  z.object({ code: z.literal('negative_sentiment'), score: z.number() }),
  z.object({ code: z.literal('angry'), anger: z.number(), threshold: z.number() }),
  z.object({ code: z.literal('no_reply_available') }),
  z.object({ code: z.literal('manual_mode'), source: z.enum(['switch', 'policy', 'marketplace']), note: z.string().optional() }),
  z.object({ code: z.literal('lint_error'), ruleId: z.string() }),
  z.object({ code: z.literal('auto_reply_allowed') }),
]);
export const decisionSchema = z.object({ action: z.enum(decisionActions), reasons: z.array(decisionReasonSchema) });
export const lintFindingSchema = z.object({
  ruleId: z.string(), severity: z.enum(['error', 'warning', 'info']), message: z.string(),
  span: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }), excerpt: z.string(),
});
export const replySuggestionSchema = z.object({
  templateId: z.string(), source: z.enum(['template', 'knowledge_base']), locale: z.string(), tone: z.enum(['formal', 'friendly', 'apologetic']),
  text: z.string(), score: z.number().min(0).max(1), reasons: z.array(z.string()), findings: z.array(lintFindingSchema),
});
export const languageDetectionSchema = z.object({
  code: z.enum(['en', 'es', 'pt', 'fr', 'de', 'ja', 'zh', 'id', 'th', 'und']),
  confidence: z.number().min(0).max(1),
  source: z.enum(['caller', 'script', 'statistical', 'cue-words', 'none']),
});
const contributionSchema = z.object({ source: z.string(), weight: z.number(), top: z.array(scoredIntentSchema), evidence: z.array(evidenceSchema), abstained: z.boolean(), decidedBy: z.string().optional() });
const stageTimingsSchema = z.object({
  normalize: z.number(), language: z.number(), entities: z.number(), rules: z.number(), classifiers: z.number(),
  fusion: z.number(), sentiment: z.number(), decision: z.number(), suggestions: z.number(), total: z.number(),
});
export const classificationResultSchema = z.object({
  id: z.string().optional(),
  intent: z.string(),
  confidence: z.number().min(0).max(1),
  risk: z.union([z.enum(riskLevels), z.undefined()]),
  secondary: z.array(scoredIntentSchema),
  distribution: z.array(scoredIntentSchema),
  language: languageDetectionSchema,
  sentiment: sentimentSchema,
  urgency: urgencySchema,
  priority: prioritySchema,
  entities: z.array(entitySchema),
  maskedText: z.string(),
  decision: decisionSchema,
  suggestions: z.array(replySuggestionSchema),
  flags: z.object({ truncated: z.boolean(), htmlStripped: z.boolean(), empty: z.boolean(), binaryLike: z.boolean() }),
  explanation: z.object({ contributions: z.array(contributionSchema), failures: z.array(z.object({ source: z.string(), code: z.string(), message: z.string() })) }),
  timings: stageTimingsSchema,
});
