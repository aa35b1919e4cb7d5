import { createReplyLinter, type ReplyLinter } from '../compliance/create-reply-linter.js';
import { toSupportedLanguage, type LanguageCode } from '../languages.js';
import type { OrderContext } from '../schemas/conversation.js';
import type { Entity } from '../schemas/entity.js';
import type { Sentiment } from '../schemas/sentiment.js';
import type { KeigoLevel, ReplySuggestion, Template, TemplateInput, TemplateTone } from '../schemas/template.js';
import { BUILTIN_TEMPLATES } from '../templates/builtin-templates.js';
import { collectVariables } from './collect-variables.js';
import { desiredTone, toneFit, type ToneWish } from './desired-tone.js';
import { localeChain, normalizeLocale } from './locale-chain.js';
import { matchLocale } from './locale-match.js';
import { mergeTemplates, parseTemplates } from './parse-templates.js';
import { resolveBuyerLocale } from './resolve-buyer-locale.js';
import { withSpeaker, type Speaker } from './thai-speaker.js';
import { renderText } from './render-text.js';
import { parseTemplateText, type ParsedTemplateText } from './template-text.js';

/** What replies are chosen and written for: the classification, the buyer, the order, the caller's values. */
export interface SuggestInput {
  readonly intent: string;
  /** The language the message is written in. */
  readonly language: LanguageCode;
  /** The buyer's locale (BCP 47), when known: picks regional variants (`es-MX` before `es`). */
  readonly locale?: string | undefined;
  /** The marketplace site (`MLM`, `amazon.com.mx`, `BR`): gives the region when no locale is known. */
  readonly site?: string | undefined;
  readonly marketplace?: string | undefined;
  readonly sentiment: Sentiment;
  readonly entities: readonly Entity[];
  readonly order?: OrderContext | undefined;
  /** Extra variables from the caller, e.g. `{ storeName: 'Casa Luna', buyerName: 'Ana' }`. */
  readonly variables?: Readonly<Record<string, string>> | undefined;
  /** The buyer's message: tells Traditional from Simplified Chinese, and is what a knowledge base is searched with. */
  readonly text?: string | undefined;
  /** A tone to prefer over the one the sentiment suggests. */
  readonly tone?: TemplateTone | undefined;
  /** A keigo level to prefer for Japanese. */
  readonly keigo?: KeigoLevel | undefined;
  /** The time zone dates are written in. @default 'UTC' */
  readonly timeZone?: string | undefined;
  /** The marketplace message type, for length limits (Amazon: `confirmOrderDetails`…). */
  readonly messageType?: string | undefined;
  /** Who speaks, for Thai particles: the built-in Thai templates say ค่ะ; `male` makes them say ครับ. @default 'female' */
  readonly speaker?: Speaker | undefined;
}

/** A template that was not eligible, and why. */
export interface RejectedTemplate {
  readonly templateId: string;
  /** `locale`, `marketplace`, `condition:orderStatus`, `condition:sentiment`, `missing:orderId,trackingNumber`. */
  readonly reason: string;
}

/** Every eligible template, ranked, and the ones left out. */
export interface TemplateRanking {
  /** The buyer's locale fallback chain, as matched. */
  readonly chain: readonly string[];
  /** The tone the ranking favoured, and why. */
  readonly wish: ToneWish;
  readonly suggestions: readonly ReplySuggestion[];
  readonly rejected: readonly RejectedTemplate[];
}

/** Templates, indexed for selection and rendering. */
export interface TemplateLibrary {
  readonly size: number;
  readonly templates: readonly Template[];
  /** The best `limit` replies (default 3), ranked; never one with a raw placeholder. */
  suggest(input: SuggestInput, limit?: number): ReplySuggestion[];
  /** Every candidate for the intent: the eligible ones ranked with scores and reasons, the others with why not. */
  rank(input: SuggestInput): TemplateRanking;
}

/** Options of {@link createTemplateLibrary}. */
export interface TemplateLibraryOptions {
  /** Templates to add; one with a built-in template's id replaces it, `enabled: false` removes it. */
  readonly templates?: readonly TemplateInput[];
  /** Start from the built-in library (21 intents × 9 languages). @default true */
  readonly builtinTemplates?: boolean;
  /** The linter replies are checked with. @default the built-in rules */
  readonly linter?: ReplyLinter;
  /** Where `templates` come from, for error messages. */
  readonly source?: string;
}

interface CompiledTemplate {
  readonly template: Template;
  readonly text: ParsedTemplateText;
  /** The template's locale, normalized for matching. */
  readonly locale: string;
}

/** Weights of the parts of a score; they add up to 1. */
const WEIGHTS = { locale: 0.4, marketplace: 0.15, tone: 0.2, keigo: 0.05, orderStatus: 0.15, data: 0.05 } as const;
/** A reply with an error finding keeps this share of its score: shown to a person, ranked below clean ones. */
const LINT_ERROR_FACTOR = 0.5;

let builtinParsed: readonly Template[] | undefined;
/** Compiled templates, by template: the built-in ones are compiled once, however many libraries use them. */
const compiledCache = new WeakMap<Template, CompiledTemplate>();

function compile(template: Template): CompiledTemplate | undefined {
  const cached = compiledCache.get(template);
  if (cached) return cached;
  const text = parseTemplateText(template.text);
  if (!text.ok) return undefined;
  const compiled: CompiledTemplate = { template, text: text.parsed, locale: normalizeLocale(template.locale) ?? template.locale };
  compiledCache.set(template, compiled);
  return compiled;
}

/** The built-in templates, validated once. */
function builtinTemplates(): readonly Template[] {
  builtinParsed ??= parseTemplates(BUILTIN_TEMPLATES, { source: 'the built-in library' });
  return builtinParsed;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** A template that can be suggested, rendered and scored, before its lint. */
interface Candidate {
  readonly template: Template;
  readonly text: string;
  readonly score: number;
  readonly reasons: readonly string[];
  readonly textLanguage: LanguageCode | undefined;
}

const byScore = (a: Candidate, b: Candidate): number => b.score - a.score || a.template.id.localeCompare(b.template.id);
const bySuggestionScore = (a: ReplySuggestion, b: ReplySuggestion): number => b.score - a.score || a.templateId.localeCompare(b.templateId);

/**
 * Creates a template library: the built-in templates with yours laid over them. For a classification it keeps the
 * templates for the intent in a locale of the buyer's fallback chain (then a regional variant of the same language,
 * then English), on no other marketplace than the message's, whose conditions hold and whose every required
 * variable has a value, and ranks them by locale closeness, marketplace match, the tone the buyer needs
 * (apologetic when angry or reporting a problem), keigo level, order-status conditions met and data used. Each reply is linted for the
 * marketplace; one with an error finding ranks below the clean ones.
 * @throws ConfigError naming each invalid template and field
 * @example
 * const library = createTemplateLibrary({ templates: [{ id: 'mine', intents: ['order_tracking'], locale: 'es-MX', text: '¡Hola! Tu guía es {{trackingNumber}}.' }] });
 * library.suggest({ intent: 'order_tracking', language: 'es', locale: 'es-MX', sentiment, entities })[0]?.text;
 */
export function createTemplateLibrary(options: TemplateLibraryOptions = {}): TemplateLibrary {
  const user = parseTemplates(options.templates ?? [], options.source === undefined ? {} : { source: options.source });
  const templates = mergeTemplates(options.builtinTemplates === false ? [] : builtinTemplates(), user);
  const linter = options.linter ?? createReplyLinter();
  const byIntent = new Map<string, CompiledTemplate[]>();
  for (const template of templates) {
    const compiled = compile(template);
    // parseTemplates checked the syntax already; a template that does not parse cannot be here.
    if (!compiled) continue;
    for (const intent of template.intents) {
      const list = byIntent.get(intent) ?? [];
      list.push(compiled);
      byIntent.set(intent, list);
    }
  }

  /** The eligible templates, rendered and scored before the lint, best first; and the others, with why not. */
  function collect(input: SuggestInput): { chain: string[]; wish: ToneWish; candidates: Candidate[]; rejected: RejectedTemplate[] } {
    const buyerLocale = resolveBuyerLocale({ locale: input.locale, language: input.language, site: input.site, text: input.text });
    const chain = localeChain(buyerLocale, input.language);
    const buyerLanguage = input.language === 'und' ? chain[0] : input.language;
    const wish = desiredTone(input.sentiment, buyerLanguage ?? 'en', { tone: input.tone, keigo: input.keigo }, input.intent);
    const values = collectVariables(input);
    const available = Object.keys(values);
    const candidates: Candidate[] = [];
    const rejected: RejectedTemplate[] = [];
    for (const candidate of byIntent.get(input.intent) ?? []) {
      const { template } = candidate;
      const reject = (reason: string): void => void rejected.push({ templateId: template.id, reason });
      const reasons: string[] = [];

      const localeMatch = matchLocale(candidate.locale, chain, buyerLanguage ?? 'en');
      if (!localeMatch) {
        reject('locale');
        continue;
      }
      reasons.push(localeMatch.reason);

      if (template.marketplace !== undefined && template.marketplace.toLowerCase() !== input.marketplace?.toLowerCase()) {
        reject('marketplace');
        continue;
      }
      const statusCondition = template.conditions?.orderStatus;
      if (statusCondition) {
        const status = input.order?.status;
        if (status === undefined || !statusCondition.includes(status)) {
          reject('condition:orderStatus');
          continue;
        }
        reasons.push(`condition:orderStatus:${status}`);
      }
      const sentimentCondition = template.conditions?.sentiment;
      if (sentimentCondition) {
        if (!sentimentCondition.includes(input.sentiment.label)) {
          reject('condition:sentiment');
          continue;
        }
        reasons.push(`condition:sentiment:${input.sentiment.label}`);
      }

      const rendered = renderText(candidate.text, values, { locale: template.locale, variables: template.variables, timeZone: input.timeZone });
      if (!rendered.ok) {
        const why = [rendered.missing.length > 0 ? `missing:${rendered.missing.join(',')}` : '', rendered.invalid.length > 0 ? `invalid:${rendered.invalid.join(',')}` : ''].filter(Boolean).join(';');
        reject(why || 'empty');
        continue;
      }
      const text = withSpeaker(rendered.text, template.locale, input.speaker);

      const fit = toneFit(wish.tone, template.tone);
      reasons.push(`tone:${template.tone}${fit === 1 ? '' : `(wanted:${wish.tone})`}`);
      let keigoScore = 0.5;
      if (template.keigo !== undefined) {
        keigoScore = template.keigo === wish.keigo ? 1 : 0;
        reasons.push(`keigo:${template.keigo}`);
      }
      const marketplaceScore = template.marketplace === undefined ? 0 : 1;
      if (marketplaceScore === 1) reasons.push(`marketplace:${template.marketplace}`);
      const used = candidate.text.variables.filter((name) => available.includes(name)).length;
      const score = WEIGHTS.locale * localeMatch.score + WEIGHTS.marketplace * marketplaceScore + WEIGHTS.tone * fit + WEIGHTS.keigo * keigoScore
        + WEIGHTS.orderStatus * (statusCondition ? 1 : 0) + WEIGHTS.data * Math.min(1, used / 2);
      candidates.push({ template, text, score, reasons, textLanguage: toSupportedLanguage(candidate.locale) });
    }
    candidates.sort(byScore);
    return { chain, wish, candidates, rejected };
  }

  /** Lints a candidate for the message's marketplace: an error finding halves its score. */
  function finalize(candidate: Candidate, input: SuggestInput): ReplySuggestion {
    const report = linter.lint(candidate.text, { marketplace: input.marketplace, language: input.language === 'und' ? undefined : input.language, textLanguage: candidate.textLanguage, messageType: input.messageType });
    const reasons = report.ok ? candidate.reasons : [...candidate.reasons, `lint:errors:${report.errors}`];
    const score = report.ok ? candidate.score : candidate.score * LINT_ERROR_FACTOR;
    return { templateId: candidate.template.id, source: 'template', locale: candidate.template.locale, tone: candidate.template.tone, text: candidate.text, score: round(score), reasons, findings: report.findings };
  }

  function rank(input: SuggestInput): TemplateRanking {
    const { chain, wish, candidates, rejected } = collect(input);
    return { chain, wish, suggestions: candidates.map((candidate) => finalize(candidate, input)).sort(bySuggestionScore), rejected };
  }

  /** The best `limit`, linting only as many candidates as it takes: a lint can lower a score, never raise it. */
  function suggest(input: SuggestInput, limit = 3): ReplySuggestion[] {
    const { candidates } = collect(input);
    const wanted = Math.max(0, limit);
    const done: ReplySuggestion[] = [];
    for (let index = 0; index < candidates.length && wanted > 0; index++) {
      done.push(finalize(candidates[index]!, input));
      done.sort(bySuggestionScore);
      const next = candidates[index + 1];
      if (done.length >= wanted && (!next || (done[wanted - 1]?.score ?? 0) > round(next.score))) break;
    }
    return done.slice(0, wanted);
  }

  return { size: templates.length, templates, rank, suggest };
}
