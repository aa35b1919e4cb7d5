// The built-in local model first; an LLM only for the messages it is unsure about.
//   ollama pull qwen2.5:7b-instruct && ollama serve
//   npx tsx --conditions=@lianxing/source examples/classifiers/cascade.ts
import { createCascadeClassifier } from '@lianxing/classifiers/cascade';
import { createRemoteLlmClassifier } from '@lianxing/classifiers/remote-llm';
import { BUILTIN_FUSION, builtinClassifiers, createPipeline } from 'lianxing';

const cascade = createCascadeClassifier({
  local: builtinClassifiers(), // the built-in n-gram model and keyword classifier…
  localFusion: BUILTIN_FUSION.fusion, // …fused as createPipeline() does
  remote: createRemoteLlmClassifier({
    baseURL: process.env['LIANXING_BASE_URL'] ?? 'http://127.0.0.1:11434/v1',
    model: process.env['LIANXING_CHAT_MODEL'] ?? 'qwen2.5:7b-instruct',
  }),
  threshold: 0.6, // escalate when the local best score is under this
});
cascade.events.on('escalation', ({ local, remote, decidedBy, kept }) => {
  console.log(`  escalated: local ${local?.intent} ${local?.confidence.toFixed(2)} → remote ${remote?.intent ?? '-'}; decided by ${decidedBy}${kept ? ` (${kept})` : ''}`);
});
cascade.events.on('escalation-error', (error) => console.log('  remote failed, local answer kept:', error.message));

const pipeline = createPipeline({ classifiers: [cascade] });
for (const text of ['Where is my order? Tracking says nothing since Monday', 'hmm the thing I got is kinda not what I thought', '¿Puedo pagar a meses sin intereses?']) {
  const result = await pipeline.classify(text);
  const decidedBy = result.explanation.contributions[0]?.decidedBy;
  for (const failure of result.explanation.failures) console.log(`  ${failure.source} failed: ${failure.message}`);
  console.log(`${result.intent.padEnd(18)} ${result.confidence.toFixed(2)} by ${decidedBy}  ${text}`);
}
console.log(cascade.stats());
