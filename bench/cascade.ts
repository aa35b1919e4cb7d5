// The cascade benchmark: how many messages of the corpus's dev split the cascade sends to a remote backend, and
// what accuracy that buys, at several thresholds.            npm run bench:cascade   (writes bench/CASCADE-RESULTS.md)
//
// Local model: the built-in n-gram model and keyword classifier, fused as the facade's createPipeline() does.
// Remote backends, both behind real OpenAI-compatible HTTP endpoints on 127.0.0.1, through the SDK's own clients:
//  - "LLM": a stand-in chat model (packages/classifiers/test/support/knn-chat-model.ts). It reads each request as a
//    model would (the fenced data block) and answers with k-NN (k = 5, cosine) over hashed character/word n-gram
//    embeddings of the corpus's TRAINING split. It never sees a dev label; the only labelled data it knows is
//    what the local model was trained on, seen through spelling alone.
//  - "embedding": the SDK's embedding classifier (k-NN, k = 3) over the same training split, its vectors fetched
//    from a /v1/embeddings server that computes the same hashed n-gram embeddings.
// A real LLM or embedding model would differ: these figures measure the cascade's mechanics on our data with
// remote backends we can run here, not what GPT-class models would add.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BUILTIN_FUSION, BUILTIN_TAXONOMY, builtinClassifiers, scorePredictions, type Classifier, type ClassifierOutput, type ClassifyInput } from 'lianxing';
import { createCascadeClassifier, type CascadeClassifierOptions } from '@lianxing/classifiers/cascade';
import { createEmbeddingClassifier, createHashingEmbedder, createOpenAICompatibleEmbedder } from '@lianxing/classifiers/embedding';
import { createRemoteLlmClassifier, type RemoteLlmClassifier } from '@lianxing/classifiers/remote-llm';
import { loadCorpus } from '../packages/classifiers/scripts/corpus.js';
import { createKnnChatModel } from '../packages/classifiers/test/support/knn-chat-model.js';
import { startOpenAICompatibleServer } from '../packages/classifiers/test/support/openai-compatible-server.js';

const FLOOR = 0.35; // the pipeline's default fusion floor: under it the result is `unknown`
const THRESHOLDS = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const context = { taxonomy: BUILTIN_TAXONOMY };
const rows = loadCorpus();
const train = rows.filter((row) => row.split === 'train');
const dev = rows.filter((row) => row.split === 'dev');
const inputs: ClassifyInput[] = dev.map((row) => ({ text: row.text, language: row.lang }));
const log = (line: string): void => void process.stderr.write(`${line}\n`);

log(`corpus: ${train.length} train, ${dev.length} dev; building the stand-in servers…`);
const hashing = createHashingEmbedder({ dimensions: 2048 });
const chatModel = createKnnChatModel({ examples: train, k: 5 });
const chatServer = await startOpenAICompatibleServer({ chat: chatModel.answer });
const embedServer = await startOpenAICompatibleServer({ embed: async (texts) => (await hashing.embed(texts)).map((vector) => Array.from(vector)) });

/** Runs a classifier over the dev inputs in chunks (its batch method when it has one). */
async function run(classifier: Classifier): Promise<ClassifierOutput[]> {
  const outputs: ClassifierOutput[] = [];
  for (let start = 0; start < inputs.length; start += 64) {
    const chunk = inputs.slice(start, start + 64);
    outputs.push(...(classifier.classifyBatch ? await classifier.classifyBatch(chunk, context) : await Promise.all(chunk.map(async (input) => classifier.classify(input, context)))));
  }
  return outputs;
}
const predicted = (output: ClassifierOutput): { intent: string; confidence: number } => {
  const best = output.predictions[0];
  return { intent: best && best.score >= FLOOR ? best.intent : 'unknown', confidence: best?.score ?? 0 };
};
const score = (outputs: readonly ClassifierOutput[]) => scorePredictions(dev.map((row) => ({ intent: row.intent })), outputs.map((output, index) => ({ ...predicted(output), language: dev[index]!.lang })));
const accuracyOn = (outputs: readonly ClassifierOutput[], indices: readonly number[]): number => indices.filter((index) => predicted(outputs[index]!).intent === dev[index]!.intent).length / Math.max(1, indices.length);

const local = builtinClassifiers();
const localFusion = BUILTIN_FUSION.fusion; // pooling, smoothing and temperature as createPipeline() fuses
const newLlm = (): RemoteLlmClassifier => createRemoteLlmClassifier({ baseURL: chatServer.url, model: 'knn-stand-in', batchSize: 8, concurrency: 2, cacheSize: 100_000, pricing: { promptPer1k: 0.00015, completionPer1k: 0.0006 } });
const llm = newLlm();
const embedding = createEmbeddingClassifier({
  embedder: createOpenAICompatibleEmbedder({ baseURL: embedServer.url, model: 'hashing-ngram' }),
  examples: train.map((row) => ({ text: row.text, intent: row.intent, language: row.lang })),
  cacheSize: 100_000,
});
await embedding.ready();

// The local model alone (a cascade that never escalates, i.e. threshold 0).
const localOnly = await run(createCascadeClassifier({ local, localFusion, remote: llm, threshold: 0 }));
const localScores = score(localOnly);
log(`local only: accuracy ${localScores.accuracy.toFixed(3)}`);

// The backends alone, on every dev message (this also fills their caches for the sweep below).
let started = performance.now();
const llmAlone = await run(llm);
const llmMs = performance.now() - started;
const llmUsage = llm.usage();
log(`LLM stand-in alone: accuracy ${score(llmAlone).accuracy.toFixed(3)}, ${llmUsage.requests} requests, ${(llmMs / 1000).toFixed(1)} s`);
started = performance.now();
const embeddingAlone = await run(embedding);
log(`embedding alone: accuracy ${score(embeddingAlone).accuracy.toFixed(3)}, ${((performance.now() - started) / 1000).toFixed(1)} s`);

interface Row { backend: string; combine: string; guard: boolean; threshold: number; escalated: number; accuracy: number; macroF1: number; escalatedLocal: number; escalatedCascade: number; ceiling: number; decidedByRemote: number }
const results: Row[] = [];
const configs: { backend: string; remote: Classifier; combine: 'replace' | 'mix'; guard: boolean }[] = [
  { backend: 'LLM', remote: llm, combine: 'mix', guard: true },
  { backend: 'LLM', remote: llm, combine: 'replace', guard: true },
  { backend: 'LLM', remote: llm, combine: 'replace', guard: false },
  { backend: 'embedding', remote: embedding, combine: 'mix', guard: true },
  { backend: 'embedding', remote: embedding, combine: 'replace', guard: true },
];
for (const config of configs) {
  for (const threshold of THRESHOLDS) {
    const options: CascadeClassifierOptions = { local, localFusion, remote: config.remote, threshold, combine: config.combine, riskGuard: config.guard };
    const cascade = createCascadeClassifier(options);
    const outputs = await run(cascade);
    const escalatedIndices = localOnly.flatMap((output, index) => ((output.predictions[0]?.score ?? 0) < threshold ? [index] : []));
    const escalatedSet = new Set(escalatedIndices);
    const scores = score(outputs);
    results.push({
      backend: config.backend, combine: config.combine, guard: config.guard, threshold,
      escalated: cascade.stats().escalated / dev.length,
      accuracy: scores.accuracy, macroF1: scores.macroF1,
      escalatedLocal: accuracyOn(localOnly, escalatedIndices),
      escalatedCascade: accuracyOn(outputs, escalatedIndices),
      ceiling: (localOnly.filter((output, index) => !escalatedSet.has(index) && predicted(output).intent === dev[index]!.intent).length + escalatedIndices.length) / dev.length,
      decidedByRemote: outputs.filter((output) => output.decidedBy === config.remote.id).length / dev.length,
    });
    const last = results.at(-1)!;
    log(`${config.backend} ${config.combine}${config.guard ? '' : ' no-guard'} @${threshold}: escalated ${(last.escalated * 100).toFixed(1)}%, accuracy ${last.accuracy.toFixed(3)}`);
  }
}

// Requests and tokens of one realistic run: a fresh LLM classifier (empty cache) behind the default cascade.
const fresh = newLlm();
const defaultCascade = createCascadeClassifier({ local, localFusion, remote: fresh });
started = performance.now();
await run(defaultCascade);
const defaultMs = performance.now() - started;
const defaultUsage = fresh.usage();
await chatServer.close();
await embedServer.close();

const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;
const fmt = (value: number): string => value.toFixed(3);
const signed = (value: number): string => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(3)}`;
const lines = [
  '# Cascade benchmark',
  '',
  `Run: ${new Date().toISOString().slice(0, 10)} · \`npm run bench:cascade\` · Node ${process.version} · ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}`,
  '',
  `Data: the corpus's dev split (${dev.length} messages, 9 languages, 24 intents; never trained on). Local model: the built-in n-gram model and keyword classifier fused as \`createPipeline()\` does (${localFusion.pooling ?? 'linear'} pooling, weights ${BUILTIN_FUSION.ngramWeight} and ${BUILTIN_FUSION.keywordWeight}, temperature ${localFusion.temperature ?? 1}). A prediction under the pipeline's floor (${FLOOR}) counts as \`unknown\`, i.e. wrong.`,
  '',
  'Remote backends, each behind a real OpenAI-compatible HTTP server on 127.0.0.1 and reached through the SDK\'s own clients (batching, retries, validation, PII masking all on):',
  '',
  `- **LLM**: a stand-in chat model that reads the fenced request like a model and answers with k-NN (k = 5, cosine) over hashed character/word n-gram embeddings of the ${train.length} TRAINING messages. It never sees a dev label. The remote-LLM classifier caps its scores at 0.7.`,
  '- **embedding**: the embedding classifier (k-NN, k = 3, temperature and floor fitted by leave-one-out) over the same training messages, vectors from a `/v1/embeddings` server computing the same hashed n-gram embeddings.',
  '',
  'Both backends know only the data the local model was trained on, and see it through spelling alone: they are weaker than the local model. These figures measure the cascade (how much is escalated, what an escalation changes) with backends we can run here; a real LLM or a semantic embedding model would change the "accuracy" columns, and only a run against one can say by how much.',
  '',
  '## Each model alone',
  '',
  '| model | accuracy | macro-F1 |',
  '|---|---|---|',
  `| local (built-in) | ${fmt(localScores.accuracy)} | ${fmt(localScores.macroF1)} |`,
  `| LLM stand-in | ${fmt(score(llmAlone).accuracy)} | ${fmt(score(llmAlone).macroF1)} |`,
  `| embedding k-NN | ${fmt(score(embeddingAlone).accuracy)} | ${fmt(score(embeddingAlone).macroF1)} |`,
  '',
  '## Cascade by threshold',
  '',
  'Escalated: share of dev messages whose local best score was under the threshold. Gain: cascade accuracy minus local-only accuracy. On escalated: accuracy on just the escalated messages, before → after. Ceiling: the accuracy if every escalated message were answered correctly (what a perfect remote backend could reach at that threshold). Remote decided: share of all messages whose answer came from the remote backend (the rest kept the local answer: confident, remote abstained, or risk guard).',
  '',
  '| backend | combine | risk guard | threshold | escalated | accuracy | gain | macro-F1 | on escalated | remote decided | ceiling |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...results.map((row) => `| ${row.backend} | ${row.combine} | ${row.guard ? 'on' : 'off'} | ${row.threshold} | ${pct(row.escalated)} | ${fmt(row.accuracy)} | ${signed(row.accuracy - localScores.accuracy)} | ${fmt(row.macroF1)} | ${fmt(row.escalatedLocal)} → ${fmt(row.escalatedCascade)} | ${pct(row.decidedByRemote)} | ${fmt(row.ceiling)} |`),
  '',
  '## Cost of the default cascade (threshold 0.6, mix, risk guard) with an empty cache',
  '',
  `${defaultCascade.stats().escalated} of ${dev.length} messages escalated (${pct(defaultCascade.stats().escalated / dev.length)}), sent in ${defaultUsage.requests} chat requests (up to 8 messages each, 2 in flight); ${defaultUsage.promptTokens.toLocaleString('en')} prompt and ${defaultUsage.completionTokens.toLocaleString('en')} completion tokens${defaultUsage.estimated ? ' (as the stand-in server reports them: about 4 characters per token)' : ''}; estimated cost at $0.15 / $0.60 per million tokens: $${defaultUsage.estimatedCost.toFixed(4)}. Wall time ${(defaultMs / 1000).toFixed(1)} s for the whole dev split on this machine (the stand-in answers in milliseconds; a real LLM would dominate it).`,
  `For comparison, sending every dev message to the LLM took ${llmUsage.requests} requests and ${llmUsage.totalTokens.toLocaleString('en')} tokens.`,
  '',
];
const out = fileURLToPath(new URL('./CASCADE-RESULTS.md', import.meta.url));
writeFileSync(out, `${lines.join('\n')}\n`);
log(`wrote ${out}`);
