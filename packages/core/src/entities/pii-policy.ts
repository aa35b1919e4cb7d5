import { z } from 'zod';
import { ConfigError } from '../errors/config-error.js';
import type { EntityType } from '../schemas/entity.js';

/** Entity types masked by default: contact details, payment cards, national ids and street addresses. */
export const DEFAULT_PII_TYPES: readonly EntityType[] = ['email', 'phone', 'card_number', 'national_id', 'address'];

/**
 * Which entity types count as personal data, and so are masked before text leaves the process. Order and
 * tracking numbers are not personal data by default, so reply templates can quote them.
 */
export interface PiiPolicyOptions {
  /** The full list of types that count as PII. @default DEFAULT_PII_TYPES */
  readonly types?: readonly EntityType[];
  /** Types added to `types` (or to the default), e.g. `['order_number']`. */
  readonly include?: readonly EntityType[];
  /** Types removed from `types` (or from the default), e.g. `['address']`. */
  readonly exclude?: readonly EntityType[];
}

/** A validated PII policy: the set of entity types that get masked. */
export interface PiiPolicy {
  readonly types: ReadonlySet<string>;
}

const typeList = z.array(z.string().min(1, 'an entity type name cannot be empty').regex(/^[a-z][a-z0-9_]*$/, 'entity types are snake_case, like `order_number`'));
const piiPolicySchema = z.strictObject({ types: typeList.optional(), include: typeList.optional(), exclude: typeList.optional() });

/**
 * Validates a PII policy and resolves it to a set of types. Throws {@link ConfigError} naming each bad field
 * (`pii.include.0: entity types are snake_case…`).
 * @param scope how the error names the policy's place, e.g. `pii` inside pipeline options
 * @example
 * parsePiiPolicy({ include: ['order_number'], exclude: ['address'] }).types.has('order_number'); // true
 */
export function parsePiiPolicy(options: PiiPolicyOptions | undefined, scope = 'pii'): PiiPolicy {
  const parsed = piiPolicySchema.safeParse(options ?? {});
  if (!parsed.success) {
    throw ConfigError.fromIssues(`[core] PII policy options`, parsed.error.issues.map((issue) => ({ ...issue, path: [scope, ...issue.path] })), parsed.error);
  }
  const types = new Set<string>(parsed.data.types ?? DEFAULT_PII_TYPES);
  for (const type of parsed.data.include ?? []) types.add(type);
  for (const type of parsed.data.exclude ?? []) types.delete(type);
  return { types };
}
