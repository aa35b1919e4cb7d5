import { z } from 'zod';
import { localeTagSchema } from '../schemas/template.js';

/** A question-and-answer entry of a knowledge base, as users write it. */
export const faqEntrySchema = z.strictObject({
  /** Stable id; suggestions carry `kb:<id>`. */
  id: z.string().min(1).max(128).regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'must start with a letter or digit and hold only letters, digits, `_`, `.`, `:` and `-`'),
  /** Ways buyers ask it, in any of the languages you serve: the more variants, the better the matching. */
  questions: z.array(z.string().trim().min(1).max(1000)).min(1),
  /** The answer per locale (BCP 47): `{ en: '…', es: '…', 'pt-BR': '…' }`. May hold `{{placeholders}}`. */
  answers: z.record(localeTagSchema, z.string().trim().min(1).max(5000)).refine((answers) => Object.keys(answers).length > 0, { message: 'needs at least one answer' }),
  /** Products the entry is about (ASIN, SKU, item id): an entry for the product the buyer names ranks first. */
  productIds: z.array(z.string().trim().min(1).max(64)).optional(),
  /** `false` leaves the entry out. @default true */
  enabled: z.boolean().default(true),
});

/** A knowledge-base entry, as users write it. */
export type FaqEntryInput = z.input<typeof faqEntrySchema>;
/** A validated knowledge-base entry. */
export type FaqEntry = z.output<typeof faqEntrySchema>;
