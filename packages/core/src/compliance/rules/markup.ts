import { matchSpans } from '../match-spans.js';
import type { ReplyLintRule } from '../reply-lint-rule.js';

const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,6});/gi;
// Bold or italic markers, headings, link syntax and bullet markers a plain-text channel shows as they are.
// Bounded, and link text never holds `[`: linear on hostile input such as `[[[[…`.
const MARKDOWN = /\*\*[^*\n]{1,200}\*\*|__[^_\n]{1,200}__|^#{1,6}\s|\[[^[\]\n]{1,200}\]\([^()\s]{1,500}\)|`[^`\n]{1,200}`/gm;
const LINE_BREAKS = /(?:\r?\n[ \t]*){3,}/g;


/** HTML tags and entities: Amazon rejects HTML in buyer messages; plain-text channels show the tags. */
export const htmlRule: ReplyLintRule = {
  id: 'html',
  description: 'HTML tag or entity: buyer messages are plain text (Amazon rejects HTML). Write the text without markup.',
  check: ({ text }) => matchSpans(text, HTML_TAG),
};

/** Markdown, as language models write it: shows up as raw asterisks and brackets on marketplace channels. */
export const markdownRule: ReplyLintRule = {
  id: 'markdown',
  description: 'Markdown formatting (**bold**, [link](url), # heading): marketplace channels show it as typed. Write plain text.',
  check: ({ text }) => matchSpans(text, MARKDOWN),
};

/** More than two line breaks in a row, which Amazon's styling rules do not allow. */
export const lineBreaksRule: ReplyLintRule = {
  id: 'line-breaks',
  description: 'More than two line breaks in a row: Amazon\'s message styling rules allow at most two.',
  check: ({ text }) => matchSpans(text, LINE_BREAKS),
};
