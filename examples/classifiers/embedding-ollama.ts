// Few-shot intents of your own with an embedding model served by Ollama (or any OpenAI-compatible server).
//   ollama pull nomic-embed-text && ollama serve
//   npx tsx --conditions=@lianxing/source examples/classifiers/embedding-ollama.ts
// Another server: LIANXING_BASE_URL=http://127.0.0.1:8000/v1 LIANXING_EMBEDDING_MODEL=BAAI/bge-m3 (vLLM),
// or OpenAI: LIANXING_BASE_URL=https://api.openai.com/v1 LIANXING_EMBEDDING_MODEL=text-embedding-3-small OPENAI_API_KEY=…
import { writeFileSync } from 'node:fs';
import { createEmbeddingClassifier, createOpenAICompatibleEmbedder, loadEmbeddingClassifier } from '@lianxing/classifiers/embedding';
import { createPipeline, createTaxonomy } from '@lianxing/core';

const embedder = createOpenAICompatibleEmbedder({
  baseURL: process.env['LIANXING_BASE_URL'] ?? 'http://127.0.0.1:11434/v1',
  model: process.env['LIANXING_EMBEDDING_MODEL'] ?? 'nomic-embed-text',
});
const taxonomy = createTaxonomy({ id: 'my-shop', intents: [
  { id: 'warranty_claim', description: 'Claims under the warranty', risk: 'high', defaultAction: 'suggest' },
  { id: 'bulk_order', description: 'Orders of many units, wholesale prices', risk: 'low', defaultAction: 'suggest' },
  { id: 'shipping_time', description: 'When it ships or arrives', risk: 'low', defaultAction: 'auto_reply' },
] });
const classifier = createEmbeddingClassifier({ embedder, examples: [
  { text: 'is the motor covered by the warranty?', intent: 'warranty_claim' },
  { text: 'my blender broke after 3 months, warranty please', intent: 'warranty_claim' },
  { text: '¿la garantía cubre la batería?', intent: 'warranty_claim' },
  { text: 'die Garantie ist noch gültig, das Gerät ist defekt', intent: 'warranty_claim' },
  { text: '保証期間内ですが修理できますか', intent: 'warranty_claim' },
  { text: 'price for 500 units?', intent: 'bulk_order' },
  { text: 'do you sell wholesale to shops?', intent: 'bulk_order' },
  { text: 'precio por mayoreo para 200 piezas', intent: 'bulk_order' },
  { text: 'je voudrais commander 1000 pièces', intent: 'bulk_order' },
  { text: '批发价格是多少？', intent: 'bulk_order' },
  { text: 'when will my order ship?', intent: 'shipping_time' },
  { text: 'how long does delivery to Chile take?', intent: 'shipping_time' },
  { text: 'quanto tempo demora para chegar?', intent: 'shipping_time' },
  { text: 'wann wird das verschickt?', intent: 'shipping_time' },
  { text: 'berapa lama pengirimannya?', intent: 'shipping_time' },
] });

await classifier.ready(); // embeds the examples now (else on first use); throws if the server cannot be reached
const pipeline = createPipeline({ taxonomy, classifiers: [classifier] });
for (const text of ['The warranty should cover this broken hinge', 'Quiero 300 unidades, ¿hay descuento?', 'いつ届きますか？']) {
  const result = await pipeline.classify(text);
  console.log(`${result.intent.padEnd(15)} ${result.confidence.toFixed(2)}  ${text}`);
}
console.log('calibration', classifier.calibration);

// The index is plain JSON (vectors and labels, no texts): save it, load it with the same embedder.
writeFileSync('embedding-index.json', JSON.stringify(classifier.toJSON()));
const restored = loadEmbeddingClassifier(JSON.stringify(classifier.toJSON()), { embedder });
console.log('restored', restored.size, 'examples');
