import { TrainingDataError, normalizeText, type TrainingExample, type TrainingDataIssue } from '@lianxing/core';
import { prepareText } from './featurize.js';

const INTENT_ID = /^[a-z][a-z0-9_]*$/;

/** Training data after validation, with what was dropped and why. */
export interface PreparedTrainingData {
  readonly texts: string[];
  readonly intents: string[];
  readonly warnings: string[];
}

/**
 * Validates labelled examples. Errors (a typed {@link TrainingDataError} naming lines): a text that is not a string,
 * an invalid or (with `knownIntents`) unknown intent id, an intent with fewer than 2 examples, fewer than 2 intents.
 * Warnings (training goes on): empty texts (skipped), exact duplicates (kept once), the same text under several
 * intents (the majority label is kept; on a tie, all copies are dropped).
 */
export function prepareTrainingData(examples: readonly TrainingExample[], knownIntents?: ReadonlySet<string>): PreparedTrainingData {
  const issues: TrainingDataIssue[] = [];
  const warnings: string[] = [];
  const byText = new Map<string, { text: string; votes: Map<string, number[]> }>();
  examples.forEach((example, index) => {
    const line = index + 1;
    if (typeof example !== 'object' || example === null || typeof example.text !== 'string') {
      issues.push({ line, message: 'the example needs a string `text`' });
      return;
    }
    if (typeof example.intent !== 'string' || !INTENT_ID.test(example.intent)) {
      issues.push({ line, message: `invalid intent id ${JSON.stringify(example.intent)} (snake_case expected)` });
      return;
    }
    if (example.intent === 'unknown') {
      issues.push({ line, message: '`unknown` is reserved for below-floor results and is never a training label' });
      return;
    }
    if (knownIntents && !knownIntents.has(example.intent)) {
      issues.push({ line, message: `intent \`${example.intent}\` is not in the taxonomy` });
      return;
    }
    const text = normalizeText(example.text).text;
    if (text.length === 0) {
      warnings.push(`line ${line}: empty text, skipped`);
      return;
    }
    const key = prepareText(text).replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
    const entry = byText.get(key) ?? { text, votes: new Map<string, number[]>() };
    const lines = entry.votes.get(example.intent) ?? [];
    lines.push(line);
    entry.votes.set(example.intent, lines);
    byText.set(key, entry);
  });

  const texts: string[] = [];
  const intents: string[] = [];
  const firstLine = new Map<string, number>();
  let duplicates = 0;
  for (const { text, votes } of byText.values()) {
    const ranked = [...votes.entries()].sort((a, b) => b[1].length - a[1].length);
    const [best, second] = ranked;
    if (!best) continue;
    duplicates += best[1].length - 1;
    if (second) {
      const described = ranked.map(([intent, lines]) => `${intent} (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')})`).join(' vs ');
      if (second[1].length === best[1].length) {
        warnings.push(`conflicting labels for the same text, all copies dropped: ${described}`);
        continue;
      }
      warnings.push(`conflicting labels for the same text, kept ${best[0]}: ${described}`);
    }
    texts.push(text);
    intents.push(best[0]);
    if (!firstLine.has(best[0])) firstLine.set(best[0], best[1][0]!);
  }
  if (duplicates > 0) warnings.push(`${duplicates} duplicate example(s) kept once`);

  const counts = new Map<string, number>();
  for (const intent of intents) counts.set(intent, (counts.get(intent) ?? 0) + 1);
  for (const [intent, count] of counts) {
    if (count < 2) issues.push({ line: firstLine.get(intent) ?? 0, message: `intent \`${intent}\` has ${count} usable example; at least 2 are needed` });
  }
  if (issues.length === 0 && counts.size < 2) issues.push({ message: `training needs at least 2 intents; got ${counts.size}` });
  if (issues.length > 0) {
    const shown = issues.slice(0, 5).map((issue) => (issue.line ? `line ${issue.line}: ${issue.message}` : issue.message)).join('; ');
    throw new TrainingDataError(`[classifiers] [ngram] Training data is invalid (${issues.length} problem${issues.length > 1 ? 's' : ''}): ${shown}${issues.length > 5 ? '; …' : ''}.`, issues);
  }
  return { texts, intents, warnings };
}
