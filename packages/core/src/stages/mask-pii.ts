import type { Entity } from '../schemas/entity.js';

/** Masked text and the in-process vault that reverses it. */
export interface MaskedText {
  /** The text with each personal-data entity replaced by a placeholder such as `[EMAIL_1]`. */
  readonly text: string;
  /** Placeholder → original. Keep it in the process; never log or send it. */
  readonly vault: ReadonlyMap<string, string>;
  /** How many entities were masked. */
  readonly count: number;
  /** The placeholder that replaced each masked entity. */
  readonly placeholders: ReadonlyMap<Entity, string>;
}

const PLACEHOLDER_NAMES: Readonly<Record<string, string>> = {
  email: 'EMAIL', phone: 'PHONE', card_number: 'CARD', national_id: 'ID', address: 'ADDRESS', url: 'URL', order_number: 'ORDER', tracking_number: 'TRACKING',
};
const PLACEHOLDER = /\[[A-Z][A-Z_]*_\d+\]/g;

/** The placeholder stem for a type: a known short name, else the type in capitals with anything else as `_`. */
function placeholderName(type: string): string {
  const known = PLACEHOLDER_NAMES[type];
  if (known) return known;
  const name = type.toUpperCase().replace(/[^A-Z]+/g, '_').replace(/^_+|_+$/g, '');
  return name || 'PII';
}

/**
 * Replaces every personal-data entity (`pii: true`) with a numbered placeholder (`[EMAIL_1]`, `[PHONE_2]`,
 * `[CARD_1]`, `[ID_1]`, `[ADDRESS_1]`). The result goes to remote classifiers and logs; {@link unmaskPii} with
 * the vault gives the input back exactly. Entities must come from the same text; overlapping or out-of-range
 * ones are skipped. A placeholder never repeats a token already in the text, so unmasking cannot touch the
 * buyer's own words.
 * @example
 * const text = 'mail a@example.com';
 * const masked = maskPii(text, extractEntities(text)); // masked.text === 'mail [EMAIL_1]'
 * unmaskPii(masked.text, masked.vault) === text; // true
 */
export function maskPii(text: string, entities: readonly Entity[]): MaskedText {
  const pii = entities.filter((entity) => entity.pii && entity.start >= 0 && entity.end <= text.length && entity.start < entity.end).sort((a, b) => a.start - b.start);
  if (pii.length === 0) return { text, vault: new Map(), count: 0, placeholders: new Map() };
  const vault = new Map<string, string>();
  const placeholders = new Map<Entity, string>();
  const counters = new Map<string, number>();
  let output = '';
  let cursor = 0;
  for (const entity of pii) {
    if (entity.start < cursor) continue;
    const name = placeholderName(entity.type);
    let index = (counters.get(name) ?? 0) + 1;
    while (text.includes(`[${name}_${index}]`)) index++;
    counters.set(name, index);
    const placeholder = `[${name}_${index}]`;
    vault.set(placeholder, text.slice(entity.start, entity.end));
    placeholders.set(entity, placeholder);
    output += text.slice(cursor, entity.start) + placeholder;
    cursor = entity.end;
  }
  output += text.slice(cursor);
  return { text: output, vault, count: placeholders.size, placeholders };
}

/**
 * Puts the originals back in place of the placeholders {@link maskPii} made: from its vault, or from entities
 * that carry a `placeholder` (a pipeline result's `entities`). Placeholders it does not know are left as they are.
 * @example unmaskPii('call [PHONE_1]', result.entities) // 'call +1 415 555 2671'
 */
export function unmaskPii(text: string, source: ReadonlyMap<string, string> | readonly Entity[]): string {
  const vault = isEntityList(source) ? vaultOf(source) : source;
  if (vault.size === 0) return text;
  return text.replace(PLACEHOLDER, (placeholder) => vault.get(placeholder) ?? placeholder);
}

function isEntityList(source: ReadonlyMap<string, string> | readonly Entity[]): source is readonly Entity[] {
  return Array.isArray(source);
}

function vaultOf(entities: readonly Entity[]): ReadonlyMap<string, string> {
  const vault = new Map<string, string>();
  for (const entity of entities) if (entity.placeholder) vault.set(entity.placeholder, entity.text);
  return vault;
}

/**
 * Entities as they may be logged or sent: each personal-data entity's `text` and `value` replaced by its
 * placeholder (or `[TYPE]` when it has none); the rest unchanged.
 * @example redactEntities(result.entities).find((entity) => entity.type === 'email')?.value // '[EMAIL_1]'
 */
export function redactEntities(entities: readonly Entity[]): Entity[] {
  return entities.map((entity) => {
    if (!entity.pii) return entity;
    const shown = entity.placeholder ?? `[${placeholderName(entity.type)}]`;
    return { ...entity, text: shown, value: shown };
  });
}

/**
 * `text` with every occurrence of a personal-data entity's original (its `text` or `value`, three characters
 * or more) replaced by its placeholder: for text built from entities, such as a filled reply template.
 * @example redactText('Your order 112-4839201-5512873', entities) // 'Your order [ORDER_1]' when order numbers are PII
 */
export function redactText(text: string, entities: readonly Entity[]): string {
  let redacted = text;
  for (const entity of entities) {
    if (!entity.pii) continue;
    const shown = entity.placeholder ?? `[${placeholderName(entity.type)}]`;
    for (const original of [entity.text, entity.value]) if (original.length >= 3) redacted = redacted.split(original).join(shown);
  }
  return redacted;
}
