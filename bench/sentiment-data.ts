import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A labelled message of a sentiment set. */
export interface SentimentRow {
  readonly text: string;
  readonly label: 'negative' | 'neutral' | 'positive';
  readonly lang: string;
  /** Our corpus only: the message is hostile (insults, threats, shouting). */
  readonly anger?: boolean;
  readonly tags?: readonly string[];
}

export const OWN_LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'ja', 'zh', 'id', 'th'] as const;
export const XLMT_LANGUAGES = ['en', 'es', 'pt', 'fr', 'de'] as const;

const XLMT = fileURLToPath(new URL('../../shared/datasets/xlmt_sentiment/', import.meta.url));
const CORPUS = fileURLToPath(new URL('./sentiment-corpus/', import.meta.url));

const readJsonl = <T>(file: string): T[] => readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as T);

/**
 * The shared tweet set (XLM-T / UMSAB, en es pt fr de), read at bench time from `../shared` beside the repo. Its
 * test split is held out of the shared folder; `val` is the evaluation split here and `train` is the only split
 * ever used to choose settings (the peers' vocabularies and thresholds).
 */
export function loadXlmt(split: 'train' | 'val'): SentimentRow[] {
  const file = `${XLMT}${split}.jsonl`;
  if (!existsSync(file)) throw new Error(`[bench] ${file} is missing: the shared data sets live in ../shared beside the repository.`);
  return readJsonl<{ text: string; label: SentimentRow['label']; lang: string }>(file).map(({ text, label, lang }) => ({ text, label, lang }));
}

/** Our corpus's fixed split: `test` when the first byte of sha256("lianxing-sentiment:" + text) is below 128. */
export const corpusSplit = (text: string): 'dev' | 'test' => (createHash('sha256').update(`lianxing-sentiment:${text}`).digest()[0]! < 128 ? 'test' : 'dev');

/** Our own labelled buyer messages (bench/sentiment-corpus/<lang>.jsonl), one split. */
export function loadOwnCorpus(split: 'dev' | 'test'): SentimentRow[] {
  return OWN_LANGUAGES.flatMap((lang) =>
    readJsonl<Omit<SentimentRow, 'lang'>>(`${CORPUS}${lang}.jsonl`).map((row) => ({ ...row, lang })).filter((row) => corpusSplit(row.text) === split));
}
