import { z } from 'zod';

export const riskLevels = ['low', 'medium', 'high', 'critical'] as const;
export const decisionActions = ['auto_reply', 'suggest', 'human', 'discard'] as const;

/** How risky it is to answer an intent without a person. */
export type RiskLevel = (typeof riskLevels)[number];
/** What to do with a classified message. */
export type DecisionAction = (typeof decisionActions)[number];

export const intentIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case: lower-case letters, digits and underscores, starting with a letter')
  .max(64);

export const intentDefinitionSchema = z.strictObject({
  id: intentIdSchema,
  description: z.string().min(1),
  borders: z.string().optional(),
  risk: z.enum(riskLevels),
  defaultAction: z.enum(decisionActions),
  examples: z.array(z.string()).optional(),
});

/** One intent of a taxonomy. */
export type IntentDefinition = z.infer<typeof intentDefinitionSchema>;

/** The id every taxonomy reserves for results below the confidence floor. Never a training label. */
export const UNKNOWN_INTENT = 'unknown';
