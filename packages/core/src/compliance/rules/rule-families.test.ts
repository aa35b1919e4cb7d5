import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../languages.js';
import { lintReply } from '../create-reply-linter.js';

/** The rule ids a reply breaks on a marketplace (generic rules only when none is given). */
const broken = (text: string, marketplace?: string, language?: LanguageCode): string[] => lintReply(text, { marketplace, language }).findings.map((finding) => finding.ruleId);

interface Case {
  readonly text: string;
  readonly language?: LanguageCode;
}

/** Checks that each failing text trips `ruleId` on the marketplace and each passing text does not. */
function family(ruleId: string, marketplace: string | undefined, failing: readonly Case[], passing: readonly Case[]): void {
  describe(ruleId, () => {
    it.each(failing.map((item) => [item.text, item.language] as const))('flags %s', (text, language) => {
      expect(broken(text, marketplace, language)).toContain(ruleId);
    });
    it.each(passing.map((item) => [item.text, item.language] as const))('passes %s', (text, language) => {
      expect(broken(text, marketplace, language)).not.toContain(ruleId);
    });
  });
}

family('generic/compensation-amount', undefined, [
  { text: 'We will refund you $25 right away.', language: 'en' },
  { text: 'Le reembolsaremos 200 pesos por las molestias.', language: 'es' },
  { text: 'Vamos te dar um desconto de 15% na próxima vez.', language: 'pt' },
  { text: 'Nous vous proposons un remboursement intégral.', language: 'fr' },
  { text: 'Wir erstatten Ihnen 20 € als Entschädigung.', language: 'de' },
  { text: 'お詫びとして全額返金いたします。', language: 'ja' },
  { text: '我们给您补偿50元红包。', language: 'zh' },
  { text: 'Kami kasih kompensasi Rp50.000 ya kak.', language: 'id' },
  { text: 'ทางร้านจะคืนเงินเต็มจำนวนให้ค่ะ', language: 'th' },
], [
  { text: 'We will review your refund request and reply within 24 hours.', language: 'en' },
  { text: 'El reembolso tarda de 3 a 10 días hábiles en reflejarse.', language: 'es' },
  { text: 'Your order of 3 items costs $25.', language: 'en' },
  { text: '返金のご依頼を承りました。', language: 'ja' },
]);

family('generic/legal-language', undefined, [
  { text: 'We are not liable for delays caused by customs.', language: 'en' },
  { text: 'Si continúa, tomaremos acciones legales.', language: 'es' },
  { text: 'Nosso advogado entrará em contato.', language: 'pt' },
  { text: 'Nous déclinons toute responsabilité en cas de retard.', language: 'fr' },
  { text: 'Wir behalten uns rechtliche Schritte vor.', language: 'de' },
  { text: '法的措置を検討いたします。', language: 'ja' },
  { text: '我们不承担任何法律责任。', language: 'zh' },
  { text: 'Kami akan menempuh jalur hukum.', language: 'id' },
  { text: 'ทางร้านจะดำเนินคดีตามกฎหมายค่ะ', language: 'th' },
], [
  { text: 'The courtesy refund is on its way.', language: 'en' },
  { text: 'Hay mucha demanda de este modelo.', language: 'es' },
  { text: 'ภาษีและอากรนำเข้ากำหนดโดยศุลกากรค่ะ', language: 'th' },
  { text: 'Die Rechnung senden wir Ihnen gern zu.', language: 'de' },
]);

family('generic/contact-details', undefined, [
  { text: 'Write to us at ventas@tienda-luna.mx', language: 'es' },
  { text: 'Call me on +1 415 555 2671.', language: 'en' },
  { text: 'Chama no WhatsApp: +55 11 91234-5678', language: 'pt' },
  { text: '有问题加微信号：shop_luna88', language: 'zh' },
  { text: 'แอดไลน์ LINE ID: @lunashop ได้เลยค่ะ', language: 'th' },
], [
  { text: 'Your order 112-4839201-5512873 ships with tracking number 1Z999AA10123456784.', language: 'en' },
  { text: 'Le responderemos por este medio en 24 horas.', language: 'es' },
  { text: 'お問い合わせ番号は1Z999AA10123456784でございます。', language: 'ja' },
]);

family('generic/review-manipulation', undefined, [
  { text: 'Please leave us a 5-star review!', language: 'en' },
  { text: 'Si nos deja una reseña positiva le enviamos un regalo.', language: 'es' },
  { text: 'Pode remover sua avaliação negativa?', language: 'pt' },
  { text: 'Merci de laisser un avis 5 étoiles !', language: 'fr' },
  { text: 'Bitte löschen Sie Ihre Bewertung.', language: 'de' },
  { text: 'レビューを削除していただけますでしょうか。', language: 'ja' },
  { text: '亲，给个五星好评哦！', language: 'zh' },
  { text: 'Kasih bintang 5 ya kak!', language: 'id' },
  { text: 'รบกวนให้ 5 ดาวด้วยนะคะ', language: 'th' },
], [
  { text: 'Thank you for your kind words!', language: 'en' },
  { text: 'Nos alegra que le haya gustado.', language: 'es' },
  { text: '谢谢亲的支持和认可！', language: 'zh' },
]);

family('amazon/review-request', 'amazon', [
  { text: 'Could you leave a review when you have a moment?', language: 'en' },
  { text: '¿Nos podría dejar una reseña?', language: 'es' },
  { text: 'レビューをお願いいたします。', language: 'ja' },
], [
  { text: 'We will review your request.', language: 'en' },
  { text: 'Revisaremos su solicitud.', language: 'es' },
]);

family('generic/offensive-language', undefined, [
  { text: 'Stop being stupid and read the listing.', language: 'en' },
  { text: 'No mames, ya te lo enviamos.', language: 'es' },
  { text: 'Que porra é essa?', language: 'pt' },
  { text: 'バカなことを言わないでください。', language: 'ja' },
  { text: '你是白痴吗', language: 'zh' },
  { text: 'Dasar goblok.', language: 'id' },
], [
  { text: '届いたばかりの商品です。', language: 'ja' },
  { text: '送给妈妈的礼物已经发出。', language: 'zh' },
  { text: 'Thanks for your patience.', language: 'en' },
]);

family('generic/unfilled-placeholder', undefined, [
  { text: 'Hi {{buyerName}}, your order ships today.', language: 'en' },
  { text: 'Dear [Customer Name], thank you for your order.', language: 'en' },
  { text: 'Hola, su correo [EMAIL_1] quedó registrado.', language: 'es' },
  { text: 'Hallo {name}, Ihre Bestellung ist unterwegs.', language: 'de' },
], [
  { text: 'Hi Ana, your order ships today.', language: 'en' },
  { text: 'Tamaños disponibles: {S, M, L}.', language: 'es' },
]);

family('amazon/external-link', 'amazon', [
  { text: 'Track it at https://track.example.com/1Z999', language: 'en' },
  { text: 'Mira las tallas en www.mitienda.com.mx/tallas', language: 'es' },
  { text: 'Veja em lojaluna.com.br', language: 'pt' },
], [
  { text: 'Start the return at https://www.amazon.com/returns', language: 'en' },
  { text: 'Puede ver su pedido en amazon.com.mx.', language: 'es' },
  { text: 'We will follow up, etc. Thanks.', language: 'en' },
]);

family('mercadolibre/link-shortener', 'mercadolibre', [
  { text: 'Mirá la guía en bit.ly/3xYz12', language: 'es' },
  { text: 'Confira: https://tinyurl.com/abc123', language: 'pt' },
], [
  { text: 'Podés ver la publicación en articulo.mercadolibre.com.ar/MLA-123', language: 'es' },
]);

family('mercadolibre/social-link', 'mercadolibre', [
  { text: 'Seguinos en instagram.com/tiendaluna', language: 'es' },
  { text: 'Escribinos a wa.me/5491112345678', language: 'es' },
], [
  { text: 'Gracias por tu compra.', language: 'es' },
]);

family('tiktok/off-platform', 'tiktok', [
  { text: 'Contact us on WhatsApp for a better price.', language: 'en' },
  { text: '亲，加我微信私聊，有优惠', language: 'zh' },
  { text: 'Japri aja kak, transfer langsung lebih murah', language: 'id' },
  { text: 'แอดไลน์ร้านได้เลยค่ะ', language: 'th' },
  { text: 'Pague por fuera de la plataforma con transferencia bancaria.', language: 'es' },
], [
  { text: 'Payment options are shown at checkout.', language: 'en' },
  { text: '结算页面会显示所有支付方式。', language: 'zh' },
]);

family('amazon/marketing', 'amazon', [
  { text: 'Check out our other products in our store!', language: 'en' },
  { text: 'Use este cupón en su próxima compra.', language: 'es' },
  { text: 'Entdecken Sie unsere neue Kollektion.', language: 'de' },
  { text: 'ショップをフォローしてください！', language: 'ja' },
  { text: '关注店铺，新品上架第一时间知道！', language: 'zh' },
], [
  { text: 'We are looking up your order now.', language: 'en' },
  { text: 'Gracias por su compra.', language: 'es' },
]);

family('amazon/emoji', 'amazon', [
  { text: 'Thank you so much! 😊', language: 'en' },
  { text: '¡Gracias! ❤️', language: 'es' },
], [
  { text: 'Thank you so much!', language: 'en' },
  { text: 'Merci ! :)', language: 'fr' },
]);

family('amazon/html', 'amazon', [
  { text: '<b>Your order</b> has shipped.', language: 'en' },
  { text: 'Gracias&nbsp;por su compra.', language: 'es' },
], [
  { text: 'Sizes S < M < L.', language: 'en' },
]);

family('amazon/line-breaks', 'amazon', [
  { text: 'Hello,\n\n\n\nyour order has shipped.', language: 'en' },
  { text: 'Hola:\r\n\r\n \r\nsu pedido ya salió.', language: 'es' },
], [
  { text: 'Hello,\n\nyour order has shipped.', language: 'en' },
]);

family('generic/markdown', undefined, [
  { text: '**Good news!** Your order has shipped.', language: 'en' },
  { text: 'Vea [la guía](https://example.com/guia).', language: 'es' },
], [
  { text: 'Good news! Your order has shipped.', language: 'en' },
]);

family('tiktok/restricted-claims', 'tiktok', [
  { text: 'This is a 1:1 replica of the original.', language: 'en' },
  { text: '亲，这是高仿的哦', language: 'zh' },
  { text: 'Barang KW super kak', language: 'id' },
], [
  { text: 'This is the original product.', language: 'en' },
]);

family('amazon/language-mismatch', 'amazon', [
  { text: 'Thank you for your message. We are checking your order and will reply shortly.', language: 'ja' },
  { text: 'Gracias por su mensaje. Estamos revisando su pedido y le responderemos en breve.', language: 'de' },
], [
  { text: 'お問い合わせいただき、誠にありがとうございます。', language: 'ja' },
  { text: 'Vielen Dank für Ihre Nachricht. Wir prüfen Ihre Bestellung.', language: 'de' },
]);

describe('message length', () => {
  it('applies Mercado Libre\'s 350 characters, spanning the excess', () => {
    const text = 'á'.repeat(351);
    const [finding] = lintReply(text, { marketplace: 'mercadolibre' }).findings.filter((item) => item.ruleId === 'mercadolibre/message-length');
    expect(finding?.span).toEqual({ start: 350, end: 351 });
    expect(finding?.message).toContain('351 characters');
    expect(broken('á'.repeat(350), 'mercadolibre')).not.toContain('mercadolibre/message-length');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(broken('😀'.repeat(350), 'mercadolibre')).not.toContain('mercadolibre/message-length');
    expect(broken('😀'.repeat(351), 'mercadolibre')).toContain('mercadolibre/message-length');
  });

  it('applies TikTok Shop\'s 2,000 characters and Amazon\'s per-message-type limits', () => {
    expect(broken('x'.repeat(2001), 'tiktok')).toContain('tiktok/message-length');
    expect(broken('x'.repeat(2000), 'tiktok')).not.toContain('tiktok/message-length');
    const amazon = (messageType: string | undefined, length: number): boolean => lintReply('x'.repeat(length), { marketplace: 'amazon', messageType }).findings.some((item) => item.ruleId === 'amazon/message-length');
    expect(amazon(undefined, 2000)).toBe(false);
    expect(amazon(undefined, 2001)).toBe(true);
    expect(amazon('confirmCustomizationDetails', 801)).toBe(true);
    expect(amazon('confirmCustomizationDetails', 800)).toBe(false);
    expect(amazon('digitalAccessKey', 401)).toBe(true);
  });
});

describe('spans', () => {
  it('point at the offending text, accents and full-width forms included', () => {
    const text = 'Pour la résolution, voir ＷＷＷ．ＥＸＡＭＰＬＥ．ＣＯＭ et notre AVOCAT.';
    const findings = lintReply(text, { language: 'fr' }).findings;
    const legal = findings.find((finding) => finding.ruleId === 'generic/legal-language');
    expect(legal && text.slice(legal.span.start, legal.span.end)).toBe('AVOCAT');
    const marketing = lintReply('Découvrez nos nouveautés. Suivez-nous !', { marketplace: 'amazon', language: 'fr' }).findings.find((finding) => finding.ruleId === 'amazon/marketing');
    expect(marketing?.excerpt).toBe('Suivez-nous');
  });
});
