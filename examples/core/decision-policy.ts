// A decision policy kept as data (a JSON file your ops team edits), the hand-off event, and the manual-mode switch.
import { BUILTIN_TAXONOMY, createManualMode, createPipeline, parsePolicyJson } from '@lianxing/core';
import { createKeywordClassifier } from '@lianxing/classifiers';

// In production: parsePolicyJson(await readFile('policy.json', 'utf8'), BUILTIN_TAXONOMY). An invalid file throws a
// ConfigError whose `issues` name each field, e.g. `intents.refund_request`: auto_reply is never allowed for a high-risk intent.
const policy = parsePolicyJson(JSON.stringify({
  autoReplyThreshold: 0.9,
  intents: { refund_status: 'suggest', product_question: { autoReplyThreshold: 0.95 } },
  marketplaces: { mercadolibre: { intents: { shipping_time: 'suggest' } }, tiktok: { manualMode: true } },
  priority: { thresholds: { P1: 5, P2: 3, P3: 1 } },
}), BUILTIN_TAXONOMY);

const manualMode = createManualMode();
const pipeline = createPipeline({ classifiers: [createKeywordClassifier()], policy, manualMode });

pipeline.events.on('handoff', (result) => {
  console.log(`→ person: ${result.intent} ${result.priority} (${result.decision.reasons.map((reason) => reason.code).join(', ')})`);
});

const angry = await pipeline.classify({ text: '¡¡YA ES LA TERCERA VEZ QUE ESCRIBO!! Quiero mi reembolso hoy', marketplace: 'mercadolibre' });
console.log(angry.sentiment, angry.urgency, angry.priority, angry.decision);

// An incident: stop every automatic reply at once, at run time, in every pipeline sharing the switch.
manualMode.enable('incident 4711');
const calm = await pipeline.classify({ text: 'Where is my order? Tracking 1Z999AA10123456784', marketplace: 'amazon' });
console.log(calm.decision); // { action: 'suggest', reasons: [..., { code: 'manual_mode', source: 'switch', note: 'incident 4711' }] }
manualMode.disable();
