import { ConfigError } from '../errors/config-error.js';
import type { LanguageCode } from '../languages.js';
import type { Entity } from '../schemas/entity.js';
import type { OrderContext } from '../schemas/conversation.js';
import type { Sentiment } from '../schemas/sentiment.js';
import { templateSchema, type ReplySuggestion, type Template, type TemplateInput } from '../schemas/template.js';

/** What templates are rendered with. */
export interface SuggestInput {
  readonly intent: string;
  readonly language: LanguageCode;
  /** The buyer's locale (BCP 47), when known: picks regional variants (`es-MX` before `es`). */
  readonly locale?: string | undefined;
  readonly marketplace?: string | undefined;
  readonly sentiment: Sentiment;
  readonly entities: readonly Entity[];
  readonly order?: OrderContext | undefined;
  /** Extra variables from the caller, e.g. `{ storeName: 'Casa Luna' }`. */
  readonly variables?: Readonly<Record<string, string>> | undefined;
}

/** Templates indexed for selection. */
export interface TemplateLibrary {
  readonly size: number;
  suggest(input: SuggestInput, limit?: number): ReplySuggestion[];
}

const PLACEHOLDER = /\{\{\s*([a-zA-Z][a-zA-Z0-9_]*)\s*\}\}/g;

/** Validates templates. @throws ConfigError naming the template and field. */
export function parseTemplates(inputs: readonly TemplateInput[]): Template[] {
  return inputs.map((input, index) => {
    const parsed = templateSchema.safeParse(input);
    if (!parsed.success) {
      const name = typeof (input as { id?: unknown }).id === 'string' ? `Template \`${(input as { id: string }).id}\`` : `Template ${index}`;
      throw ConfigError.fromIssues(`[core] ${name}`, parsed.error.issues, parsed.error);
    }
    return parsed.data;
  });
}

/** The locale fallback chain: `es-MX` → `es-MX`, `es`, `en`. */
export function localeChain(locale: string | undefined, language: LanguageCode): string[] {
  const chain: string[] = [];
  const push = (tag: string): void => {
    if (!chain.includes(tag)) chain.push(tag);
  };
  if (locale) {
    const parts = locale.replace('_', '-').split('-');
    for (let length = parts.length; length >= 1; length--) push(parts.slice(0, length).join('-').toLowerCase());
  }
  if (language !== 'und') push(language);
  push('en');
  return chain;
}

function variablesFor(input: SuggestInput): Record<string, string> {
  const variables: Record<string, string> = {};
  const order = input.entities.find((entity) => entity.type === 'order_number');
  const tracking = input.entities.find((entity) => entity.type === 'tracking_number');
  const orderId = input.order?.orderId ?? order?.value;
  const trackingNumber = input.order?.trackingNumber ?? tracking?.value;
  if (orderId) variables['orderId'] = orderId;
  if (trackingNumber) variables['trackingNumber'] = trackingNumber;
  if (input.order?.carrier) variables['carrier'] = input.order.carrier;
  if (input.order?.trackingUrl) variables['trackingUrl'] = input.order.trackingUrl;
  if (input.order?.status) variables['orderStatus'] = input.order.status;
  return { ...variables, ...input.variables };
}

/**
 * Builds the reply-suggestion stage: eligible templates are those for the intent in a locale of the fallback
 * chain whose every placeholder can be filled (a suggestion never shows a raw `{{placeholder}}`); they are ranked
 * by locale closeness, marketplace match, and tone (apologetic for negative sentiment).
 */
export function createTemplateLibrary(templates: readonly Template[]): TemplateLibrary {
  const byIntent = new Map<string, Template[]>();
  for (const template of templates) {
    for (const intent of template.intents) {
      const list = byIntent.get(intent) ?? [];
      list.push(template);
      byIntent.set(intent, list);
    }
  }
  return {
    size: templates.length,
    suggest(input, limit = 3) {
      const candidates = byIntent.get(input.intent);
      if (!candidates) return [];
      const chain = localeChain(input.locale, input.language);
      const variables = variablesFor(input);
      const ranked: ReplySuggestion[] = [];
      for (const template of candidates) {
        const position = chain.indexOf(template.locale.toLowerCase());
        if (position === -1) continue;
        if (template.marketplace && template.marketplace !== input.marketplace) continue;
        let missing = false;
        const text = template.text.replace(PLACEHOLDER, (_whole, name: string) => {
          const value = variables[name];
          if (value === undefined) missing = true;
          return value ?? '';
        });
        if (missing) continue;
        // Locale closeness weighs most; a marketplace-specific template and a tone that fits the sentiment add to it.
        const wantsApology = input.sentiment.label === 'negative';
        const score = 0.7 * (1 - position / chain.length) + (template.marketplace ? 0.15 : 0) + (wantsApology === (template.tone === 'apologetic') ? 0.15 : 0);
        ranked.push({ templateId: template.id, locale: template.locale, text, score: Math.round(score * 1000) / 1000 });
      }
      return ranked.sort((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}
