import { eachMatch } from './each-match.js';
import type { LintRuleMatch } from './reply-lint-rule.js';

/**
 * The spans of every match of a global regular expression in `text`, as `matchAll` finds them.
 * @example matchSpans('a 12 b 345', /\d+/g) // [{ start: 2, end: 4 }, { start: 7, end: 10 }]
 */
export function matchSpans(text: string, pattern: RegExp): LintRuleMatch[] {
  const found: LintRuleMatch[] = [];
  eachMatch(pattern, text, (match) => void found.push({ start: match.index, end: match.index + match[0].length }));
  return found;
}
