// The README's example: classify buyer messages with the built-in defaults.
import { createPipeline } from 'lianxing';

const pipeline = createPipeline();

pipeline.events.on('handoff', (result) => {
  console.log(`→ a person should handle ${result.id ?? 'a message'}: ${result.intent} (${result.priority})`);
});

for (const text of ['Where is my package? Order 112-4839201-5512873', 'quiero mi factura', '返品したいです', 'barang rusak kak']) {
  const result = await pipeline.classify(text);
  console.log(result.language.code, result.intent, result.confidence.toFixed(2), result.sentiment.label, result.decision.action);
  console.log('   reply:', result.suggestions[0]?.text ?? '(none: a person writes it)');
}
