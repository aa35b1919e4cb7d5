import { z } from 'zod';
import { intentIdSchema } from './taxonomy.js';

export const templateSchema = z.strictObject({
  id: z.string().min(1),
  intents: z.array(intentIdSchema).min(1),
  /** BCP 47, e.g. `es-MX`, `ja-JP`, `en`. */
  locale: z.string().min(2),
  marketplace: z.string().optional(),
  tone: z.enum(['formal', 'friendly', 'apologetic']).default('friendly'),
  /** Text with `{{placeholders}}`. */
  text: z.string().min(1),
});

/** A reply template, as users write it. */
export type TemplateInput = z.input<typeof templateSchema>;
/** A validated reply template. */
export type Template = z.output<typeof templateSchema>;

/** A rendered reply, ready to send or show to a person. */
export interface ReplySuggestion {
  readonly templateId: string;
  readonly locale: string;
  readonly text: string;
  /** How well the template fits, in [0, 1]. */
  readonly score: number;
}
