import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { TrainingDataError, type TrainingDataIssue } from 'lianxing';

/** A labelled line of a training or evaluation file. */
export interface LabelledLine {
  readonly text: string;
  readonly intent: string;
  readonly language?: string;
  readonly line: number;
}

/**
 * Reads labelled examples from JSONL (`{"text", "intent" | "label", "lang"?}`) or CSV with a header row
 * (`text`, `intent` or `label`, optional `lang`). Malformed lines are a {@link TrainingDataError} naming them.
 */
export function readLabelledFile(path: string): LabelledLine[] {
  const content = readFileSync(path, 'utf8');
  const issues: TrainingDataIssue[] = [];
  const rows: LabelledLine[] = [];
  const take = (record: Record<string, unknown>, line: number): void => {
    const text = record['text'];
    const intent = record['intent'] ?? record['label'];
    const language = record['lang'] ?? record['language'];
    if (typeof text !== 'string') issues.push({ line, message: 'missing "text"' });
    else if (typeof intent !== 'string' || intent === '') issues.push({ line, message: 'missing "intent" (or "label")' });
    else rows.push({ text, intent, line, ...(typeof language === 'string' && language !== '' ? { language } : {}) });
  };
  if (extname(path).toLowerCase() === '.csv') {
    let records: Record<string, string>[];
    try {
      records = parse<Record<string, string>>(content, { columns: true, skip_empty_lines: true, bom: true, relax_column_count: true, trim: false });
    } catch (error) {
      throw new TrainingDataError(`[cli] ${path} is not valid CSV: ${(error as Error).message}`, [{ message: (error as Error).message }]);
    }
    records.forEach((record, index) => take(record, index + 2));
  } else {
    content.split('\n').forEach((raw, index) => {
      if (raw.trim() === '') return;
      try {
        const value = JSON.parse(raw) as unknown;
        if (typeof value !== 'object' || value === null || Array.isArray(value)) issues.push({ line: index + 1, message: 'not a JSON object' });
        else take(value as Record<string, unknown>, index + 1);
      } catch {
        issues.push({ line: index + 1, message: 'invalid JSON' });
      }
    });
  }
  if (issues.length > 0) {
    const shown = issues.slice(0, 5).map((issue) => `line ${issue.line}: ${issue.message}`).join('; ');
    throw new TrainingDataError(`[cli] ${path} has ${issues.length} bad line(s): ${shown}${issues.length > 5 ? '; …' : ''}.`, issues);
  }
  return rows;
}
