import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILTIN_TAXONOMY, createNgramClassifier } from 'lianxing';
import { UsageError, write, type CliIo } from '../cli-io.js';
import { readLabelledFile } from '../read-labelled.js';

export const TRAIN_HELP = `Usage:
  lianxing train FILE.jsonl|FILE.csv --out model.json [options]

Trains an n-gram model on your labelled messages (your own intents, or the built-in ids).
JSONL lines: {"text": "...", "intent": "...", "lang"?: "..."} ("label" works for "intent").
CSV: a header row with text, intent (or label) and optional lang columns.

Options:
  -o, --out FILE        where to write the model (required)
      --builtin-ids     only accept the built-in taxonomy's 24 intent ids
      --epochs N        passes over the data (default 5)
      --seed N          shuffling seed: the same data and seed give the same model (default 42)
  -h, --help            show this help

Then: lianxing classify --model model.json "text"   or   lianxing eval FILE --model model.json`;

/** `lianxing train`. */
export async function trainCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, 'builtin-ids': { type: 'boolean' }, epochs: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    await write(io.stdout, TRAIN_HELP + '\n');
    return 0;
  }
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('Give exactly one training file.', 'See `lianxing train --help`.');
  if (!values.out) throw new UsageError('Missing --out.', 'For example: lianxing train history.jsonl --out model.json');
  const epochs = values.epochs === undefined ? undefined : Number(values.epochs);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (epochs !== undefined && (!Number.isInteger(epochs) || epochs < 1 || epochs > 200)) throw new UsageError(`--epochs must be a whole number from 1 to 200, not "${values.epochs}".`, 'For example: --epochs 8.');
  if (seed !== undefined && !Number.isInteger(seed)) throw new UsageError(`--seed must be a whole number, not "${values.seed}".`, 'For example: --seed 7.');

  const path = resolve(io.cwd ?? process.cwd(), file);
  const rows = readLabelledFile(path);
  const classifier = createNgramClassifier({
    ...(epochs === undefined ? {} : { epochs }),
    ...(seed === undefined ? {} : { seed }),
    ...(values['builtin-ids'] ? { intents: [...BUILTIN_TAXONOMY.ids] } : {}),
  });
  const width = 30;
  const report = await classifier.train(rows.map((row) => ({ text: row.text, intent: row.intent })), {
    onProgress: ({ epoch, epochs: total, loss }) => {
      const done = Math.round((epoch / total) * width);
      io.stderr.write(`\rtraining [${'#'.repeat(done)}${'.'.repeat(width - done)}] ${epoch}/${total} epochs  loss ${loss.toFixed(3)}`);
    },
  });
  io.stderr.write('\n');
  for (const warning of report.warnings) await write(io.stderr, `warning: ${warning}\n`);
  const json = JSON.stringify(classifier.toJSON());
  writeFileSync(resolve(io.cwd ?? process.cwd(), values.out), json + '\n');
  await write(io.stdout, `trained on ${report.examples} examples, ${report.intents} intents, in ${(report.durationMs / 1000).toFixed(1)} s; wrote ${values.out} (${(json.length / 1e6).toFixed(2)} MB)\n`);
  return 0;
}
