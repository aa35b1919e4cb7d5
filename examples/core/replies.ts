// Reply suggestions: your own templates from YAML, a knowledge base for product questions, the order context, and
// the compliance lint that also checks what a person or a language model wrote.
import { createPipeline, lintReply } from 'lianxing';
import { parseKnowledgeBaseDocument, parseTemplatesDocument } from 'lianxing/loaders';

// In an app: `await loadTemplatesFile('replies/templates.yaml')`. A template with a built-in id replaces it.
const templates = parseTemplatesDocument(`
templates:
  - id: order_tracking.friendly.es-MX
    intents: [order_tracking]
    locale: es-MX
    tone: friendly
    text: >-
      ¡Hola{{#buyerName}}, {{buyerName}}{{/buyerName}}! Soy Lupita de {{storeName}}.
      {{#trackingNumber}}Tu paquete ya va con {{carrier}}, guía {{trackingNumber}}.{{/trackingNumber}}
      {{^trackingNumber}}En un ratito te paso tu guía.{{/trackingNumber}}
`, { source: 'templates.yaml' });

const knowledgeBase = parseKnowledgeBaseDocument(`
entries:
  - id: hoodie-sizing
    productIds: [HOODIE-01]
    questions: [Does it come in XL?, What size should I get?, ¿Qué talla me recomiendan?, サイズ感はどうですか？]
    answers:
      en: It fits true to size, from S to XXL; size up for a looser fit.
      es: Queda a la medida normal, de la S a la XXL; pide una talla más si lo quieres holgado.
      ja: 標準的なサイズ感で、SからXXLまでご用意しております。ゆったり着たい場合はワンサイズ上をお選びください。
`, { source: 'faq.yaml' });

const pipeline = createPipeline({ templates, replies: { knowledgeBase } });

const tracking = await pipeline.classify(
  { text: '¿Dónde está mi pedido? Ya pasó una semana', marketplace: 'mercadolibre', locale: 'es-MX' },
  { order: { trackingNumber: '1Z999AA10123456784', carrier: 'DHL', status: 'in_transit' }, variables: { buyerName: 'Ana', storeName: 'Casa Luna' } },
);
for (const suggestion of tracking.suggestions) console.log(suggestion.score, suggestion.templateId, suggestion.reasons.join(' '), '\n  ', suggestion.text);

const sizing = await pipeline.classify({ text: 'does this hoodie come in XL?', marketplace: 'tiktok' });
console.log(sizing.intent, sizing.decision.action, '→', sizing.suggestions[0]?.text);

// Free text, e.g. a language model's draft, checked before it is sent.
const draft = 'Sorry! We will refund you $20. Contact us on WhatsApp +52 55 1234 5678 or leave us a 5-star review 😊';
for (const finding of lintReply(draft, { marketplace: 'amazon', language: 'en' }).findings) {
  console.log(finding.severity, finding.ruleId, JSON.stringify(finding.excerpt));
}
