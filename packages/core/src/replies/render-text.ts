import type { TemplateVariableSpec } from '../schemas/template.js';
import { formatVariable } from './format-variable.js';
import { KNOWN_VARIABLES } from './known-variables.js';
import { writeTemplateNodes, type ParsedTemplateText } from './template-text.js';

/** Options of {@link renderText}. */
export interface RenderTextOptions {
  /** The locale the text is written in: numbers and dates are written its way. */
  readonly locale: string;
  /** Variable types declared by the template; others come from the built-in catalogue, else `string`. */
  readonly variables?: Readonly<Record<string, TemplateVariableSpec>>;
  /** @default 'UTC' */
  readonly timeZone?: string | undefined;
}

/** What one of the space clean-ups below would change. */
const LOOSE_SPACE = /[ \t]{2}|[ \t]\n|\n[ \t]/;

/** A rendered text, or why there is none. */
export type RenderOutcome = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly missing: readonly string[]; readonly invalid: readonly string[] };

/**
 * Renders a parsed template text with raw values: each value is checked against its type and written for the
 * locale. A text whose written parts need a value that is missing or invalid is not rendered at all, so no reply
 * ever shows a raw placeholder. Spaces left by empty sections are tidied.
 * @example renderText(parsed, { trackingNumber: '1Z999AA10123456784' }, { locale: 'en' })
 */
export function renderText(parsed: ParsedTemplateText, values: Readonly<Record<string, string>>, options: RenderTextOptions): RenderOutcome {
  const invalid: string[] = [];
  const written = writeTemplateNodes(parsed.nodes, (name) => {
    const raw = values[name];
    if (raw === undefined) return undefined;
    const spec = options.variables?.[name] ?? KNOWN_VARIABLES[name] ?? { type: 'string' as const };
    const formatted = formatVariable(raw, spec, { locale: options.locale, timeZone: options.timeZone });
    if (formatted === undefined && !invalid.includes(name)) invalid.push(name);
    return formatted;
  });
  if (!written.ok) return { ok: false, missing: written.missing.filter((name) => !invalid.includes(name)), invalid: written.missing.filter((name) => invalid.includes(name)) };
  // Most replies have no doubled space and no space at a line break: they are only trimmed.
  const text = (LOOSE_SPACE.test(written.text) ? written.text.replace(/[ \t]{2,}/g, ' ').replace(/[ \t]+\n/g, '\n').replace(/\n[ \t]+/g, '\n') : written.text).trim();
  if (text === '' || text.includes('{{') || text.includes('}}')) return { ok: false, missing: [], invalid: [] };
  return { ok: true, text };
}
