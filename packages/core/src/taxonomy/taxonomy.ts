import { z } from 'zod';
import { ConfigError } from '../errors/config-error.js';
import {
  decisionActions,
  intentDefinitionSchema,
  intentIdSchema,
  riskLevels,
  UNKNOWN_INTENT,
  type IntentDefinition,
} from '../schemas/taxonomy.js';
import { BUILTIN_INTENTS } from './builtin-intents.js';

/** A set of intents a pipeline classifies into. Build with {@link createTaxonomy} or {@link extendTaxonomy}. */
export interface Taxonomy {
  readonly id: string;
  readonly version: string;
  /** The intents in a stable order. `unknown` is implicit and not listed. */
  readonly intents: readonly IntentDefinition[];
  /** The intent with this id, or undefined (also for `unknown`). */
  get(id: string): IntentDefinition | undefined;
  /** Whether `id` is one of the taxonomy's intents (`unknown` is not). */
  has(id: string): boolean;
  /** The intent ids in order. */
  readonly ids: readonly string[];
}

const taxonomyOptionsSchema = z.strictObject({
  id: z.string().min(1),
  version: z.string().min(1).default('1'),
  intents: z.array(intentDefinitionSchema).min(2, 'a taxonomy needs at least 2 intents'),
});

/** The input of {@link createTaxonomy}. */
export type TaxonomyOptions = z.input<typeof taxonomyOptionsSchema>;

/**
 * Builds a taxonomy from intent definitions, validating ids (snake_case, unique, not `unknown`).
 * @throws ConfigError naming each invalid field.
 * @example
 * const taxonomy = createTaxonomy({ id: 'my-shop', intents: [
 *   { id: 'warranty', description: 'Warranty claims', risk: 'high', defaultAction: 'suggest' },
 *   { id: 'other', description: 'Anything else', risk: 'low', defaultAction: 'suggest' },
 * ] });
 */
export function createTaxonomy(options: TaxonomyOptions): Taxonomy {
  const parsed = taxonomyOptionsSchema.safeParse(options);
  if (!parsed.success) throw ConfigError.fromIssues('[core] Taxonomy options', parsed.error.issues, parsed.error);
  const { id, version, intents } = parsed.data;
  const seen = new Set<string>();
  const issues: { path: string; message: string }[] = [];
  intents.forEach((intent, index) => {
    if (intent.id === UNKNOWN_INTENT) issues.push({ path: `intents.${index}.id`, message: '`unknown` is reserved for below-floor results' });
    if (seen.has(intent.id)) issues.push({ path: `intents.${index}.id`, message: `duplicate intent id \`${intent.id}\`` });
    seen.add(intent.id);
  });
  if (issues.length > 0) {
    throw new ConfigError(`[core] Taxonomy \`${id}\` is invalid: ${issues.map((issue) => `\`${issue.path}\`: ${issue.message}`).join('; ')}.`, issues);
  }
  const frozen = Object.freeze(intents.map((intent) => Object.freeze({ ...intent })));
  const byId = new Map(frozen.map((intent) => [intent.id, intent]));
  return Object.freeze({
    id,
    version,
    intents: frozen,
    ids: Object.freeze(frozen.map((intent) => intent.id)),
    get: (intentId: string) => byId.get(intentId),
    has: (intentId: string) => byId.has(intentId),
  });
}

const overrideSchema = z.strictObject({
  description: z.string().min(1).optional(),
  borders: z.string().optional(),
  risk: z.enum(riskLevels).optional(),
  defaultAction: z.enum(decisionActions).optional(),
  examples: z.array(z.string()).optional(),
});

const extendOptionsSchema = z.strictObject({
  id: z.string().min(1).optional(),
  version: z.string().min(1).optional(),
  add: z.array(intentDefinitionSchema).optional(),
  override: z.record(intentIdSchema, overrideSchema).optional(),
  remove: z.array(intentIdSchema).optional(),
});

/** The input of {@link extendTaxonomy}. */
export type ExtendTaxonomyOptions = z.input<typeof extendOptionsSchema>;

/**
 * Derives a taxonomy: adds intents, overrides the risk, default action or wording of existing ones, removes some.
 * @throws ConfigError when an override or removal names an intent the base does not have.
 * @example
 * const taxonomy = extendTaxonomy(BUILTIN_TAXONOMY, {
 *   add: [{ id: 'warranty_claim', description: 'Warranty claims', risk: 'high', defaultAction: 'suggest' }],
 *   override: { refund_status: { defaultAction: 'suggest' } },
 * });
 */
export function extendTaxonomy(base: Taxonomy, options: ExtendTaxonomyOptions): Taxonomy {
  const parsed = extendOptionsSchema.safeParse(options);
  if (!parsed.success) throw ConfigError.fromIssues('[core] extendTaxonomy options', parsed.error.issues, parsed.error);
  const { add = [], override = {}, remove = [] } = parsed.data;
  const issues: { path: string; message: string }[] = [];
  for (const id of [...Object.keys(override), ...remove]) {
    if (!base.has(id)) issues.push({ path: id, message: `taxonomy \`${base.id}\` has no intent \`${id}\`` });
  }
  if (issues.length > 0) {
    throw new ConfigError(`[core] extendTaxonomy: ${issues.map((issue) => issue.message).join('; ')}.`, issues);
  }
  const removed = new Set(remove);
  const intents: IntentDefinition[] = base.intents
    .filter((intent) => !removed.has(intent.id))
    .map((intent) => {
      const change = override[intent.id];
      if (!change) return intent;
      const merged: IntentDefinition = { ...intent };
      if (change.description !== undefined) merged.description = change.description;
      if (change.borders !== undefined) merged.borders = change.borders;
      if (change.risk !== undefined) merged.risk = change.risk;
      if (change.defaultAction !== undefined) merged.defaultAction = change.defaultAction;
      if (change.examples !== undefined) merged.examples = change.examples;
      return merged;
    });
  return createTaxonomy({ id: parsed.data.id ?? `${base.id}+custom`, version: parsed.data.version ?? base.version, intents: [...intents, ...add] });
}

/** The built-in 24-intent e-commerce buyer-message taxonomy. */
export const BUILTIN_TAXONOMY: Taxonomy = createTaxonomy({ id: 'lianxing-ecommerce', version: '1', intents: [...BUILTIN_INTENTS] });
