import { z } from 'zod';
import { ConfigError } from '../errors/config-error.js';
import type { LanguageCode } from '../languages.js';
import { intentIdSchema } from '../schemas/taxonomy.js';
import { foldText } from '../text/fold.js';

const ruleSchema = z
  .strictObject({
    id: z.string().min(1),
    intent: intentIdSchema,
    /** Languages the rule applies to; absent means all. */
    languages: z.array(z.string().min(2)).optional(),
    /** A regular expression (source text or RegExp), tested against the normalized text. */
    pattern: z.union([z.string().min(1), z.instanceof(RegExp)]).optional(),
    /** Phrases matched case- and accent-insensitively as substrings. */
    phrases: z.array(z.string().min(1)).optional(),
    /** How strongly a match pulls the result towards the intent, in (0, 1]. @default 0.8 */
    weight: z.number().gt(0).max(1).default(0.8),
  })
  .refine((rule) => rule.pattern !== undefined || (rule.phrases?.length ?? 0) > 0, {
    message: 'a rule needs a `pattern` or at least one phrase',
  });

/** A user-declared, high-precision rule: a pattern or phrases that point to an intent. */
export type RuleDefinition = z.input<typeof ruleSchema>;

/** A rule that fired, for fusion and explanations. */
export interface RuleMatch {
  readonly ruleId: string;
  readonly intent: string;
  readonly weight: number;
  readonly matched: string;
}

/** Rules compiled once, applied to every message. */
export interface CompiledRules {
  readonly size: number;
  match(text: string, language: LanguageCode): RuleMatch[];
}

/**
 * Validates and compiles rules. Invalid regular expressions and unknown intents are configuration errors.
 * @param knownIntent checks intent ids against the pipeline's taxonomy.
 */
export function compileRules(rules: readonly RuleDefinition[], knownIntent: (id: string) => boolean): CompiledRules {
  const compiled = rules.map((rule, index) => {
    const parsed = ruleSchema.safeParse(rule);
    if (!parsed.success) {
      throw ConfigError.fromIssues(`[core] Rule ${index}`, parsed.error.issues.map((issue) => ({ ...issue, path: ['rules', index, ...issue.path] })), parsed.error);
    }
    const data = parsed.data;
    if (!knownIntent(data.intent)) {
      throw new ConfigError(`[core] Rule \`${data.id}\` points to intent \`${data.intent}\`, which the taxonomy does not have.`, [{ path: `rules.${index}.intent`, message: 'unknown intent' }]);
    }
    let regex: RegExp | undefined;
    if (data.pattern instanceof RegExp) regex = new RegExp(data.pattern.source, data.pattern.flags.replace(/[gy]/g, '')); // stateless: no lastIndex carried between messages
    else if (typeof data.pattern === 'string') {
      try {
        regex = new RegExp(data.pattern, 'iu');
      } catch (error) {
        throw new ConfigError(`[core] Rule \`${data.id}\` has an invalid pattern: ${(error as Error).message}.`, [{ path: `rules.${index}.pattern`, message: 'invalid regular expression' }], { cause: error });
      }
    }
    return {
      id: data.id,
      intent: data.intent,
      weight: data.weight,
      languages: data.languages ? new Set(data.languages) : undefined,
      regex,
      phrases: (data.phrases ?? []).map(foldText),
    };
  });
  return {
    size: compiled.length,
    match(text, language) {
      if (compiled.length === 0) return [];
      const folded = foldText(text);
      const matches: RuleMatch[] = [];
      for (const rule of compiled) {
        if (rule.languages && !rule.languages.has(language)) continue;
        const found = rule.regex?.exec(text)?.[0] ?? rule.phrases.find((phrase) => folded.includes(phrase));
        if (found !== undefined) matches.push({ ruleId: rule.id, intent: rule.intent, weight: rule.weight, matched: found });
      }
      return matches;
    },
  };
}
