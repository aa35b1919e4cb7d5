import { createReplyLinter, type ReplyLinter, type ReplyLinterOptions } from '../compliance/create-reply-linter.js';
import { ConfigError } from '../errors/config-error.js';
import { toSupportedLanguage } from '../languages.js';
import { createKnowledgeBase, type KnowledgeBase } from '../knowledge-base/create-knowledge-base.js';
import type { FaqEntryInput } from '../knowledge-base/faq-entry.js';
import { collectVariables } from '../replies/collect-variables.js';
import { localeChain } from '../replies/locale-chain.js';
import { matchLocale } from '../replies/locale-match.js';
import { renderText } from '../replies/render-text.js';
import { resolveBuyerLocale } from '../replies/resolve-buyer-locale.js';
import { withSpeaker, type Speaker } from '../replies/thai-speaker.js';
import { createTemplateLibrary, type SuggestInput, type TemplateLibrary } from '../replies/template-library.js';
import type { ReplySuggestion, TemplateInput } from '../schemas/template.js';

/** Options of {@link createReplySuggester}. */
export interface ReplySuggesterOptions {
  /** Templates to add to (or, by id, replace in) the built-in library. */
  readonly templates?: readonly TemplateInput[];
  /** @default true */
  readonly builtinTemplates?: boolean;
  /** FAQ entries, or a knowledge base made with `createKnowledgeBase`, answering `product_question`. */
  readonly knowledgeBase?: KnowledgeBase | readonly FaqEntryInput[];
  /** Intents answered from the knowledge base. @default ['product_question'] */
  readonly knowledgeBaseIntents?: readonly string[];
  /** Severity overrides and rules of your own for the compliance lint, or a linter. */
  readonly lint?: ReplyLinterOptions | ReplyLinter;
  /** How many replies to suggest. @default 3 */
  readonly limit?: number;
  /** Who speaks, when a message does not say: Thai replies say ค่ะ (`female`) or ครับ (`male`). @default 'female' */
  readonly speaker?: Speaker;
  /** The time zone dates are written in, when a message does not say. @default 'UTC' */
  readonly timeZone?: string;
}

/** The reply stage: templates and knowledge-base answers, rendered, linted and ranked. */
export interface ReplySuggester {
  readonly templates: TemplateLibrary;
  readonly knowledgeBase: KnowledgeBase | undefined;
  readonly linter: ReplyLinter;
  /** The best replies for a classified message, each with its score, reasons and lint findings. */
  suggest(input: SuggestInput): ReplySuggestion[];
}

const isLinter = (value: unknown): value is ReplyLinter => typeof value === 'object' && value !== null && typeof (value as ReplyLinter).lint === 'function';
const OPTION_KEYS: ReadonlySet<string> = new Set(['templates', 'builtinTemplates', 'knowledgeBase', 'knowledgeBaseIntents', 'lint', 'limit', 'speaker', 'timeZone']);

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};
const isKnowledgeBase = (value: unknown): value is KnowledgeBase => typeof value === 'object' && value !== null && typeof (value as KnowledgeBase).search === 'function';

/** How a knowledge-base answer's score is made: a base for having matched, then similarity and locale. */
const KB_BASE = 0.5;
const KB_SIMILARITY = 0.3;
const KB_LOCALE = 0.2;
const LINT_ERROR_FACTOR = 0.5;

/**
 * Builds the reply-suggestion stage. For `product_question` (or the intents you name), the best-matching FAQ answers
 * come first, in the buyer's locale or the nearest one; then the templates. Every reply is rendered from the
 * message's entities, the order context and your variables (never with a raw placeholder), linted for the
 * marketplace, and ranked; the best `limit` are returned.
 * @throws ConfigError naming an invalid template, FAQ entry or option
 * @example
 * const replies = createReplySuggester({ knowledgeBase: faq, lint: { rules: { 'generic/contact-details': 'off' } } });
 * replies.suggest({ intent: 'product_question', language: 'en', text: 'Is it waterproof?', sentiment, entities: [] });
 */
export function createReplySuggester(options: ReplySuggesterOptions = {}): ReplySuggester {
  if (typeof options !== 'object' || options === null) throw new ConfigError('[core] Reply options must be an object.', [{ path: '(root)', message: 'expected an object' }]);
  const unknownKeys = Object.keys(options).filter((key) => !OPTION_KEYS.has(key));
  if (unknownKeys.length > 0) throw new ConfigError(`[core] Unknown reply option${unknownKeys.length > 1 ? 's' : ''} ${unknownKeys.map((key) => `\`${key}\``).join(', ')}; known: ${[...OPTION_KEYS].join(', ')}.`, unknownKeys.map((key) => ({ path: key, message: 'unknown option' })));
  const limit = options.limit ?? 3;
  if (!Number.isInteger(limit) || limit < 0 || limit > 50) throw new ConfigError('[core] Reply option `limit` must be a whole number from 0 to 50.', [{ path: 'limit', message: 'must be a whole number from 0 to 50' }]);
  if (options.speaker !== undefined && options.speaker !== 'female' && options.speaker !== 'male') throw new ConfigError('[core] Reply option `speaker` must be `female` or `male`.', [{ path: 'speaker', message: 'must be `female` or `male`' }]);
  if (options.timeZone !== undefined && !isTimeZone(options.timeZone)) throw new ConfigError(`[core] Reply option \`timeZone\` is not a time zone: use an IANA name such as \`America/Mexico_City\`.`, [{ path: 'timeZone', message: 'not an IANA time zone' }]);
  const linter = isLinter(options.lint) ? options.lint : createReplyLinter(options.lint ?? {});
  const templates = createTemplateLibrary({ ...(options.templates ? { templates: options.templates } : {}), builtinTemplates: options.builtinTemplates !== false, linter });
  const knowledgeBase = options.knowledgeBase === undefined ? undefined : isKnowledgeBase(options.knowledgeBase) ? options.knowledgeBase : createKnowledgeBase(options.knowledgeBase);
  const knowledgeBaseIntents = new Set(options.knowledgeBaseIntents ?? ['product_question']);

  function answersFor(input: SuggestInput): ReplySuggestion[] {
    if (!knowledgeBase || !knowledgeBaseIntents.has(input.intent) || !input.text) return [];
    const matches = knowledgeBase.search(input.text, { entities: input.entities, productIds: input.variables?.['productId'] === undefined ? undefined : [input.variables['productId']] });
    if (matches.length === 0) return [];
    const chain = localeChain(resolveBuyerLocale(input), input.language);
    const language = input.language === 'und' ? 'en' : input.language;
    const values = collectVariables(input);
    const suggestions: ReplySuggestion[] = [];
    for (const match of matches) {
      const ranked = match.answers
        .map((answer) => ({ answer, locale: matchLocale(answer.locale, chain, language) }))
        .filter((candidate) => candidate.locale !== undefined)
        .sort((a, b) => (b.locale?.score ?? 0) - (a.locale?.score ?? 0));
      for (const { answer, locale } of ranked) {
        if (!locale) continue;
        const rendered = renderText(answer.text, values, { locale: answer.locale, timeZone: input.timeZone });
        if (!rendered.ok) continue;
        const text = withSpeaker(rendered.text, answer.locale, input.speaker);
        const report = linter.lint(text, { marketplace: input.marketplace, language: input.language === 'und' ? undefined : input.language, textLanguage: toSupportedLanguage(answer.locale), messageType: input.messageType });
        let score = KB_BASE + KB_SIMILARITY * match.score + KB_LOCALE * locale.score;
        const reasons = ['knowledge-base', ...match.reasons, locale.reason];
        if (!report.ok) {
          score *= LINT_ERROR_FACTOR;
          reasons.push(`lint:errors:${report.errors}`);
        }
        suggestions.push({ templateId: `kb:${match.entry.id}`, source: 'knowledge_base', locale: answer.locale, tone: 'friendly', text, score: Math.round(score * 1000) / 1000, reasons, findings: report.findings });
        break;
      }
    }
    return suggestions;
  }

  return {
    templates,
    knowledgeBase,
    linter,
    suggest(given) {
      if (limit === 0) return [];
      const input: SuggestInput = options.speaker === undefined && options.timeZone === undefined ? given : { ...given, speaker: given.speaker ?? options.speaker, timeZone: given.timeZone ?? options.timeZone };
      const answers = answersFor(input);
      const replies = templates.suggest(input, limit);
      // The templates come ranked, best `limit` first: only answers from the knowledge base need merging in.
      if (answers.length === 0) return replies;
      const all = [...answers, ...replies];
      all.sort((a, b) => b.score - a.score || a.templateId.localeCompare(b.templateId));
      return all.slice(0, limit);
    },
  };
}
