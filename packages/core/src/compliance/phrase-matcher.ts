import { eachMatch } from './each-match.js';
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
  const spaced: string[] = [];
  const unspaced: string[] = [];
  for (const [language, phrases] of Object.entries(lists)) (SPACED.has(language) ? spaced : unspaced).push(...phrases);
  // One boundary check around each group, not around each phrase: the engine compiles it far faster.
  const sources = [
    ...(spaced.length > 0 ? [`(?<![\\p{L}\\p{N}])(?:${spaced.join('|')})(?![\\p{L}\\p{N}])`] : []),
    ...(unspaced.length > 0 ? [`(?:${unspaced.join('|')})`] : []),
  ];
  return new RegExp(sources.length > 0 ? sources.join('|') : '(?!)', 'gu');
}

/** Every match of `pattern` in the folded text, as spans of the original text. */
export function matchFolded(folded: FoldedText, pattern: RegExp, message?: string): LintRuleMatch[] {
  const matches: LintRuleMatch[] = [];
  eachMatch(pattern, folded.text, (match) => {
    if (match[0].length === 0) return;
    const span = originalSpan(folded, match.index, match.index + match[0].length);
    matches.push(message === undefined ? span : { ...span, message });
  });
  return matches;
}

const LATIN_OR_DIGIT = /[a-z0-9]/;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * A rule check that reports every phrase of the lists found in the reply. Spaced-language and Chinese, Japanese
 * and Thai phrases are compiled apart, and each is only run on a text holding its script.
 */
export function phraseCheck(lists: PhraseList, message?: string): (input: { folded: FoldedText }) => LintRuleMatch[] {
  const spaced = compilePhrases(Object.fromEntries(Object.entries(lists).filter(([language]) => SPACED.has(language))));
  const unspaced = compilePhrases(Object.fromEntries(Object.entries(lists).filter(([language]) => !SPACED.has(language))));
  return ({ folded }) => [
    ...(LATIN_OR_DIGIT.test(folded.text) ? matchFolded(folded, spaced, message) : []),
    ...(UNSPACED_SCRIPT.test(folded.text) ? matchFolded(folded, unspaced, message) : []),
  ];
}
