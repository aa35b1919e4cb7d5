import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../packages/classifiers/scripts/corpus.js';

/** A labelled row of a benchmark set. */
export interface Row {
  readonly text: string;
  readonly label: string;
  readonly lang: string;
}

export const SHARED = fileURLToPath(new URL('../../shared/datasets/', import.meta.url));

/** The shared intent sets (sentiment sets are benchmarked with the sentiment work). */
export const INTENT_SETS = ['bitext_customer_support', 'clinc150', 'banking77', 'xsid', 'fb_mtod'] as const;
export type IntentSet = (typeof INTENT_SETS)[number] | 'lianxing_corpus';

const readJsonl = (file: string): Row[] =>
  readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => {
    const value = JSON.parse(line) as { text: string; label?: string; intent?: string; lang: string };
    return { text: value.text, label: value.label ?? value.intent ?? '', lang: value.lang };
  });

/** A fixed 20% by text hash, for sets without a separate evaluation split. */
const inFixedTwentyPercent = (text: string): boolean => createHash('sha256').update(text.toLowerCase()).digest().readUInt32BE(0) % 5 === 0;

/** Train and evaluation rows of a set: its train/val splits, or a fixed 80/20 of the only split there is. */
export function loadSet(name: IntentSet): { train: Row[]; test: Row[] } {
  if (name === 'lianxing_corpus') {
    // The corpus and its fixed dev split, exactly as the built-in model's training sees them.
    const rows = loadCorpus().map((row) => ({ text: row.text, label: row.intent, lang: row.lang, split: row.split }));
    return { train: rows.filter((row) => row.split === 'train'), test: rows.filter((row) => row.split === 'dev') };
  }
  const dir = `${SHARED}${name}/`;
  const train = existsSync(`${dir}train.jsonl`) ? readJsonl(`${dir}train.jsonl`) : [];
  const val = existsSync(`${dir}val.jsonl`) ? readJsonl(`${dir}val.jsonl`) : [];
  if (train.length > 0 && val.length > 0) return { train, test: val };
  const only = train.length > 0 ? train : val;
  return { train: only.filter((row) => !inFixedTwentyPercent(row.text)), test: only.filter((row) => inFixedTwentyPercent(row.text)) };
}
