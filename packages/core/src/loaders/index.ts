export { loadTemplatesFile, parseTemplatesDocument, readDocument, type ParseDocumentOptions } from './load-templates.js';
export { loadKnowledgeBaseFile, parseKnowledgeBaseDocument } from './load-knowledge-base.js';
export { formatOfFile, parseListDocument, type DocumentFormat } from './parse-document.js';
