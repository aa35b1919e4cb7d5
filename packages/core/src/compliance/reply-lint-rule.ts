import type { LanguageCode } from '../languages.js';
import type { Entity, EntityType } from '../schemas/entity.js';
import type { FoldedText } from './fold-with-offsets.js';

/** What a reply is checked against. */
export interface LintContext {
  /** `amazon`, `mercadolibre`, `tiktok`… Generic rules apply everywhere; each marketplace adds its own. */
  readonly marketplace?: string | undefined;
  /**
   * The kind of message, where a marketplace sets limits per kind: for Amazon the SP-API messaging operation
   * (`confirmCustomizationDetails` 800 characters, `digitalAccessKey` 400, the others 2,000).
   */
  readonly messageType?: string | undefined;
  /** The buyer's language: a reply in another language is flagged (Amazon requires the buyer's language). */
  readonly language?: LanguageCode | undefined;
  /**
   * The language the reply is known to be written in (a template's locale), so it need not be detected. Leave it
   * out for free text: a person's or a language model's draft is checked by language detection.
   */
  readonly textLanguage?: LanguageCode | undefined;
}

/** What a rule sees of the reply. */
export interface RuleInput extends LintContext {
  readonly text: string;
  /** The text folded for matching (lower case, no Latin accents), with offsets back to `text`. */
  readonly folded: FoldedText;
  /**
   * The entities in the text (e-mails, phones, money…), found once per lint and shared by the rules. Given types,
   * only the entities of those types (the same ones, at the same places): a rule that needs a few types says which,
   * and text that cannot hold any of them is not read for the others.
   */
  readonly entities: (types?: readonly EntityType[]) => readonly Entity[];
}

/** A place where a rule matched: UTF-16 offsets into the reply, `end` exclusive. */
export interface LintRuleMatch {
  readonly start: number;
  readonly end: number;
  /** A message for this match, when it says more than the rule's. */
  readonly message?: string;
}

/**
 * One compliance check. Rules find places in a reply; the marketplace profile decides how severe each is.
 * @example
 * const noPrices: ReplyLintRule = {
 *   id: 'no-prices', description: 'Prices are confirmed by a person.',
 *   check: ({ text }) => [...text.matchAll(/\$\d+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
 * };
 */
export interface ReplyLintRule {
  /** Stable id within a scope, kebab-case: `external-link`. Findings carry `scope/id`: `amazon/external-link`. */
  readonly id: string;
  /** What the rule forbids and why, in English; the finding's message unless a match brings its own. */
  readonly description: string;
  check(input: RuleInput): readonly LintRuleMatch[];
}
