// Your own intents: extend the built-in taxonomy, add rules, and change the decision policy.
import { BUILTIN_TAXONOMY, createPipeline, extendTaxonomy } from '@lianxing/core';
import { createKeywordClassifier } from '@lianxing/classifiers';

const taxonomy = extendTaxonomy(BUILTIN_TAXONOMY, {
  add: [{ id: 'warranty_claim', description: 'The buyer claims the warranty', risk: 'high', defaultAction: 'suggest' }],
  override: { customs_duties: { defaultAction: 'suggest' } },
});

const pipeline = createPipeline({
  taxonomy,
  classifiers: [createKeywordClassifier({ lexicons: { en: { warranty_claim: [['warranty', 3], 'guarantee'] }, es: { warranty_claim: [['garantia', 3]] } } })],
  rules: [{ id: 'mx-cfdi', intent: 'invoice_request', phrases: ['cfdi', 'uso de cfdi'], languages: ['es'], weight: 0.9 }],
  policy: { autoReplyThreshold: 0.9, marketplaces: { amazon: { intents: { positive_feedback: 'suggest' } } } },
});

const result = await pipeline.classify({ text: 'Is this covered by the warranty? It stopped charging.', marketplace: 'amazon' });
console.log(result.intent, result.confidence.toFixed(2), result.decision);
