/**
 * Loading reply templates and knowledge-base entries from JSON or YAML files (Node only).
 * @example
 * import { createPipeline } from 'lianxing';
 * import { loadKnowledgeBaseFile, loadTemplatesFile } from 'lianxing/loaders';
 * const pipeline = createPipeline({ templates: await loadTemplatesFile('templates.yaml'), replies: { knowledgeBase: await loadKnowledgeBaseFile('faq.yaml') } });
 */
export * from '@lianxing/core/loaders';
