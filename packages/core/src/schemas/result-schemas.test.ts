import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createPipeline } from '../pipeline/create-pipeline.js';
import type { ClassificationResult } from '../pipeline/classification-result.js';
import type { Classifier } from '../spec/classifier-v1.js';
import type { Decision } from './decision.js';
import type { Entity } from './entity.js';
import type { Prediction } from './prediction.js';
import type { Sentiment, Urgency } from './sentiment.js';
import type { ReplySuggestion } from './template.js';
import type { decisionSchema, entitySchema, predictionSchema, replySuggestionSchema, sentimentSchema, urgencySchema } from './result-schemas.js';
import { classificationResultSchema } from './result-schemas.js';

// Compile-time: what each schema accepts fits the interface (tsc -b checks this file).
type Fits<Schema extends z.ZodType, Interface> = z.output<Schema> extends Interface ? true : never;
const fits: [
  Fits<typeof classificationResultSchema, ClassificationResult>, Fits<typeof entitySchema, Entity>, Fits<typeof predictionSchema, Prediction>,
  Fits<typeof sentimentSchema, Sentiment>, Fits<typeof urgencySchema, Urgency>, Fits<typeof decisionSchema, Decision>, Fits<typeof replySuggestionSchema, ReplySuggestion>,
] = [true, true, true, true, true, true, true];

describe('result schemas', () => {
  it('agree with the interfaces at compile time', () => {
    expect(fits.every(Boolean)).toBe(true);
  });

  it('accept every result the pipeline produces, hostile input included', async () => {
    const words: Classifier = {
      specificationVersion: 'v1', id: 'words', capabilities: { trainable: false, serializable: false },
      classify: (input) => ({ predictions: input.text.includes('where') ? [{ intent: 'order_tracking', score: 0.9, evidence: [{ term: 'where', start: 0, end: 5 }] }] : [] }),
    };
    const pipeline = createPipeline({ classifiers: [words], rules: [{ id: 'r', intent: 'spam', phrases: ['bitcoin'] }] });
    for (const text of ['where is my order 112-4839201-5512873? mail a@example.com', '', '😡😡', 'bitcoin investment', '<b>hi</b>', '返品', 'x'.repeat(20_000)]) {
      const result = await pipeline.classify({ id: 'm', text });
      const parsed = classificationResultSchema.safeParse(result);
      expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 2))).toBe(true);
    }
  });

  it('reject a malformed result, naming the field', () => {
    const parsed = classificationResultSchema.safeParse({ intent: 'x', confidence: 2 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path[0])).toContain('confidence');
  });
});
