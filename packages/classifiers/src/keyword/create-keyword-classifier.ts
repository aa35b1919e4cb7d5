import { z } from 'zod';
import { ConfigError, SUPPORTED_LANGUAGES, type Evidence, type Classifier, type ClassifierOutput, type ClassifyContext, type ClassifyInput, type Prediction } from '@lianxing/core';
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

  const english = indexes.get('en');
  const allIndexes = [...indexes.values()];

  return {
    specificationVersion: 'v1',
    id,
    capabilities: { trainable: false, serializable: false, languages: [...SUPPORTED_LANGUAGES].filter((language) => indexes.has(language)) },
    classify(input: ClassifyInput, context: ClassifyContext): ClassifierOutput {
      const { text, language } = input;
      if (text.length === 0) return { predictions: [] };
      const { taxonomy } = context;
      // Per intent, in order of its first match: the summed score and the evidence.
      let slots: Map<string, number> | undefined;
      const intents: string[] = [];
      const scores: number[] = [];
      const lists: Evidence[][] = [];
      const evidence: Evidence[] = [];
      const add = (hits: readonly KeywordHit[], factor: number): void => {
        for (const hit of hits) {
          if (!taxonomy.has(hit.intent)) continue;
          slots ??= new Map();
          let slot = slots.get(hit.intent);
          if (slot === undefined) {
            slot = intents.length;
            slots.set(hit.intent, slot);
            intents.push(hit.intent);
            scores.push(0);
            lists.push([]);
          }
          scores[slot]! += hit.weight * factor * (hit.fuzzy ? fuzzyWeight : 1);
          const item = toEvidence(hit);
          evidence.push(item);
          lists[slot]!.push(item);
        }
      };
      const own = language === 'und' ? undefined : indexes.get(language);
      if (own) {
        add(own.match(text), 1);
        // Mixed-in English is matched exactly: typo tolerance would read other languages' words as English ones.
        if (language !== 'en' && english && englishMixWeight > 0) add(english.match(text, { fuzzy: false }), englishMixWeight);
      } else {
        // Unknown language: every lexicon gets a say; the best-matching language dominates by its score.
        for (const index of allIndexes) add(index.match(text), 1);
      }
      if (intents.length === 0) return { predictions: [] };
      let partition = taxonomy.ids.length - intents.length; // each unmatched intent weighs exp(0) = 1
      const exps: number[] = [];
      for (const score of scores) {
        const value = Math.exp(sharpness * score);
        exps.push(value);
        partition += value;
      }
      const predictions: Prediction[] = intents.map((intent, slot) => ({ intent, score: exps[slot]! / partition, evidence: lists[slot]! }));
      if (predictions.length > 1) predictions.sort((a, b) => b.score - a.score);
      return { predictions, evidence };
    },
  };
}

/** The languages with a built-in lexicon. */
export const KEYWORD_LANGUAGES: readonly string[] = Object.keys(BUILTIN_LEXICONS);
