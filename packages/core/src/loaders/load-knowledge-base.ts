import { basename } from 'node:path';
import { parseFaqEntries } from '../knowledge-base/create-knowledge-base.js';
import type { FaqEntry, FaqEntryInput } from '../knowledge-base/faq-entry.js';
import { readDocument, type ParseDocumentOptions } from './load-templates.js';
import { formatOfFile, parseListDocument } from './parse-document.js';

/**
 * Reads knowledge-base entries from JSON or YAML text: a list of entries, or an object with an `entries` list.
 * @throws ConfigError naming the document and, for each invalid entry, its id and the field path
 * @example
 * parseKnowledgeBaseDocument(`
 * entries:
 *   - id: waterproof
 *     questions: [Is it waterproof?, ¿Es impermeable?]
 *     answers: { en: "Yes, IPX7.", es: "Sí, IPX7." }
 * `);
 */
export function parseKnowledgeBaseDocument(text: string, options: ParseDocumentOptions = {}): FaqEntry[] {
  const source = options.source ?? 'the knowledge-base document';
  return parseFaqEntries(parseListDocument(text, options.format ?? 'yaml', 'entries', source) as FaqEntryInput[], source);
}

/**
 * Loads knowledge-base entries from a `.yaml`, `.yml` or `.json` file, to pass as `replies.knowledgeBase` to
 * `createPipeline` (or to `createKnowledgeBase`).
 * @throws ConfigError when the file cannot be read, does not parse, or holds an invalid entry
 * @example
 * import { loadKnowledgeBaseFile } from '@lianxing/core/loaders';
 * const pipeline = createPipeline({ replies: { knowledgeBase: await loadKnowledgeBaseFile('faq.yaml') } });
 */
export async function loadKnowledgeBaseFile(path: string): Promise<FaqEntry[]> {
  return parseKnowledgeBaseDocument(await readDocument(path), { format: formatOfFile(path) ?? 'yaml', source: basename(path) });
}
