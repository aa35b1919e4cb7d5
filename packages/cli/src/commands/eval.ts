import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate, type EvaluationReport } from 'lianxing';
import { UsageError, write, type CliIo } from '../cli-io.js';
import { pipelineFor } from '../load-model.js';
import { readLabelledFile } from '../read-labelled.js';

export const EVAL_HELP = `Usage:
  lianxing eval FILE.jsonl|FILE.csv [--model model.json] [--format text|json]

Evaluates the built-in pipeline (or a model from lianxing train) on labelled messages: accuracy, macro-F1,
calibration error, per-intent precision/recall/F1, per-language scores, the automation rate and precision at
each confidence threshold, and the most frequent confusions.

Options:
      --model FILE      a model written by lianxing train (default: the built-in pipeline)
  -f, --format FORMAT   text (default) or json
  -h, --help            show this help`;

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

function renderReport(report: EvaluationReport): string {
  const lines = [
    `messages    ${report.count}`,
    `accuracy    ${percent(report.accuracy)}`,
    `macro-F1    ${report.macroF1.toFixed(3)}`,
    `ECE         ${report.expectedCalibrationError.toFixed(3)}`,
    '',
    'per language        n  accuracy  macro-F1',
    ...Object.entries(report.perLanguage).map(([language, scores]) => `  ${language.padEnd(12)} ${String(scores.count).padStart(5)}  ${percent(scores.accuracy).padStart(8)}  ${scores.macroF1.toFixed(3).padStart(8)}`),
    '',
    'automation at threshold   coverage  precision',
    ...report.riskCoverage.map((point) => `  ≥ ${point.threshold.toFixed(2).padEnd(21)} ${percent(point.coverage).padStart(8)}  ${percent(point.accuracy).padStart(9)}`),
    '',
    'per intent                  precision  recall     F1  support',
    ...report.perIntent.map((scores) => `  ${scores.intent.padEnd(24)} ${scores.precision.toFixed(3).padStart(9)}  ${scores.recall.toFixed(3).padStart(6)}  ${scores.f1.toFixed(3).padStart(5)}  ${String(scores.support).padStart(7)}`),
  ];
  const confusions: { gold: string; predicted: string; count: number }[] = [];
  report.confusion.matrix.forEach((row, goldIndex) => row.forEach((count, predictedIndex) => {
    if (goldIndex !== predictedIndex && count > 0) confusions.push({ gold: report.confusion.labels[goldIndex]!, predicted: report.confusion.labels[predictedIndex]!, count });
  }));
  confusions.sort((a, b) => b.count - a.count);
  if (confusions.length > 0) lines.push('', 'most frequent confusions (gold → predicted)', ...confusions.slice(0, 10).map((entry) => `  ${String(entry.count).padStart(4)}  ${entry.gold} → ${entry.predicted}`));
  return lines.join('\n') + '\n';
}

/** `lianxing eval`. */
export async function evalCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { model: { type: 'string' }, format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    await write(io.stdout, EVAL_HELP + '\n');
    return 0;
  }
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('Give exactly one labelled file.', 'See `lianxing eval --help`.');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`Unknown format "${format}".`, 'Use text or json.');
  const cwd = io.cwd ?? process.cwd();
  const rows = readLabelledFile(resolve(cwd, file));
  const pipeline = pipelineFor(values.model === undefined ? undefined : resolve(cwd, values.model));
  const report = await evaluate(pipeline, rows.map((row) => ({ text: row.text, intent: row.intent, ...(row.language ? { language: row.language } : {}) })));
  if (format === 'json') {
    const { predictions: _predictions, ...summary } = report;
    await write(io.stdout, JSON.stringify(summary, null, 2) + '\n');
  } else await write(io.stdout, renderReport(report));
  return 0;
}
