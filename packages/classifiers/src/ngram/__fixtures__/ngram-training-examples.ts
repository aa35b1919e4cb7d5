import type { TrainingExample } from '@lianxing/core';

/** A small labelled set written for the n-gram tests: 3 intents, 4 languages. */
export const TEST_EXAMPLES: readonly TrainingExample[] = [
  ...['where is my order', 'where is my package right now', 'can you send the tracking number', 'tracking number please', 'what is the status of my order', 'has my parcel shipped', 'dónde está mi pedido', 'número de guía por favor', 'cadê meu pedido', 'qual o código de rastreio', '我的快递到哪里了', '物流单号是多少', '荷物はどこですか', '追跡番号を教えてください'].map((text) => ({ text, intent: 'order_tracking' })),
  ...['i want a refund', 'please refund my money', 'give me my money back', 'refund me now', 'i need a full refund for this', 'can i get my money back', 'quiero un reembolso', 'devuélvanme mi dinero', 'quero meu dinheiro de volta', 'quero reembolso', '我要退款', '请给我退钱', '返金してください', '返金をお願いします'].map((text) => ({ text, intent: 'refund_request' })),
  ...['i need an invoice', 'please send me the invoice', 'can i get a receipt', 'invoice for my company please', 'send the tax invoice', 'i need a receipt for this order', 'necesito factura', 'me pueden dar la factura con mi rfc', 'preciso da nota fiscal', 'manda a nota fiscal por favor', '我要开发票', '请开个发票', '領収書をお願いします', '領収書を発行してください'].map((text) => ({ text, intent: 'invoice_request' })),
];
