import type { KeigoLevel, TemplateConditions, TemplateInput, TemplateTone } from '../schemas/template.js';

/** A template written under a key other than its tone: a variant with conditions. */
export interface TemplateVariant {
  readonly tone: TemplateTone;
  readonly text: string;
  readonly conditions?: TemplateConditions;
}

/** One intent's templates in one locale: by tone, plus named variants. */
export type IntentTemplates = Readonly<Partial<Record<TemplateTone, string>>> & Readonly<Record<string, string | TemplateVariant | undefined>>;

/** Options of {@link defineTemplates}. */
export interface DefineTemplatesOptions {
  /** For Japanese: the keigo level of each tone. */
  readonly keigo?: Readonly<Record<TemplateTone, KeigoLevel>>;
}

const TONES: ReadonlySet<string> = new Set(['formal', 'friendly', 'apologetic']);

/**
 * Turns a compact table of texts (intent → tone → text) into templates with stable ids `intent.key.locale`, e.g.
 * `order_tracking.friendly.es-MX`. Used to write the built-in library one locale per file.
 * @example defineTemplates('de', { order_tracking: { formal: 'Guten Tag, Ihre Sendungsnummer: {{trackingNumber}}.' } })
 */
export function defineTemplates(locale: string, table: Readonly<Record<string, IntentTemplates>>, options: DefineTemplatesOptions = {}): TemplateInput[] {
  const templates: TemplateInput[] = [];
  for (const [intent, entries] of Object.entries(table)) {
    for (const [key, entry] of Object.entries(entries)) {
      if (entry === undefined) continue;
      const variant: TemplateVariant = typeof entry === 'string' ? { tone: TONES.has(key) ? (key as TemplateTone) : 'friendly', text: entry } : entry;
      const keigo = options.keigo?.[variant.tone];
      templates.push({
        id: `${intent}.${key}.${locale}`,
        intents: [intent],
        locale,
        tone: variant.tone,
        ...(keigo ? { keigo } : {}),
        ...(variant.conditions ? { conditions: variant.conditions } : {}),
        text: variant.text,
      });
    }
  }
  return templates;
}

/** Condition: the order has not shipped yet. */
export const BEFORE_SHIPPING: TemplateConditions = { orderStatus: ['pending', 'unshipped'] };
/** Condition: the order is on its way (an address can no longer be changed by the seller). */
export const IN_TRANSIT: TemplateConditions = { orderStatus: ['shipped', 'in_transit'] };
/** Condition: the order has left the warehouse, whether or not it has arrived. */
export const AFTER_SHIPPING: TemplateConditions = { orderStatus: ['shipped', 'in_transit', 'delivered'] };
/** Condition: the refund has been issued. */
export const REFUNDED: TemplateConditions = { orderStatus: ['refunded'] };
