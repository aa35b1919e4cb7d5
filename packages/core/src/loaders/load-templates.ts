import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ConfigError } from '../errors/config-error.js';
import { parseTemplates } from '../replies/parse-templates.js';
import type { Template, TemplateInput } from '../schemas/template.js';
import { formatOfFile, parseListDocument, type DocumentFormat } from './parse-document.js';

/** Options of {@link parseTemplatesDocument}. */
export interface ParseDocumentOptions {
  /** @default 'yaml' (which also reads JSON) */
  readonly format?: DocumentFormat;
  /** A name for the document in error messages. @default 'the templates document' */
  readonly source?: string;
}

/**
 * Reads reply templates from JSON or YAML text: a list of templates, or an object with a `templates` list.
 * @throws ConfigError naming the document and, for each invalid template, its id and the field path
 * @example
 * parseTemplatesDocument(`
 * templates:
 *   - id: order_tracking.friendly.es-MX
 *     intents: [order_tracking]
 *     locale: es-MX
 *     text: "¡Hola! Tu guía es {{trackingNumber}}."
 * `);
 */
export function parseTemplatesDocument(text: string, options: ParseDocumentOptions = {}): Template[] {
  const source = options.source ?? 'the templates document';
  return parseTemplates(parseListDocument(text, options.format ?? 'yaml', 'templates', source) as TemplateInput[], { source });
}

/**
 * Loads reply templates from a `.yaml`, `.yml` or `.json` file, to pass as `templates` to `createPipeline`: a
 * template with a built-in template's id replaces it, `enabled: false` removes it.
 * @throws ConfigError when the file cannot be read, does not parse, or holds an invalid template (named by id and field)
 * @example
 * import { loadTemplatesFile } from '@lianxing/core/loaders';
 * const pipeline = createPipeline({ templates: await loadTemplatesFile('replies/templates.yaml') });
 */
export async function loadTemplatesFile(path: string): Promise<Template[]> {
  return parseTemplatesDocument(await readDocument(path), { format: formatOfFile(path) ?? 'yaml', source: basename(path) });
}

/** Reads a configuration file, turning a filesystem failure into a ConfigError that names the file. */
export async function readDocument(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unreadable';
    throw new ConfigError(`[core] Cannot read ${basename(path)} (${code}): check the path and permissions.`, [{ path: '(file)', message: code }], { cause: error });
  }
}
