import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TAXONOMY, SUPPORTED_LANGUAGES } from '@lianxing/core';
import { CORPUS_DIR, splitOf } from '../scripts/corpus.js';

const MIN_PER_INTENT = 60;
const LEXICON_DIR = new URL('../src/keyword/lexicon/', import.meta.url);

describe.each(SUPPORTED_LANGUAGES)('built-in corpus: %s', (language) => {
  const file = `${CORPUS_DIR}${language}.jsonl`;
  const present = existsSync(file);

  it.skipIf(!present)(`has valid lines, no duplicates and ≥ ${MIN_PER_INTENT} messages per intent`, () => {
    const problems: string[] = [];
    const counts = new Map<string, number>();
    const seen = new Map<string, number>();
    readFileSync(file, 'utf8').split('\n').forEach((raw, index) => {
      const line = index + 1;
      if (raw.trim() === '') return;
      let row: { text?: unknown; intent?: unknown; lang?: unknown };
      try {
        row = JSON.parse(raw) as typeof row;
      } catch {
        problems.push(`line ${line}: invalid JSON`);
        return;
      }
      if (Object.keys(row).sort().join(',') !== 'intent,lang,text') problems.push(`line ${line}: keys must be text, intent, lang`);
      if (typeof row.text !== 'string' || row.text.trim() === '') problems.push(`line ${line}: empty text`);
      if (typeof row.intent !== 'string' || !BUILTIN_TAXONOMY.has(row.intent)) problems.push(`line ${line}: unknown intent ${String(row.intent)}`);
      if (row.lang !== language) problems.push(`line ${line}: lang ${String(row.lang)}`);
      const key = String(row.text).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
      if (seen.has(key)) problems.push(`line ${line}: duplicate of line ${seen.get(key)}`);
      seen.set(key, line);
      counts.set(String(row.intent), (counts.get(String(row.intent)) ?? 0) + 1);
    });
    for (const intent of BUILTIN_TAXONOMY.ids) {
      if ((counts.get(intent) ?? 0) < MIN_PER_INTENT) problems.push(`${intent}: ${counts.get(intent) ?? 0} messages (< ${MIN_PER_INTENT})`);
    }
    expect(problems).toEqual([]);
  });

  it.skipIf(!present)('keeps about 20% of each intent in the dev split', () => {
    const rows = readFileSync(file, 'utf8').split('\n').filter((raw) => raw.trim() !== '').map((raw) => JSON.parse(raw) as { text: string; intent: string });
    const dev = rows.filter((row) => splitOf(row.text) === 'dev').length;
    expect(dev / rows.length).toBeGreaterThan(0.15);
    expect(dev / rows.length).toBeLessThan(0.25);
    for (const intent of BUILTIN_TAXONOMY.ids) {
      expect(rows.filter((row) => row.intent === intent && splitOf(row.text) === 'dev').length, intent).toBeGreaterThanOrEqual(5);
    }
  });

  it.skipIf(!present)('has a keyword lexicon covering every intent with valid, unambiguous entries', () => {
    const lexicon = JSON.parse(readFileSync(new URL(`${language}.json`, LEXICON_DIR), 'utf8')) as Record<string, unknown[]>;
    const problems: string[] = [];
    const owner = new Map<string, string>();
    for (const intent of Object.keys(lexicon)) if (!BUILTIN_TAXONOMY.has(intent)) problems.push(`unknown intent ${intent}`);
    for (const intent of BUILTIN_TAXONOMY.ids) {
      const entries = lexicon[intent];
      if (!Array.isArray(entries) || entries.length < 10) {
        problems.push(`${intent}: needs at least 10 entries`);
        continue;
      }
      for (const entry of entries) {
        const phrase = typeof entry === 'string' ? entry : Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number' && entry[1] > 0 && entry[1] <= 3 ? entry[0] : undefined;
        if (phrase === undefined || phrase.trim() === '') {
          problems.push(`${intent}: bad entry ${JSON.stringify(entry)}`);
          continue;
        }
        const key = phrase.normalize('NFKC').toLowerCase().trim();
        const previous = owner.get(key);
        if (previous !== undefined && previous !== intent) problems.push(`"${phrase}" is under both ${previous} and ${intent}`);
        owner.set(key, intent);
      }
    }
    expect(problems).toEqual([]);
  });

  it.skipIf(present)(`has no corpus file yet (${language}.jsonl): the checks above are skipped`, () => {
    expect(present).toBe(false);
  });
});
