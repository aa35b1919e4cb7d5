import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LianxingError, mapOrdered, redactDetail, type ClassificationResult, type ClassifiableMessage, type Pipeline } from 'lianxing';
import { UsageError, write, type CliIo } from '../cli-io.js';
import { pipelineFor } from '../load-model.js';
import { renderTable } from '../format-table.js';
import { OverlongLine, readLines } from '../read-lines.js';

export const CLASSIFY_HELP = `Usage:
  lianxing classify "TEXT" [options]          classify one message and print a readable result
  lianxing classify --input FILE|- [options]  classify a JSONL file (or standard input), one result line per input line

Input lines are JSON objects: {"id": "...", "text": "...", "marketplace"?: "...", "lang"?: "..."}.
Output lines (jsonl): {"id", "intent", "confidence", "language", "sentiment", "decision", "secondary", "entities"}.
A bad input line yields {"line": N, "id"?: ..., "error": "..."} and processing goes on.

Options:
  -i, --input FILE      read JSONL from FILE, or from standard input with "-"
  -f, --format FORMAT   jsonl | json | table | text  (default: text for one message, jsonl for --input)
  -l, --lang CODE       the message's language, when you know it (en, es, pt, fr, de, ja, zh, id, th)
  -m, --marketplace ID  amazon | tiktok | mercadolibre | shopee | ...
      --locale TAG      the buyer's locale (es-MX, pt-BR, zh-TW...), used to pick reply templates
      --model FILE      use a model written by lianxing train instead of the built-in one
  -c, --concurrency N   messages in flight at once (default 16)
  -h, --help            show this help

Exit codes: 0 all lines classified, 1 some lines failed, 2 wrong usage or unreadable input.

Examples:
  lianxing classify "Where is my package? Order 112-4839201-5512873"
  lianxing classify --input messages.jsonl --format table
  cat messages.jsonl | lianxing classify --input - > results.jsonl`;

const FORMATS = ['jsonl', 'json', 'table', 'text'] as const;
type Format = (typeof FORMATS)[number];

/** The JSONL record written for one classified line. PII entity values are masked. */
export interface OutputRecord {
  readonly id: string | null;
  readonly intent: string;
  readonly confidence: number;
  readonly language: string;
  readonly sentiment: string;
  readonly decision: string;
  readonly secondary: readonly { intent: string; confidence: number }[];
  readonly entities: readonly { type: string; value: string; start: number; end: number }[];
}

/** The JSONL record written for a line that could not be classified. */
export interface ErrorRecord {
  readonly line: number;
  readonly id?: string;
  readonly error: string;
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000;

export function toOutputRecord(result: ClassificationResult): OutputRecord {
  return {
    id: result.id ?? null,
    intent: result.intent,
    confidence: round(result.confidence),
    language: result.language.code,
    sentiment: result.sentiment.label,
    decision: result.decision.action,
    secondary: result.secondary.map((entry) => ({ intent: entry.intent, confidence: round(entry.confidence) })),
    entities: result.entities.map((entity) => ({
      type: entity.type,
      // Personal data is written as the placeholder that stands for it in maskedText, never as the value.
      value: entity.pii ? (entity.placeholder ?? `[${entity.type.toUpperCase()}]`) : entity.value,
      start: entity.start,
      end: entity.end,
    })),
  };
}

type LineOutcome = { readonly ok: true; readonly result: ClassificationResult } | { readonly ok: false; readonly record: ErrorRecord };

/** Parses one input line into a message, or says what is wrong with it. */
export function parseInputLine(line: string, lineNumber: number): { message: ClassifiableMessage } | { error: ErrorRecord } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    // Node's message quotes the input; keep only where it failed, so no buyer text reaches the output.
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    return { error: { line: lineNumber, error: position === undefined ? 'invalid JSON' : `invalid JSON at position ${position}` } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: { line: lineNumber, error: 'each line must be a JSON object like {"id": "1", "text": "..."}' } };
  }
  const record = value as Record<string, unknown>;
  const id = typeof record['id'] === 'string' || typeof record['id'] === 'number' ? String(record['id']) : undefined;
  const withId = (error: string): { error: ErrorRecord } => ({ error: id === undefined ? { line: lineNumber, error } : { line: lineNumber, id, error } });
  if (typeof record['text'] !== 'string') return withId(record['text'] === undefined ? 'missing "text"' : '"text" must be a string');
  for (const field of ['marketplace', 'lang', 'locale', 'site'] as const) {
    if (record[field] !== undefined && typeof record[field] !== 'string') return withId(`"${field}" must be a string`);
  }
  const message: ClassifiableMessage = {
    text: record['text'],
    ...(id === undefined ? {} : { id }),
    ...(typeof record['marketplace'] === 'string' ? { marketplace: record['marketplace'] } : {}),
    ...(typeof record['lang'] === 'string' ? { language: record['lang'] } : {}),
    ...(typeof record['locale'] === 'string' ? { locale: record['locale'] } : {}),
    ...(typeof record['site'] === 'string' ? { site: record['site'] } : {}),
  };
  return { message };
}

function readableResult(result: ClassificationResult): string {
  const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
  const lines = [
    `intent      ${result.intent} (${percent(result.confidence)})${result.risk ? `  risk: ${result.risk}` : ''}`,
    ...(result.secondary.length > 0 ? [`secondary   ${result.secondary.map((entry) => `${entry.intent} (${percent(entry.confidence)})`).join(', ')}`] : []),
    `language    ${result.language.code} (${result.language.source}, ${percent(result.language.confidence)})`,
    `sentiment   ${result.sentiment.label} (score ${result.sentiment.score}, anger ${result.sentiment.anger})`,
    `urgency     ${result.urgency.level}  priority: ${result.priority}`,
    `decision    ${result.decision.action}  (${result.decision.reasons.map((reason) => reason.code).join(', ')})`,
  ];
  if (result.entities.length > 0) lines.push(`entities    ${toOutputRecord(result).entities.map((entity) => `${entity.type}: ${entity.value}`).join(', ')}`);
  const evidence = result.explanation.contributions.filter((contribution) => !contribution.abstained).map((contribution) => `${contribution.source} → ${contribution.top[0]?.intent ?? '-'} [${contribution.evidence.slice(0, 5).map((item) => item.term).join(', ')}]`);
  if (evidence.length > 0) lines.push(`because     ${evidence.join('; ')}`);
  const reply = result.suggestions[0];
  if (reply) lines.push(`reply       ${reply.text}`);
  return lines.join('\n') + '\n';
}

const TABLE_COLUMNS = [
  { title: 'id', width: 10 }, { title: 'lang', width: 4 }, { title: 'intent', width: 21 }, { title: 'conf', width: 5 },
  { title: 'sentiment', width: 9 }, { title: 'decision', width: 10 }, { title: 'message', width: 34 }, { title: 'suggested reply' },
];

function tableRow(outcome: LineOutcome): string[] {
  if (!outcome.ok) return [outcome.record.id ?? `line ${outcome.record.line}`, '', 'ERROR', '', '', '', '', outcome.record.error];
  const { result } = outcome;
  return [result.id ?? '', result.language.code, result.intent, result.confidence.toFixed(2), result.sentiment.label, result.decision.action, result.maskedText, result.suggestions[0]?.text ?? '—'];
}

/** `lianxing classify`. Returns the exit code. */
export async function classifyCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      input: { type: 'string', short: 'i' },
      format: { type: 'string', short: 'f' },
      lang: { type: 'string', short: 'l' },
      marketplace: { type: 'string', short: 'm' },
      locale: { type: 'string' },
      model: { type: 'string' },
      concurrency: { type: 'string', short: 'c' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await write(io.stdout, CLASSIFY_HELP + '\n');
    return 0;
  }
  const format = values.format ?? (values.input === undefined ? 'text' : 'jsonl');
  if (!FORMATS.includes(format as Format)) throw new UsageError(`Unknown format "${format}".`, `Use one of: ${FORMATS.join(', ')}.`);
  const concurrency = values.concurrency === undefined ? 16 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 1024) throw new UsageError(`--concurrency must be a whole number from 1 to 1024, not "${values.concurrency}".`, 'For example: --concurrency 16.');
  if (values.input === undefined && positionals.length === 0) throw new UsageError('Nothing to classify.', 'Give a message in quotes, or --input FILE (or - for standard input). See `lianxing classify --help`.');
  if (values.input !== undefined && positionals.length > 0) throw new UsageError('Give either a message or --input, not both.', 'See `lianxing classify --help`.');

  const pipeline: Pipeline = pipelineFor(values.model === undefined ? undefined : resolve(io.cwd ?? process.cwd(), values.model));

  if (values.input === undefined) {
    const message: ClassifiableMessage = {
      text: positionals.join(' '),
      ...(values.lang ? { language: values.lang } : {}),
      ...(values.marketplace ? { marketplace: values.marketplace } : {}),
      ...(values.locale ? { locale: values.locale } : {}),
    };
    const result = await pipeline.classify(message);
    if (format === 'text') await write(io.stdout, readableResult(result));
    else if (format === 'table') await write(io.stdout, renderTable(TABLE_COLUMNS, [tableRow({ ok: true, result })], io.columns ?? 120));
    else await write(io.stdout, JSON.stringify(format === 'json' ? [toOutputRecord(result)] : toOutputRecord(result)) + '\n');
    return 0;
  }

  let source: AsyncIterable<Buffer | string>;
  if (values.input === '-') source = io.stdin;
  else {
    const path = resolve(io.cwd ?? process.cwd(), values.input);
    if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`Cannot read "${values.input}": no such file.`, 'Check the path, or pass - to read standard input.');
    source = createReadStream(path);
  }

  let failed = 0;
  let lineNumber = 0;
  const numbered = (async function* () {
    for await (const line of readLines(source)) {
      lineNumber++;
      if (typeof line === 'string' && line.trim() === '') continue; // blank lines carry no message
      yield { line, lineNumber };
    }
  })();
  const outcomes = mapOrdered(numbered, async ({ line, lineNumber: number }): Promise<LineOutcome> => {
    if (line instanceof OverlongLine) return { ok: false, record: { line: number, error: `line too long (${line.length} characters): split it or shorten the text` } };
    const parsed = parseInputLine(line, number);
    if ('error' in parsed) return { ok: false, record: parsed.error };
    try {
      return { ok: true, result: await pipeline.classify(parsed.message) };
    } catch (error) {
      const message = LianxingError.isInstance(error) ? error.message : redactDetail(error instanceof Error ? error.message : String(error));
      return { ok: false, record: { line: number, ...(parsed.message.id === undefined ? {} : { id: parsed.message.id }), error: message } };
    }
  }, concurrency);

  const tableRows: string[][] = [];
  let first = true;
  let readError: unknown;
  if (format === 'json') await write(io.stdout, '[');
  try {
  for await (const outcome of outcomes) {
    if (!outcome.ok) failed++;
    if (format === 'table') {
      tableRows.push(tableRow(outcome));
      continue;
    }
    if (format === 'text') {
      await write(io.stdout, outcome.ok ? `── ${outcome.result.id ?? ''}\n${readableResult(outcome.result)}` : `── line ${outcome.record.line}: error: ${outcome.record.error}\n`);
      continue;
    }
    const json = JSON.stringify(outcome.ok ? toOutputRecord(outcome.result) : outcome.record);
    if (format === 'json') {
      await write(io.stdout, (first ? '\n' : ',\n') + json);
      first = false;
    } else await write(io.stdout, json + '\n');
  }
  } catch (error) {
    // The input failed mid-stream: everything read before is already written; close the output and say so.
    readError = error;
  }
  if (format === 'json') await write(io.stdout, first ? ']\n' : '\n]\n');
  if (format === 'table') await write(io.stdout, renderTable(TABLE_COLUMNS, tableRows, io.columns ?? 120));
  if (failed > 0) await write(io.stderr, `${failed} line(s) could not be classified; see the "error" records.\n`);
  if (readError !== undefined) {
    const code = typeof readError === 'object' && readError !== null && 'code' in readError ? String((readError).code) : 'unknown error';
    await write(io.stderr, `lianxing: the input could not be read after line ${lineNumber} (${code}); the results above cover the lines before it.\n`);
    return 2;
  }
  return failed > 0 ? 1 : 0;
}
