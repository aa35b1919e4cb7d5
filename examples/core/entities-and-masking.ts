// Entities and personal data: what extractEntities finds, what the pipeline masks, and how to get it back.
import { createPipeline, extractEntities, maskPii, unmaskPii } from '@lianxing/core';

const text = 'Hola, mi pedido 2000006123456789 no llega. ¿Llega mañana? Escríbeme a ana@example.com o al 55 1234 5678.';

// The stage on its own: offsets, normalized values, attributes. Relative dates count from the message's day.
for (const entity of extractEntities(text, { language: 'es', country: 'MLM', referenceDate: '2026-03-02T10:00:00-06:00' })) {
  console.log(entity.type, entity.value, entity.attributes ?? {}, entity.pii ? '(personal data)' : '');
}

// Masking by hand: placeholders out, originals back.
const entities = extractEntities(text, { language: 'es', country: 'MX' });
const masked = maskPii(text, entities);
console.log(masked.text);
console.log(unmaskPii(masked.text, masked.vault) === text);

// In the pipeline: classifiers, rules and events only see masked text; order numbers stay readable unless the
// policy says otherwise.
const pipeline = createPipeline({ pii: { include: ['order_number'] } });
pipeline.events.on('classified', (result) => console.log('event entities:', result.entities.map((entity) => entity.value)));
const result = await pipeline.classify({ text, language: 'es', site: 'MLM', marketplace: 'mercadolibre', createdAt: '2026-03-02T10:00:00-06:00' });
console.log(result.maskedText);
