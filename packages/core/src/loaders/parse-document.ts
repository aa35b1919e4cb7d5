import { parse, YAMLError } from 'yaml';
import { ConfigError } from '../errors/config-error.js';

/** The formats configuration documents are written in. */
export type DocumentFormat = 'yaml' | 'json';

/**
 * The format a file name implies: `.yaml`/`.yml` → YAML, `.json` → JSON.
 * @example formatOfFile('faq.yml') // 'yaml'
 */
export function formatOfFile(path: string): DocumentFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  if (lower.endsWith('.json')) return 'json';
  return undefined;
}

/**
 * Parses a JSON or YAML document (YAML with unique keys and the `yaml` library's alias limit against expansion
 * attacks) and returns the list it holds: the document itself, or the list under `key` (`templates:`, `entries:`).
 * @throws ConfigError naming the source and, for syntax errors, the line and column
 * @example parseListDocument('templates: [{ id: a }]', 'yaml', 'templates', 'templates.yaml') // [{ id: 'a' }]
 */
export function parseListDocument(text: string, format: DocumentFormat, key: string, source: string): unknown[] {
  let value: unknown;
  try {
    value = format === 'json' ? JSON.parse(text) : parse(text, { uniqueKeys: true, maxAliasCount: 100 });
  } catch (error) {
    if (error instanceof YAMLError) {
      const where = error.linePos ? ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}` : '';
      const reason = error.message.split('\n')[0] ?? error.message;
      throw new ConfigError(`[core] ${source} is not valid YAML${where}: ${reason}`, [{ path: '(document)', message: `${reason}${where}` }], { cause: error });
    }
    const reason = error instanceof Error ? error.message.replace(/^JSON\.parse: /, '') : String(error);
    throw new ConfigError(`[core] ${source} is not valid JSON: ${reason}`, [{ path: '(document)', message: reason }], { cause: error });
  }
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null && Array.isArray((value as Record<string, unknown>)[key])) return (value as Record<string, unknown[]>)[key] ?? [];
  throw new ConfigError(`[core] ${source} must hold a list, or an object with a \`${key}\` list.`, [{ path: key, message: 'expected a list' }]);
}
