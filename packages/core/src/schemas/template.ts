import { z } from 'zod';
import type { LintFinding } from '../compliance/lint-finding.js';
import { orderContextSchema } from './conversation.js';
import { intentIdSchema } from './taxonomy.js';

/**
 * The registers a template can be written in.
 * @example templateTones.includes('apologetic') // true
 */
export const templateTones = ['formal', 'friendly', 'apologetic'] as const;
/** The register a template is written in: `apologetic` is what an angry or disappointed buyer gets first. */
export type TemplateTone = (typeof templateTones)[number];

/**
 * Japanese politeness levels for templates in `ja`: `teineigo` is plain polite です・ます style (friendly shops,
 * chat channels); `sonkeigo` is full business keigo, honorific and humble forms together (申し上げます, いただけますでしょうか,
 * 大変申し訳ございません), the register of Amazon.co.jp and Rakuten customer service.
 * @example { id: 'x', intents: ['order_cancel'], locale: 'ja', tone: 'formal', keigo: 'sonkeigo', text: '…' }
 */
export const keigoLevels = ['teineigo', 'sonkeigo'] as const;
/** A Japanese politeness level; see {@link keigoLevels}. */
export type KeigoLevel = (typeof keigoLevels)[number];

/**
 * The order statuses a template condition can name (those of `OrderContext`).
 * @example { conditions: { orderStatus: ['shipped', 'in_transit'] } }
 */
export const orderStatuses = orderContextSchema.shape.status.unwrap().options;

const VARIABLE_NAME = /^[a-zA-Z][a-zA-Z0-9_]*$/;
const TEMPLATE_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

function isValidRegex(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

function canonicalLocale(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** A BCP 47 tag, canonicalized (`es_mx` → `es-MX`, `zh-hant-tw` → `zh-Hant-TW`). */
export const localeTagSchema = z
  .string()
  .min(2)
  .max(35)
  .refine((tag) => canonicalLocale(tag) !== undefined, { message: 'must be a BCP 47 language tag such as `es-MX`, `ja-JP`, `zh-Hant` or `en`' })
  .transform((tag) => canonicalLocale(tag) ?? tag);

/** The declared type of a template variable. Values arrive as strings and are checked and formatted by type. */
export const variableSpecSchema = z.strictObject({
  /**
   * `string` is inserted as given; `number` is formatted for the template's locale (`1.234,5` in German);
   * `date` takes an ISO 8601 date or date-time and is written the locale's way (`2026年5月3日`).
   * @default 'string'
   */
  type: z.enum(['string', 'number', 'date']).default('string'),
  /** A regular expression (Unicode) the value must match, e.g. `^\\d{3}-\\d{7}-\\d{7}$`. */
  pattern: z.string().min(1).refine(isValidRegex, { message: 'is not a valid regular expression' }).optional(),
  /** The longest value accepted, in characters. */
  maxLength: z.number().int().positive().max(10_000).optional(),
  /** For `date`: how much of the date to write. @default 'long' */
  dateStyle: z.enum(['short', 'medium', 'long', 'full']).optional(),
  description: z.string().optional(),
});

/** The conditions a template can set on the order and the buyer's mood. */
export const templateConditionsSchema = z.strictObject({
  /** Eligible only when the order's status is known and one of these. */
  orderStatus: z.array(z.enum(orderStatuses)).min(1).optional(),
  /** Eligible only when the message's sentiment is one of these. */
  sentiment: z.array(z.enum(['negative', 'neutral', 'positive'])).min(1).optional(),
});

/**
 * A reply template, as users write it (in code, JSON or YAML). Text holds `{{placeholders}}` and optional sections:
 * `{{#name}}…{{/name}}` is written only when `name` has a value, `{{^name}}…{{/name}}` only when it has none.
 * A placeholder outside a section for itself is required: a template missing one is not suggested.
 */
export const templateSchema = z
  .strictObject({
    /** Stable id; a user template with a built-in template's id replaces it. */
    id: z.string().min(1).max(128).regex(TEMPLATE_ID, 'must start with a letter or digit and hold only letters, digits, `_`, `.`, `:` and `-`'),
    /** The intents this template answers. */
    intents: z.array(intentIdSchema).min(1),
    /** BCP 47, e.g. `es-MX`, `pt-BR`, `ja-JP`, `zh-Hant`, `en`. */
    locale: localeTagSchema,
    /** Only suggested on this marketplace (and ranked above generic templates there). */
    marketplace: z.string().min(1).optional(),
    /** @default 'friendly' */
    tone: z.enum(templateTones).default('friendly'),
    /** For Japanese templates: the politeness level. */
    keigo: z.enum(keigoLevels).optional(),
    /** Declared variable types; placeholders not declared here use the built-in catalogue, else `string`. */
    variables: z.record(z.string().regex(VARIABLE_NAME, 'variable names are letters, digits and `_`, starting with a letter'), variableSpecSchema).default({}),
    conditions: templateConditionsSchema.optional(),
    /** Text with `{{placeholders}}` and `{{#optional}}…{{/optional}}` sections. */
    text: z.string().min(1).max(10_000),
    /** `false` removes the template (e.g. to switch off a built-in one by id). @default true */
    enabled: z.boolean().default(true),
    description: z.string().optional(),
  })
  .superRefine((template, context) => {
    if (template.keigo !== undefined && !template.locale.toLowerCase().startsWith('ja')) {
      context.addIssue({ code: 'custom', path: ['keigo'], message: 'a keigo level only applies to Japanese (`ja`) templates' });
    }
  });

/** A reply template, as users write it. */
export type TemplateInput = z.input<typeof templateSchema>;
/** A validated reply template. */
export type Template = z.output<typeof templateSchema>;
/** The declared type of a template variable. */
export type TemplateVariableSpec = z.output<typeof variableSpecSchema>;
/** A template's conditions on the order status and sentiment. */
export type TemplateConditions = z.output<typeof templateConditionsSchema>;

/** Where a suggestion came from. */
export type SuggestionSource = 'template' | 'knowledge_base';

/** A rendered reply, ready to send or show to a person. */
export interface ReplySuggestion {
  /** The template id, or `kb:<entry id>` for a knowledge-base answer. */
  readonly templateId: string;
  readonly source: SuggestionSource;
  /** The locale the text is written in. */
  readonly locale: string;
  readonly tone: TemplateTone;
  readonly text: string;
  /** How well it fits, in [0, 1]. */
  readonly score: number;
  /** Why it ranks where it does, machine-readable: `locale:exact:es-MX`, `tone:apologetic`, `marketplace:amazon`… */
  readonly reasons: readonly string[];
  /** The compliance lint of `text` for the message's marketplace. An `error` keeps it from being sent automatically. */
  readonly findings: readonly LintFinding[];
}
