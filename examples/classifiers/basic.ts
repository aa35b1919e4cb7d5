// Train an n-gram model on your own labelled history, save it, load it back, and classify with it.
import { writeFileSync, readFileSync } from 'node:fs';
import { createNgramClassifier, loadNgramClassifier } from '@lianxing/classifiers';
import { createPipeline, createTaxonomy } from '@lianxing/core';

const history = [
  { text: 'is this covered by the warranty', intent: 'warranty_claim' }, { text: 'warranty claim for my blender', intent: 'warranty_claim' },
  { text: '¿la garantía cubre esto?', intent: 'warranty_claim' }, { text: 'do you ship to canada', intent: 'shipping_destinations' },
  { text: 'can you send it to brazil', intent: 'shipping_destinations' }, { text: '¿envían a colombia?', intent: 'shipping_destinations' },
];
const ngram = createNgramClassifier({ epochs: 20 });
const report = await ngram.train(history, { onProgress: ({ epoch, epochs }) => process.stdout.write(`\r${epoch}/${epochs}`) });
console.log(`\ntrained on ${report.examples} examples in ${report.durationMs.toFixed(0)} ms`);
writeFileSync('model.json', JSON.stringify(ngram.toJSON()));

const restored = loadNgramClassifier(readFileSync('model.json', 'utf8'));
const taxonomy = createTaxonomy({ id: 'my-shop', intents: restored.intents.map((id) => ({ id, description: id, risk: 'medium', defaultAction: 'suggest' })) });
const pipeline = createPipeline({ taxonomy, classifiers: [restored] });
console.log((await pipeline.classify('does the warranty cover a broken motor?')).intent);
