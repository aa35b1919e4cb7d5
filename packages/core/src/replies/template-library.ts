import { createReplyLinter, type ReplyLinter } from '../compliance/create-reply-linter.js';
import { toSupportedLanguage, type LanguageCode } from '../languages.js';
import type { OrderContext } from '../schemas/conversation.js';
import type { Entity } from '../schemas/entity.js';
import type { Sentiment } from '../schemas/sentiment.js';
import type { KeigoLevel, ReplySuggestion, Template, TemplateInput, TemplateTone } from '../schemas/template.js';
import { BUILTIN_TEMPLATES } from '../templates/builtin-templates.js';
import { collectVariables } from './collect-variables.js';
import { desiredTone, toneFit, type ToneWish } from './desired-tone.js';
import { boundedMemo } from './bounded-memo.js';
import { collationRanks } from './collation-ranks.js';
import { normalizeLocale, sharedLocaleChain } from './locale-chain.js';
import { matchLocale, type LocaleMatch } from './locale-match.js';
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
  /** The language the template is written in, for the lint. */
  readonly textLanguage: LanguageCode | undefined;
  /** The template's marketplace, lower-cased. */
  readonly marketplace: string | undefined;
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
  const locale = normalizeLocale(template.locale) ?? template.locale;
  const compiled: CompiledTemplate = { template, text: text.parsed, locale, textLanguage: toSupportedLanguage(locale), marketplace: template.marketplace?.toLowerCase() };
  compiledCache.set(template, compiled);
  return compiled;
}

/** The built-in templates, validated once. */
function builtinTemplates(): readonly Template[] {
  builtinParsed ??= parseTemplates(BUILTIN_TEMPLATES, { source: 'the built-in library' });
  return builtinParsed;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** A template that passed the locale, marketplace and condition checks, scored; not yet rendered. */
interface Eligible {
  readonly compiled: CompiledTemplate;
  readonly locale: LocaleMatch;
  /** The order status the template's condition matched. */
  readonly status: string | undefined;
  readonly score: number;
  /** The template id's place in localeCompare order. */
  readonly rank: number;
}

/** A template that can be suggested, rendered and scored, before its lint. */
interface Candidate {
  readonly template: Template;
  readonly text: string;
  readonly score: number;
  readonly reasons: readonly string[];
  readonly textLanguage: LanguageCode | undefined;
}

/** What a classification asks of every template: computed once per call. */
interface Wanted {
  readonly chain: readonly string[];
  readonly buyerLanguage: string;
  readonly wish: ToneWish;
  readonly values: Readonly<Record<string, string>>;
  readonly marketplace: string | undefined;
}

const byScore = (a: { readonly score: number; readonly template: Template }, b: { readonly score: number; readonly template: Template }): number => b.score - a.score || a.template.id.localeCompare(b.template.id);
const bySuggestionScore = (a: ReplySuggestion, b: ReplySuggestion): number => b.score - a.score || a.templateId.localeCompare(b.templateId);
const hasOwn = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

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
  // Ties are broken by id in localeCompare order; the collator is asked once per id, not on every comparison.
  const idRanks = collationRanks(templates.map((template) => template.id));
  const rankOf = (id: string): number => idRanks.get(id) ?? 0;
  const byEligibleScore = (a: Eligible, b: Eligible): number => b.score - a.score || a.rank - b.rank;
  const byRankedScore = (a: ReplySuggestion, b: ReplySuggestion): number => b.score - a.score || rankOf(a.templateId) - rankOf(b.templateId);
  const NO_TEMPLATES: readonly CompiledTemplate[] = [];
  /** How each template of an intent matches a locale chain, in the intent's order: a few chains cover most buyers. */
  const localeMatches = new Map<string, (key: string) => readonly (LocaleMatch | undefined)[]>();
  for (const [intent, list] of byIntent) {
    localeMatches.set(intent, boundedMemo((key) => {
      // Locale tags and language codes hold no spaces: the key is the buyer's language, then the chain.
      const [buyerLanguage = 'en', ...chain] = key.split(' ');
      return list.map((candidate) => matchLocale(candidate.locale, chain, buyerLanguage));
    }));
  }

  function wantedBy(input: SuggestInput): Wanted {
    const buyerLocale = resolveBuyerLocale({ locale: input.locale, language: input.language, site: input.site, text: input.text });
    const chain = sharedLocaleChain(buyerLocale, input.language);
    const buyerLanguage = (input.language === 'und' ? chain[0] : input.language) ?? 'en';
    const wish = desiredTone(input.sentiment, buyerLanguage, { tone: input.tone, keigo: input.keigo }, input.intent);
    return { chain, buyerLanguage, wish, values: collectVariables(input), marketplace: input.marketplace?.toLowerCase() };
  }

  /** The intent's templates, each with how it matches the buyer's locales. */
  function templatesFor(input: SuggestInput, wanted: Wanted): { readonly list: readonly CompiledTemplate[]; readonly locales: readonly (LocaleMatch | undefined)[] } {
    const list = byIntent.get(input.intent);
    const matches = localeMatches.get(input.intent);
    if (!list || !matches) return { list: NO_TEMPLATES, locales: [] };
    return { list, locales: matches(`${wanted.buyerLanguage} ${wanted.chain.join(' ')}`) };
  }

  /** Whether a template may be suggested (before rendering), with its score; or why not. */
  function screen(candidate: CompiledTemplate, locale: LocaleMatch | undefined, input: SuggestInput, wanted: Wanted): Eligible | string {
    const { template } = candidate;
    if (!locale) return 'locale';
    if (candidate.marketplace !== undefined && candidate.marketplace !== wanted.marketplace) return 'marketplace';
    const statusCondition = template.conditions?.orderStatus;
    const status = input.order?.status;
    if (statusCondition && (status === undefined || !statusCondition.includes(status))) return 'condition:orderStatus';
    const sentimentCondition = template.conditions?.sentiment;
    if (sentimentCondition && !sentimentCondition.includes(input.sentiment.label)) return 'condition:sentiment';
    const fit = toneFit(wanted.wish.tone, template.tone);
    const keigoScore = template.keigo === undefined ? 0.5 : template.keigo === wanted.wish.keigo ? 1 : 0;
    const marketplaceScore = template.marketplace === undefined ? 0 : 1;
    let used = 0;
    for (const name of candidate.text.variables) if (hasOwn(wanted.values, name)) used++;
    const score = WEIGHTS.locale * locale.score + WEIGHTS.marketplace * marketplaceScore + WEIGHTS.tone * fit + WEIGHTS.keigo * keigoScore
      + WEIGHTS.orderStatus * (statusCondition ? 1 : 0) + WEIGHTS.data * Math.min(1, used / 2);
    return { compiled: candidate, locale, status: statusCondition ? status : undefined, score, rank: rankOf(template.id) };
  }

  /** Renders an eligible template: the reply before its lint, or why it cannot be written. */
  function render(eligible: Eligible, input: SuggestInput, wanted: Wanted): Candidate | string {
    const { template, text: parsed, textLanguage } = eligible.compiled;
    const rendered = renderText(parsed, wanted.values, { locale: template.locale, variables: template.variables, timeZone: input.timeZone });
    if (!rendered.ok) {
      const why = [rendered.missing.length > 0 ? `missing:${rendered.missing.join(',')}` : '', rendered.invalid.length > 0 ? `invalid:${rendered.invalid.join(',')}` : ''].filter(Boolean).join(';');
      return why || 'empty';
    }
    const reasons = [eligible.locale.reason];
    if (eligible.status !== undefined) reasons.push(`condition:orderStatus:${eligible.status}`);
    if (template.conditions?.sentiment) reasons.push(`condition:sentiment:${input.sentiment.label}`);
    const wish = wanted.wish.tone;
    reasons.push(`tone:${template.tone}${toneFit(wish, template.tone) === 1 ? '' : `(wanted:${wish})`}`);
    if (template.keigo !== undefined) reasons.push(`keigo:${template.keigo}`);
    if (template.marketplace !== undefined) reasons.push(`marketplace:${template.marketplace}`);
    return { template, text: withSpeaker(rendered.text, template.locale, input.speaker), score: eligible.score, reasons, textLanguage };
  }

  /** Lints a candidate for the message's marketplace: an error finding halves its score. */
  function finalize(candidate: Candidate, input: SuggestInput): ReplySuggestion {
    const report = linter.lint(candidate.text, { marketplace: input.marketplace, language: input.language === 'und' ? undefined : input.language, textLanguage: candidate.textLanguage, messageType: input.messageType });
    const reasons = report.ok ? candidate.reasons : [...candidate.reasons, `lint:errors:${report.errors}`];
    const score = report.ok ? candidate.score : candidate.score * LINT_ERROR_FACTOR;
    return { templateId: candidate.template.id, source: 'template', locale: candidate.template.locale, tone: candidate.template.tone, text: candidate.text, score: round(score), reasons, findings: report.findings };
  }

  function rank(input: SuggestInput): TemplateRanking {
    const wanted = wantedBy(input);
    const { list, locales } = templatesFor(input, wanted);
    const candidates: Candidate[] = [];
    const rejected: RejectedTemplate[] = [];
    list.forEach((compiled, index) => {
      const eligible = screen(compiled, locales[index], input, wanted);
      const candidate = typeof eligible === 'string' ? eligible : render(eligible, input, wanted);
      if (typeof candidate === 'string') rejected.push({ templateId: compiled.template.id, reason: candidate });
      else candidates.push(candidate);
    });
    candidates.sort(byScore);
    const suggestions = candidates.map((candidate) => finalize(candidate, input)).sort(bySuggestionScore);
    return { chain: [...wanted.chain], wish: wanted.wish, suggestions, rejected };
  }

  /** Whether no eligible template from `from` on can rank above `last`, whatever its lint (which only lowers scores). */
  function settled(eligible: readonly Eligible[], from: number, last: ReplySuggestion): boolean {
    const lastRank = rankOf(last.templateId);
    for (let index = from; index < eligible.length; index++) {
      const upcoming = eligible[index]!;
      const best = round(upcoming.score);
      if (best < last.score) return true;
      if (best > last.score || upcoming.rank < lastRank) return false;
    }
    return true;
  }

  /**
   * The best `limit`, rendering and linting only as many candidates as it takes: scores are known before rendering,
   * and a lint can lower a score, never raise it.
   */
  function suggest(input: SuggestInput, limit = 3): ReplySuggestion[] {
    const wanted = Math.max(0, limit);
    if (!(wanted > 0)) return [];
    const want = wantedBy(input);
    const { list, locales } = templatesFor(input, want);
    const eligible: Eligible[] = [];
    for (let index = 0; index < list.length; index++) {
      const screened = screen(list[index]!, locales[index], input, want);
      if (typeof screened !== 'string') eligible.push(screened);
    }
    eligible.sort(byEligibleScore);
    const done: ReplySuggestion[] = [];
    let cursor = 0;
    for (;;) {
      const last = done.length >= wanted ? done[wanted - 1] : undefined;
      if (last && settled(eligible, cursor, last)) break;
      let current: Candidate | undefined;
      while (!current && cursor < eligible.length) {
        const rendered = render(eligible[cursor++]!, input, want);
        if (typeof rendered !== 'string') current = rendered;
      }
      // None left, or ranked below the last kept reply before its lint: neither it nor any after it can take a place.
      if (!current || (last && round(current.score) < last.score)) break;
      done.push(finalize(current, input));
      done.sort(byRankedScore);
    }
    return done.slice(0, wanted);
  }

  return { size: templates.length, templates, rank, suggest };
}
