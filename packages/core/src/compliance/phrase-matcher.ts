import { originalSpan, type FoldedText } from './fold-with-offsets.js';
import type { LintRuleMatch } from './reply-lint-rule.js';

/** Languages written with spaces between words, where a phrase must start and end on a word boundary. */
const SPACED: ReadonlySet<string> = new Set(['en', 'es', 'pt', 'fr', 'de', 'id', 'any']);

/**
 * Phrases per language, as regular-expression sources written in folded form (lower case, no accents:
 * `reembolsaremos`, `nachste`). Keys are language codes; `any` holds phrases checked in every text.
 */
export type PhraseList = Readonly<Record<string, readonly string[]>>;

/**
 * Compiles phrase lists into one regular expression over folded text. Phrases of spaced languages match whole
 * words only; Chinese, Japanese and Thai phrases match anywhere, since those scripts have no spaces.
 * @example compilePhrases({ en: ['legal action'], ja: ['法的措置'] })
 */
export function compilePhrases(lists: PhraseList): RegExp {
  const sources: string[] = [];
  for (const [language, phrases] of Object.entries(lists)) {
    for (const phrase of phrases) sources.push(SPACED.has(language) ? `(?<![\\p{L}\\p{N}])(?:${phrase})(?![\\p{L}\\p{N}])` : `(?:${phrase})`);
  }
  return new RegExp(sources.join('|'), 'gu');
}

/** Every match of `pattern` in the folded text, as spans of the original text. */
export function matchFolded(folded: FoldedText, pattern: RegExp, message?: string): LintRuleMatch[] {
  const matches: LintRuleMatch[] = [];
  for (const match of folded.text.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    const span = originalSpan(folded, match.index, match.index + match[0].length);
    matches.push(message === undefined ? span : { ...span, message });
  }
  return matches;
}

/** A rule check that reports every phrase of the lists found in the reply. */
export function phraseCheck(lists: PhraseList, message?: string): (input: { folded: FoldedText }) => LintRuleMatch[] {
  const pattern = compilePhrases(lists);
  return ({ folded }) => matchFolded(folded, pattern, message);
}
