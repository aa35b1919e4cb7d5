import type { Entity } from '../schemas/entity.js';

/** Masked text and the in-process vault that reverses it. */
export interface MaskedText {
  readonly text: string;
  /** Placeholder → original. Keep it in the process; never log or send it. */
  readonly vault: ReadonlyMap<string, string>;
  readonly count: number;
  /** The placeholder that replaced each masked entity. */
  readonly placeholders: ReadonlyMap<Entity, string>;
}

const PLACEHOLDER_NAMES: Readonly<Record<string, string>> = {
  email: 'EMAIL', phone: 'PHONE', card_number: 'CARD', url: 'URL',
};

/**
 * Replaces every PII entity (those with `pii: true`) with a placeholder such as `[EMAIL_1]`. Reverse with
 * {@link unmaskPii}. Entities must come from the same text.
 * @example maskPii('mail a@example.com', extractEntities('mail a@example.com')).text // 'mail [EMAIL_1]'
 */
export function maskPii(text: string, entities: readonly Entity[]): MaskedText {
  const pii = entities.filter((entity) => entity.pii).sort((a, b) => a.start - b.start);
  if (pii.length === 0) return { text, vault: new Map(), count: 0, placeholders: new Map() };
  const vault = new Map<string, string>();
  const placeholders = new Map<Entity, string>();
  const counters = new Map<string, number>();
  let output = '';
  let cursor = 0;
  for (const entity of pii) {
    const name = PLACEHOLDER_NAMES[entity.type] ?? entity.type.toUpperCase();
    // Skip numbers whose placeholder already stands in the text, so unmasking never touches the buyer's own text.
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
  return { text: output, vault, count: pii.length, placeholders };
}

/** Puts the originals back in place of the placeholders {@link maskPii} made. */
export function unmaskPii(text: string, vault: ReadonlyMap<string, string>): string {
  if (vault.size === 0) return text;
  return text.replace(/\[[A-Z_]+_\d+\]/g, (placeholder) => vault.get(placeholder) ?? placeholder);
}
