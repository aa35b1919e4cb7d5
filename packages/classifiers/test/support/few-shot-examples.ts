// Deterministic few-shot sets from the corpus's training split (the dev split is never used for examples).
import type { SupportedLanguage, TrainingExample } from '@lianxing/core';
import { loadCorpus, type CorpusRow } from '../../scripts/corpus.js';

/** The first `perIntent` training rows of each intent in `language` (file order), and that language's dev rows. */
export function fewShotSplit(language: SupportedLanguage, perIntent: number): { examples: TrainingExample[]; dev: CorpusRow[] } {
  const rows = loadCorpus([language]);
  const taken = new Map<string, number>();
  const examples: TrainingExample[] = [];
  for (const row of rows) {
    if (row.split !== 'train' || (taken.get(row.intent) ?? 0) >= perIntent) continue;
    taken.set(row.intent, (taken.get(row.intent) ?? 0) + 1);
    examples.push({ text: row.text, intent: row.intent, language: row.lang });
  }
  return { examples, dev: rows.filter((row) => row.split === 'dev') };
}
