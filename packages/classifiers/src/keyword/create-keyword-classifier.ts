import { z } from 'zod';
import { ConfigError, SUPPORTED_LANGUAGES, type Evidence, type Classifier, type ClassifierOutput, type ClassifyContext, type ClassifyInput, type LanguageCode, type Prediction } from '@lianxing/core';
import { BUILTIN_LEXICONS } from './builtin-lexicons.js';
import { createSubstringIndex, createWordIndex, toEvidence, type KeywordHit, type KeywordIndex } from './keyword-index.js';
import type { IntentLexicon } from './keyword-lexicon.js';

const UNSEGMENTED: ReadonlySet<string> = new Set(['ja', 'zh', 'th']);

const entrySchema = z.union([z.string().min(1), z.tuple([z.string().min(1), z.number().gt(0).max(3)])]);
const optionsSchema = z.strictObject({
  /** Per-language lexicons, merged over the built-in ones (or replacing them with `builtin: false`). */
  lexicons: z.record(z.string().min(2), z.record(z.string(), z.array(entrySchema))).optional(),
  /** Use the built-in lexicons of the 24-intent taxonomy. @default true */
  builtin: z.boolean().optional(),
  /** Sharpness of the score → probability map: p ∝ exp(sharpness × score). @default 1.2 */
  sharpness: z.number().gt(0).max(20).optional(),
  /** Weight of the English lexicon's matches in non-English text (buyers mix in English words). @default 0.6 */
  englishMixWeight: z.number().min(0).max(1).optional(),
  /** Weight of fuzzy (typo) matches relative to exact ones. @default 0.8 */
  fuzzyWeight: z.number().min(0).max(1).optional(),
  /** Classifier id shown in explanations. @default 'keyword' */
  id: z.string().min(1).optional(),
});

/** Options of {@link createKeywordClassifier}. */
export type KeywordClassifierOptions = z.input<typeof optionsSchema>;

/**
 * A keyword classifier: weighted per-intent, per-language phrases; whole-word matching with stems and typo
 * tolerance (fastest-levenshtein) for Latin scripts, substring matching for Chinese, Japanese and Thai.
 * Explains each prediction with the matched terms. Abstains (no predictions) when nothing matches.
 * @example
 * const keyword = createKeywordClassifier({ lexicons: { es: { invoice_request: [['factura', 3], 'cfdi'] } } });
 */
export function createKeywordClassifier(options: KeywordClassifierOptions = {}): Classifier {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw ConfigError.fromIssues('[classifiers] [keyword] Options', parsed.error.issues, parsed.error);
  const { lexicons = {}, builtin = true, sharpness = 1.2, englishMixWeight = 0.6, fuzzyWeight = 0.8, id = 'keyword' } = parsed.data;

  const merged = new Map<string, Record<string, IntentLexicon[string]>>();
  const add = (language: string, lexicon: IntentLexicon): void => {
    const target = merged.get(language) ?? {};
    for (const [intent, entries] of Object.entries(lexicon)) target[intent] = [...(target[intent] ?? []), ...entries];
    merged.set(language, target);
  };
  if (builtin) for (const [language, lexicon] of Object.entries(BUILTIN_LEXICONS)) add(language, lexicon);
  for (const [language, lexicon] of Object.entries(lexicons)) add(language, lexicon);

  const indexes = new Map<string, KeywordIndex>();
  for (const [language, lexicon] of merged) {
    indexes.set(language, UNSEGMENTED.has(language) ? createSubstringIndex(lexicon) : createWordIndex(lexicon));
  }

  function collect(text: string, language: LanguageCode): { hits: KeywordHit[]; factor: number }[] {
    const own = language === 'und' ? undefined : indexes.get(language);
    if (own) {
      const sets = [{ hits: own.match(text), factor: 1 }];
      const english = indexes.get('en');
      // Mixed-in English is matched exactly: typo tolerance would read other languages' words as English ones.
      if (language !== 'en' && english && englishMixWeight > 0) sets.push({ hits: english.match(text, { fuzzy: false }), factor: englishMixWeight });
      return sets;
    }
    // Unknown language: every lexicon gets a say; the best-matching language dominates by its score.
    return [...indexes.values()].map((index) => ({ hits: index.match(text), factor: 1 }));
  }

  return {
    specificationVersion: 'v1',
    id,
    capabilities: { trainable: false, serializable: false, languages: [...SUPPORTED_LANGUAGES].filter((language) => indexes.has(language)) },
    classify(input: ClassifyInput, context: ClassifyContext): ClassifierOutput {
      if (input.text.length === 0) return { predictions: [] };
      const scores = new Map<string, number>();
      const matched: KeywordHit[] = [];
      for (const { hits, factor } of collect(input.text, input.language)) {
        for (const hit of hits) {
          if (!context.taxonomy.has(hit.intent)) continue;
          scores.set(hit.intent, (scores.get(hit.intent) ?? 0) + hit.weight * factor * (hit.fuzzy ? fuzzyWeight : 1));
          matched.push(hit);
        }
      }
      if (scores.size === 0) return { predictions: [] };
      const size = context.taxonomy.ids.length;
      let partition = size - scores.size; // each unmatched intent weighs exp(0) = 1
      const exps = new Map<string, number>();
      for (const [intent, score] of scores) {
        const value = Math.exp(sharpness * score);
        exps.set(intent, value);
        partition += value;
      }
      const evidence = toEvidence(matched);
      const byIntent = new Map<string, Evidence[]>();
      matched.forEach((hit, index) => {
        const list = byIntent.get(hit.intent);
        if (list) list.push(evidence[index]!);
        else byIntent.set(hit.intent, [evidence[index]!]);
      });
      const predictions: Prediction[] = [...exps.entries()]
        .map(([intent, value]) => ({ intent, score: value / partition, evidence: byIntent.get(intent) ?? [] }))
        .sort((a, b) => b.score - a.score);
      return { predictions, evidence };
    },
  };
}

/** The languages with a built-in lexicon. */
export const KEYWORD_LANGUAGES: readonly string[] = Object.keys(BUILTIN_LEXICONS);
