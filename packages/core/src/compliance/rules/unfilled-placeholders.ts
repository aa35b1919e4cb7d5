import { matchSpans } from '../match-spans.js';
import type { ReplyLintRule } from '../reply-lint-rule.js';

// Template leftovers: {{name}}, {name}, ${name}, %s, [Buyer Name], <order number>, and the pipeline's PII masks ([EMAIL_1]).
const LEFTOVER = /\{\{[^{}\n]{0,60}\}\}|\$\{[^{}\n]{1,40}\}|(?<![\p{L}\p{N}])\{[a-zA-Z_][a-zA-Z0-9_ ]{0,30}\}|%[sd](?![\p{L}\p{N}])|\[(?:[A-Z][A-Z_]*_\d+|(?:buyer|customer|client|your|seller|store|shop|product|order|tracking)[ _-]?(?:name|number|id|no\.?))\]|<(?:buyer|customer|your|seller|store|shop|product|order|tracking)[ _-]?(?:name|number|id)>/giu;

/**
 * Placeholders left in a reply: unfilled template variables, the masks the pipeline puts in place of personal data
 * (`[EMAIL_1]`), and the bracketed blanks language models leave (`[Customer Name]`).
 */
export const unfilledPlaceholdersRule: ReplyLintRule = {
  id: 'unfilled-placeholder',
  description: 'A placeholder was left in the reply ({{name}}, [Customer Name], [EMAIL_1]…): fill it in or reword.',
  check: ({ text }) => matchSpans(text, LEFTOVER),
};
