import type { TemplateInput } from '../schemas/template.js';

/** The built-in reply library. */
export const BUILTIN_TEMPLATES: readonly TemplateInput[] = [
  // order_tracking, with a tracking number
  { id: 'order_tracking.tracking.en', intents: ['order_tracking'], locale: 'en', text: 'Hi! Your order is on its way. Tracking number: {{trackingNumber}}. You can follow it on the carrier\'s site; let us know if anything looks off.' },
  { id: 'order_tracking.tracking.es', intents: ['order_tracking'], locale: 'es', text: '¡Hola! Tu pedido ya va en camino. Número de guía: {{trackingNumber}}. Puedes rastrearlo en la página de la paquetería; cualquier cosa, aquí estamos.' },
  { id: 'order_tracking.tracking.pt', intents: ['order_tracking'], locale: 'pt', text: 'Olá! Seu pedido já está a caminho. Código de rastreio: {{trackingNumber}}. Qualquer dúvida, é só chamar!' },
  { id: 'order_tracking.tracking.fr', intents: ['order_tracking'], locale: 'fr', text: 'Bonjour, votre commande est en route. Numéro de suivi : {{trackingNumber}}. N\'hésitez pas à nous écrire si besoin.' },
  { id: 'order_tracking.tracking.de', intents: ['order_tracking'], locale: 'de', text: 'Guten Tag, Ihre Bestellung ist unterwegs. Sendungsnummer: {{trackingNumber}}.' },
  { id: 'order_tracking.tracking.ja', intents: ['order_tracking'], locale: 'ja', tone: 'formal', text: 'お問い合わせいただきありがとうございます。ご注文の商品は発送済みでございます。お問い合わせ番号は{{trackingNumber}}です。配送状況は配送業者のサイトにてご確認いただけます。' },
  { id: 'order_tracking.tracking.zh', intents: ['order_tracking'], locale: 'zh', text: '亲，您的订单已经发出啦，物流单号：{{trackingNumber}}，可以在快递官网查询进度哦～' },
  { id: 'order_tracking.tracking.zh-tw', intents: ['order_tracking'], locale: 'zh-TW', text: '您好，您的訂單已經寄出囉，物流單號：{{trackingNumber}}，可以到物流官網查詢進度喔～' },
  { id: 'order_tracking.tracking.id', intents: ['order_tracking'], locale: 'id', text: 'Halo kak, pesanannya sudah dikirim ya. Nomor resi: {{trackingNumber}}, bisa dicek di aplikasi kurir. Terima kasih!' },
  { id: 'order_tracking.tracking.th', intents: ['order_tracking'], locale: 'th', text: 'สวัสดีค่ะ สินค้าจัดส่งแล้วนะคะ เลขพัสดุ {{trackingNumber}} สามารถเช็คสถานะได้ที่เว็บไซต์ขนส่งค่ะ' },
  // order_tracking, no tracking number known yet
  { id: 'order_tracking.lookup.en', intents: ['order_tracking'], locale: 'en', text: 'Hi! Thanks for reaching out. We\'re checking the status of your order and will send you the tracking details shortly.' },
  { id: 'order_tracking.lookup.es', intents: ['order_tracking'], locale: 'es', text: '¡Hola! Gracias por escribirnos. Ya estamos revisando tu pedido y en breve te compartimos el número de guía.' },
  { id: 'order_tracking.lookup.pt', intents: ['order_tracking'], locale: 'pt', text: 'Oi! Obrigado pela mensagem. Já estamos verificando seu pedido e logo te enviamos o código de rastreio.' },
  { id: 'order_tracking.lookup.fr', intents: ['order_tracking'], locale: 'fr', text: 'Bonjour, merci pour votre message. Nous vérifions votre commande et vous envoyons le numéro de suivi très vite.' },
  { id: 'order_tracking.lookup.de', intents: ['order_tracking'], locale: 'de', text: 'Guten Tag, danke für Ihre Nachricht. Wir prüfen Ihre Bestellung und senden Ihnen die Sendungsnummer in Kürze.' },
  { id: 'order_tracking.lookup.ja', intents: ['order_tracking'], locale: 'ja', tone: 'formal', text: 'お問い合わせいただきありがとうございます。ただいまご注文の配送状況を確認しております。確認でき次第、改めてご連絡いたします。' },
  { id: 'order_tracking.lookup.zh', intents: ['order_tracking'], locale: 'zh', text: '亲，收到～正在帮您查询订单的物流信息，稍后把单号发给您哦。' },
  { id: 'order_tracking.lookup.id', intents: ['order_tracking'], locale: 'id', text: 'Halo kak, terima kasih sudah menghubungi kami. Kami cek dulu status pesanannya ya, nanti resinya kami kirim.' },
  { id: 'order_tracking.lookup.th', intents: ['order_tracking'], locale: 'th', text: 'สวัสดีค่ะ ขอบคุณที่ติดต่อมานะคะ ทางร้านกำลังตรวจสอบสถานะคำสั่งซื้อให้ค่ะ แล้วจะแจ้งเลขพัสดุให้เร็วที่สุดค่ะ' },
  // positive_feedback
  { id: 'positive_feedback.thanks.en', intents: ['positive_feedback'], locale: 'en', text: 'Thank you so much for your kind words! We\'re really glad you like it.' },
  { id: 'positive_feedback.thanks.es', intents: ['positive_feedback'], locale: 'es', text: '¡Muchísimas gracias por tus palabras! Nos da mucho gusto que te haya encantado. 😊' },
  { id: 'positive_feedback.thanks.pt', intents: ['positive_feedback'], locale: 'pt', text: 'Muito obrigado pelo carinho! Ficamos muito felizes que você gostou. 😊' },
  { id: 'positive_feedback.thanks.fr', intents: ['positive_feedback'], locale: 'fr', text: 'Merci beaucoup pour votre message, nous sommes ravis que cela vous plaise !' },
  { id: 'positive_feedback.thanks.de', intents: ['positive_feedback'], locale: 'de', text: 'Vielen Dank für Ihr Feedback! Schön, dass Sie zufrieden sind.' },
  { id: 'positive_feedback.thanks.ja', intents: ['positive_feedback'], locale: 'ja', tone: 'formal', text: 'この度は温かいお言葉をいただき、誠にありがとうございます。お気に召していただけて大変嬉しく存じます。' },
  { id: 'positive_feedback.thanks.zh', intents: ['positive_feedback'], locale: 'zh', text: '谢谢亲的支持和认可！喜欢就好，期待您再次光临～' },
  { id: 'positive_feedback.thanks.id', intents: ['positive_feedback'], locale: 'id', text: 'Terima kasih banyak kak atas ulasannya! Senang sekali kakak suka. Ditunggu order berikutnya ya 🙏' },
  { id: 'positive_feedback.thanks.th', intents: ['positive_feedback'], locale: 'th', text: 'ขอบคุณมากนะคะที่ชอบสินค้าของเรา ดีใจมากเลยค่ะ แล้วแวะมาอุดหนุนอีกนะคะ' },
  // invoice_request
  { id: 'invoice_request.send.en', intents: ['invoice_request'], locale: 'en', text: 'Of course! We\'ll issue the invoice for order {{orderId}} and send it to you through this channel.' },
  { id: 'invoice_request.send.es', intents: ['invoice_request'], locale: 'es', text: '¡Claro! Con gusto te emitimos la factura del pedido {{orderId}}. Por favor compártenos tus datos fiscales (RFC, razón social y uso de CFDI) por este medio.' },
  { id: 'invoice_request.send.pt', intents: ['invoice_request'], locale: 'pt', text: 'Claro! Vamos emitir a nota fiscal do pedido {{orderId}} e enviar por aqui. Se precisar em nome de empresa, nos informe o CNPJ.' },
  { id: 'invoice_request.send.fr', intents: ['invoice_request'], locale: 'fr', text: 'Bien sûr, nous vous transmettons la facture de la commande {{orderId}} par ce canal.' },
  { id: 'invoice_request.send.de', intents: ['invoice_request'], locale: 'de', text: 'Gerne senden wir Ihnen die Rechnung zur Bestellung {{orderId}} über diesen Kanal zu.' },
  { id: 'invoice_request.send.ja', intents: ['invoice_request'], locale: 'ja', tone: 'formal', text: 'ご連絡ありがとうございます。ご注文{{orderId}}の領収書を発行し、こちらのメッセージにてお送りいたします。宛名のご指定がございましたらお知らせくださいませ。' },
  { id: 'invoice_request.send.zh', intents: ['invoice_request'], locale: 'zh', text: '好的亲，订单{{orderId}}的发票我们这边开好后会发给您，如需开公司抬头请提供抬头和税号哦。' },
  { id: 'invoice_request.send.id', intents: ['invoice_request'], locale: 'id', text: 'Siap kak, faktur untuk pesanan {{orderId}} akan kami kirim lewat chat ini ya.' },
  { id: 'invoice_request.send.th', intents: ['invoice_request'], locale: 'th', text: 'ได้เลยค่ะ ทางร้านจะออกใบกำกับภาษีสำหรับคำสั่งซื้อ {{orderId}} และส่งให้ทางแชทนี้นะคะ' },
];
