import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SUPPORTED_LANGUAGES, type SupportedLanguage } from '@lianxing/core';

/** One line of the built-in corpus. */
export interface CorpusRow {
  readonly text: string;
  readonly intent: string;
  readonly lang: SupportedLanguage;
  /** 1-based line in its file. */
  readonly line: number;
  readonly split: 'train' | 'dev';
}

export const CORPUS_DIR = fileURLToPath(new URL('../corpus/', import.meta.url));

/** The fixed dev split: 20% of lines, chosen by a hash of the text (stable when other lines change). */
export function splitOf(text: string): 'train' | 'dev' {
  const digest = createHash('sha256').update(text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()).digest();
  return digest.readUInt32BE(0) % 5 === 0 ? 'dev' : 'train';
}

/** Reads the corpus of the given languages (default: all files present). Throws on a malformed line. */
export function loadCorpus(languages: readonly SupportedLanguage[] = SUPPORTED_LANGUAGES): CorpusRow[] {
  const rows: CorpusRow[] = [];
  for (const lang of languages) {
    const file = `${CORPUS_DIR}${lang}.jsonl`;
    if (!existsSync(file)) continue;
    readFileSync(file, 'utf8').split('\n').forEach((raw, index) => {
      if (raw.trim() === '') return;
      const value = JSON.parse(raw) as { text: string; intent: string; lang: SupportedLanguage };
      rows.push({ text: value.text, intent: value.intent, lang: value.lang, line: index + 1, split: splitOf(value.text) });
    });
  }
  return rows;
}

/** A fingerprint of the corpus files: the built-in model records it, and a test compares. */
export function corpusFingerprint(): string {
  const hash = createHash('sha256');
  for (const lang of SUPPORTED_LANGUAGES) {
    const file = `${CORPUS_DIR}${lang}.jsonl`;
    hash.update(`${lang}\n`);
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}
