// One benchmark cell in its own process: node --import tsx bench/worker.ts <set> <system>
// Prints one JSON object: quality, training time, throughput, latency percentiles, peak RSS, model size.
import { loadSet, type IntentSet, type Row } from './datasets.js';
import { SYSTEMS } from './systems.js';

const [setName, systemName] = process.argv.slice(2) as [IntentSet, string];
const make = SYSTEMS[systemName];
if (!make) throw new Error(`unknown system ${systemName}`);
const { train, test } = loadSet(setName);
const system = make();

// Quiet peers that log while training.
const log = console.log;
console.log = () => undefined;
const trainStart = performance.now();
await system.train(train);
const trainMs = performance.now() - trainStart;

// Warm-up, the same for every system: up to 3,000 messages of the training split, spread evenly over it so every
// language and intent is among them (code paths compiled, as in a service that has run for a while), and none of
// them a message that is then timed (no cache can hold an answer). Then one message at a time, as a service
// would call it.
const warmUpStride = Math.max(1, Math.floor(train.length / 3000));
for (let index = 0; index < train.length; index += warmUpStride) await system.predict(train[index]!);
const latencies = new Float64Array(test.length);
const predictions: { label: string; confidence: number }[] = [];
const runStart = performance.now();
for (let index = 0; index < test.length; index++) {
  const started = performance.now();
  predictions.push(await system.predict(test[index]!));
  latencies[index] = performance.now() - started;
}
const runMs = performance.now() - runStart;
console.log = log;

const sorted = Float64Array.from(latencies).sort();
const percentile = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const shortLatencies = Float64Array.from(test.map((row, index) => (row.text.length < 300 ? latencies[index]! : -1)).filter((value) => value >= 0)).sort();

const report = JSON.stringify({
  set: setName,
  system: system.name,
  train: train.length,
  test: test.length,
  trainMs,
  throughput: test.length / (runMs / 1000),
  p50: percentile(50),
  p99: percentile(99),
  p99Short: shortLatencies[Math.min(shortLatencies.length - 1, Math.floor(0.99 * shortLatencies.length))] ?? 0,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
  modelBytes: system.size(),
  gold: test.map((row: Row) => row.label),
  langs: test.map((row: Row) => row.lang),
  predicted: predictions.map((prediction) => prediction.label),
  confidence: predictions.map((prediction) => Math.round(prediction.confidence * 1e4) / 1e4),
});
// Exit only once the (large) report has been flushed to the pipe; some peers keep handles open otherwise.
process.stdout.write(`${report}\n`, () => process.exit(0));
