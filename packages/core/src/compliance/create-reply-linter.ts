import { z } from 'zod';
import { ConfigError } from '../errors/config-error.js';
import { redactDetail } from '../errors/to-lianxing-error.js';
import { ENTITY_SIGNALS } from './entity-signals.js';
import { foldWithOffsets } from './fold-with-offsets.js';
import { createSegmentedCache } from './segmented-cache.js';
import type { LintFinding, LintSeverity } from './lint-finding.js';
import { GENERIC_PROFILE, MARKETPLACE_PROFILES, profileNameOf } from './marketplace-profiles.js';
import type { Entity } from '../schemas/entity.js';
import { extractEntities } from '../stages/extract-entities.js';
import type { LintContext, ReplyLintRule, RuleInput } from './reply-lint-rule.js';

/** A rule of your own, with its severity, for every marketplace or only some. */
export interface CustomLintRule {
  readonly rule: ReplyLintRule;
  readonly severity: LintSeverity;
  /** Marketplaces it applies to. @default every marketplace */
  readonly marketplaces?: readonly string[];
}

/** Options of {@link createReplyLinter}. */
export interface ReplyLinterOptions {
  /**
   * Severity overrides. Keys are finding rule ids (`amazon/emoji`, `generic/contact-details`) or bare rule ids for
   * every scope (`external-link`); `off` switches a rule off.
   * @example { 'generic/contact-details': 'off', 'amazon/review-request': 'error' }
   */
  readonly rules?: Readonly<Record<string, LintSeverity | 'off'>>;
  /** Rules of your own; their findings carry `custom/<id>`. */
  readonly customRules?: readonly CustomLintRule[];
  /**
   * How many recent reports to remember, so the same reply (a template rendered again) is not checked twice. A
   * tenth holds replies seen once (most carry an order number and never come back); the rest, replies seen again.
   * Rules must give the same findings for the same text and context. `0` turns it off. @default 1000
   */
  readonly cacheSize?: number;
}

/** The outcome of linting one reply. */
export interface LintReport {
  /** No `error` finding: the reply may be sent automatically. */
  readonly ok: boolean;
  /** Every finding, in text order. */
  readonly findings: readonly LintFinding[];
  readonly errors: number;
  readonly warnings: number;
}

/** A rule as it applies to one marketplace. */
export interface EffectiveRule {
  /** The id findings carry: `scope/rule`. */
  readonly ruleId: string;
  readonly severity: LintSeverity;
  readonly description: string;
}

/** Checks replies against the generic and marketplace compliance rules. */
export interface ReplyLinter {
  /** Lints a reply: a template's rendering, or free text a person or a language model wrote. */
  lint(text: string, context?: LintContext): LintReport;
  /** The rules that apply on a marketplace (the generic ones when it has no profile), with their severities. */
  rulesFor(marketplace?: string): readonly EffectiveRule[];
}

const severitySchema = z.enum(['error', 'warning', 'info', 'off']);
const ruleSchema = z.custom<ReplyLintRule>(
  (value) => typeof value === 'object' && value !== null && typeof (value as ReplyLintRule).id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test((value as ReplyLintRule).id) && typeof (value as ReplyLintRule).check === 'function',
  { message: 'a rule needs a kebab-case `id` and a `check` function' },
);
const optionsSchema = z.strictObject({
  rules: z.record(z.string().regex(/^(?:[a-z0-9-]+\/)?[a-z0-9-]+$/, 'must be a rule id such as `amazon/emoji` or `emoji`'), severitySchema).optional(),
  customRules: z.array(z.strictObject({ rule: ruleSchema, severity: z.enum(['error', 'warning', 'info']), marketplaces: z.array(z.string().min(1)).optional() })).optional(),
  cacheSize: z.number().int().min(0).max(100_000).optional(),
});

interface ScopedRule {
  readonly scope: string;
  readonly rule: ReplyLintRule;
  readonly severity: LintSeverity;
}

const EXCERPT_LENGTH = 80;
/**
 * The longest text the rules read, in UTF-16 units. Every marketplace caps replies far below it (Amazon and TikTok
 * Shop at 2,000 characters); a longer text gets a `generic/too-long` error and only its start is checked.
 */
export const MAX_LINTED_LENGTH = 10_000;

/**
 * Creates a reply linter. Generic rules (no compensation amounts, legal language, contact details, review
 * manipulation, offensive language, leftover placeholders) apply everywhere; `amazon`, `mercadolibre` and `tiktok`
 * add or tighten their own. Findings carry a rule id, a span and a severity; an `error` means the reply must not be
 * sent without a person.
 * @throws ConfigError naming the invalid option
 * @example
 * const linter = createReplyLinter({ rules: { 'generic/contact-details': 'off' } });
 * linter.lint('Visit www.example.com for 20% off!', { marketplace: 'amazon' }).ok; // false
 */
export function createReplyLinter(options: ReplyLinterOptions = {}): ReplyLinter {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw ConfigError.fromIssues('[core] Reply linter options', parsed.error.issues, parsed.error);
  const overrides = options.rules ?? {};
  const custom = options.customRules ?? [];
  const cache = new Map<string, readonly ScopedRule[]>();
  const cacheSize = options.cacheSize ?? 1000;
  const reports = createSegmentedCache<LintReport>(cacheSize);

  function scopedRules(marketplace: string | undefined): readonly ScopedRule[] {
    const key = marketplace?.toLowerCase() ?? '';
    const cached = cache.get(key);
    if (cached) return cached;
    const profile = profileNameOf(marketplace);
    const own = profile === undefined ? [] : (MARKETPLACE_PROFILES[profile] ?? []);
    const ownIds = new Set(own.map((entry) => entry.rule.id));
    const candidates: ScopedRule[] = [
      ...GENERIC_PROFILE.filter((entry) => !ownIds.has(entry.rule.id)).map((entry) => ({ scope: 'generic', ...entry })),
      ...own.map((entry) => ({ scope: profile ?? 'generic', ...entry })),
      ...custom.filter((entry) => !entry.marketplaces || (marketplace !== undefined && entry.marketplaces.some((name) => name.toLowerCase() === key))).map((entry) => ({ scope: 'custom', rule: entry.rule, severity: entry.severity })),
    ];
    const rules: ScopedRule[] = [];
    for (const entry of candidates) {
      const override = overrides[`${entry.scope}/${entry.rule.id}`] ?? overrides[entry.rule.id];
      if (override === 'off') continue;
      rules.push(override === undefined ? entry : { ...entry, severity: override });
    }
    cache.set(key, rules);
    return rules;
  }

  return {
    rulesFor(marketplace) {
      return scopedRules(marketplace).map((entry) => ({ ruleId: `${entry.scope}/${entry.rule.id}`, severity: entry.severity, description: entry.rule.description }));
    },
    lint(text, context = {}) {
      if (typeof text !== 'string') throw new TypeError('[core] lint() needs the reply text as a string.');
      const key = cacheSize > 0 ? [context.marketplace?.toLowerCase(), context.language, context.textLanguage, context.messageType, text].join('\u0000') : '';
      const remembered = cacheSize > 0 ? reports.get(key) : undefined;
      if (remembered) return remembered;
      const report = check(text, context);
      if (cacheSize > 0) reports.set(key, report);
      return report;
    },
  };

  function check(text: string, context: LintContext): LintReport {
    const findings: LintFinding[] = [];
    if (text.length > MAX_LINTED_LENGTH) {
      findings.push({ ruleId: 'generic/too-long', severity: 'error', message: `${text.length} characters: no marketplace accepts a reply this long; only the first ${MAX_LINTED_LENGTH} were checked.`, span: { start: MAX_LINTED_LENGTH, end: text.length }, excerpt: text.slice(MAX_LINTED_LENGTH, MAX_LINTED_LENGTH + EXCERPT_LENGTH) });
    }
    const checked = text.length > MAX_LINTED_LENGTH ? text.slice(0, MAX_LINTED_LENGTH) : text;
    const extractOptions = context.language === undefined || context.language === 'und' ? {} : { language: context.language };
    let entities: readonly Entity[] | undefined;
    const allEntities = (): readonly Entity[] => (entities ??= extractEntities(checked, extractOptions));
    const input: RuleInput = {
      ...context, text: checked, folded: foldWithOffsets(checked),
      entities: (types) => {
        if (types === undefined) return allEntities();
        if (entities === undefined) {
          if (types.every((type) => ENTITY_SIGNALS[type]?.(checked) === false)) return [];
          // Overlaps only drop candidates: when no recognizer of these types finds one, the full extraction holds
          // none of them either, and the other recognizers need not run.
          if (extractEntities(checked, { ...extractOptions, types }).length === 0) return [];
        }
        return allEntities().filter((entity) => types.includes(entity.type));
      },
    };
    for (const { scope, rule, severity } of scopedRules(context.marketplace)) {
      const ruleId = `${scope}/${rule.id}`;
      let matches;
      try {
        matches = rule.check(input);
      } catch (error) {
        // A failing rule must not let a reply through unchecked: it counts as a finding of its own severity.
        findings.push({ ruleId, severity, message: `The rule failed: ${redactDetail(error instanceof Error ? error.message : String(error))}`, span: { start: 0, end: checked.length }, excerpt: checked.slice(0, EXCERPT_LENGTH) });
        continue;
      }
      for (const match of matches) {
        const start = Math.max(0, Math.min(match.start, checked.length));
        const end = Math.max(start, Math.min(match.end, checked.length));
        findings.push({ ruleId, severity, message: match.message ?? rule.description, span: { start, end }, excerpt: text.slice(start, Math.min(end, start + EXCERPT_LENGTH)) });
      }
    }
    findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    const warnings = findings.filter((finding) => finding.severity === 'warning').length;
    return { ok: errors === 0, findings, errors, warnings };
  }
}

let defaultLinter: ReplyLinter | undefined;

/**
 * Lints a reply with the built-in rules: the generic ones, plus the marketplace's. Use it on anything about to be
 * sent: a rendered template, an agent's draft, a language model's answer.
 * @example
 * lintReply('Escríbenos al WhatsApp 55 1234 5678', { marketplace: 'mercadolibre', language: 'es' }).findings.map((f) => f.ruleId);
 * // ['generic/contact-details', 'mercadolibre/off-platform']
 */
export function lintReply(text: string, context: LintContext = {}): LintReport {
  defaultLinter ??= createReplyLinter();
  return defaultLinter.lint(text, context);
}
