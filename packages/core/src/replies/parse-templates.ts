import { ConfigError, type ConfigIssue } from '../errors/config-error.js';
import { templateSchema, type Template, type TemplateInput } from '../schemas/template.js';
import { parseTemplateText } from './template-text.js';

/** Options of {@link parseTemplates}. */
export interface ParseTemplatesOptions {
  /** Where the templates come from (a file name), for error messages. */
  readonly source?: string;
}

const idOf = (input: unknown): string | undefined => {
  const id = typeof input === 'object' && input !== null ? (input as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
};

const pathOf = (parts: readonly PropertyKey[]): string => parts.map((part) => (typeof part === 'symbol' ? part.toString() : String(part))).join('.');

/**
 * Validates reply templates: the schema, the `{{placeholder}}` syntax of each text, and unique ids. Every problem is
 * reported at once, each naming the template's id and the field.
 * @throws ConfigError with one issue per problem, at paths like `templates.3.variables.orderId.type`
 * @example
 * parseTemplates([{ id: 'tracking.es', intents: ['order_tracking'], locale: 'es', text: 'Tu guía: {{trackingNumber}}' }]);
 */
export function parseTemplates(inputs: readonly TemplateInput[], options: ParseTemplatesOptions = {}): Template[] {
  if (!Array.isArray(inputs)) {
    throw new ConfigError(`[core] Templates${options.source ? ` in ${options.source}` : ''} must be a list.`, [{ path: 'templates', message: 'expected a list of templates' }]);
  }
  const issues: (ConfigIssue & { readonly templateId: string })[] = [];
  const templates: Template[] = [];
  const seen = new Map<string, number>();
  inputs.forEach((input: unknown, index) => {
    const name = idOf(input) ?? `#${index}`;
    const add = (field: string, message: string): void => void issues.push({ path: `templates.${index}${field ? `.${field}` : ''}`, message, templateId: name });
    const parsed = templateSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) add(pathOf(issue.path), issue.message);
      return;
    }
    const text = parseTemplateText(parsed.data.text);
    if (!text.ok) {
      add('text', `${text.error.message} (at character ${text.error.offset})`);
      return;
    }
    const previous = seen.get(parsed.data.id);
    if (previous !== undefined) {
      add('id', `duplicate id, also at templates.${previous}`);
      return;
    }
    seen.set(parsed.data.id, index);
    templates.push(parsed.data);
  });
  if (issues.length > 0) {
    const where = options.source ? ` in ${options.source}` : '';
    const details = issues.map((issue) => `template \`${issue.templateId}\` (\`${issue.path}\`): ${issue.message}`).join('; ');
    throw new ConfigError(`[core] Invalid reply template${issues.length > 1 ? 's' : ''}${where}: ${details}.`, issues.map(({ path, message, templateId }) => ({ path, message: `template \`${templateId}\`: ${message}` })));
  }
  return templates;
}

/**
 * Lays user templates over a base set: a user template with a base template's id replaces it, one with
 * `enabled: false` removes it, the rest are added.
 * @example mergeTemplates(builtin, [{ ...builtin[0], text: 'Our own wording' }])
 */
export function mergeTemplates(base: readonly Template[], overrides: readonly Template[]): Template[] {
  const byId = new Map<string, Template>();
  for (const template of base) byId.set(template.id, template);
  for (const template of overrides) byId.set(template.id, template);
  return [...byId.values()].filter((template) => template.enabled);
}
