import { AFTER_SHIPPING, BEFORE_SHIPPING, defineTemplates, IN_TRANSIT, REFUNDED } from '../define-templates.js';

/**
 * Japanese. Formal and apologetic replies use full business keigo (尊敬語・謙譲語) with the set formulas Japanese
 * buyers expect: the opening thanks (お問い合わせいただき誠にありがとうございます), the apology (ご迷惑をおかけし誠に申し訳
 * ございません、心よりお詫び申し上げます), the cushion words before a request (恐れ入りますが), the closing
 * (何卒よろしくお願い申し上げます). Friendly replies stay in polite です・ます (丁寧語) for shops with a lighter voice.
 */
export const JA_TEMPLATES = defineTemplates('ja', {
  order_tracking: {
    friendly: '{{#buyerName}}{{buyerName}}様、{{/buyerName}}お問い合わせありがとうございます！{{#trackingNumber}}ご注文{{#orderId}}（{{orderId}}）{{/orderId}}の商品は{{#carrier}}{{carrier}}にて{{/carrier}}発送済みです。追跡番号は{{trackingNumber}}です。{{#promisedDeliveryDate}}{{promisedDeliveryDate}}までにお届けの予定です。{{/promisedDeliveryDate}}{{/trackingNumber}}{{^trackingNumber}}ただいま配送状況を確認していますので、追跡番号がわかり次第お知らせしますね。{{/trackingNumber}}',
    formal: '{{#buyerName}}{{buyerName}}様\n{{/buyerName}}お問い合わせいただき、誠にありがとうございます。{{#trackingNumber}}ご注文{{#orderId}}（{{orderId}}）{{/orderId}}の商品は{{#carrier}}{{carrier}}にて{{/carrier}}発送いたしました。お問い合わせ番号は{{trackingNumber}}でございます。{{#promisedDeliveryDate}}お届け予定日は{{promisedDeliveryDate}}でございます。{{/promisedDeliveryDate}}{{/trackingNumber}}{{^trackingNumber}}ただいまご注文{{#orderId}}（{{orderId}}）{{/orderId}}の配送状況を確認しております。確認でき次第、改めてご連絡いたします。{{/trackingNumber}}何卒よろしくお願い申し上げます。',
    apologetic: '{{#buyerName}}{{buyerName}}様\n{{/buyerName}}この度は商品のお届けについてご心配をおかけし、誠に申し訳ございません。{{#trackingNumber}}ご注文の商品は{{#carrier}}{{carrier}}にて{{/carrier}}発送済みでございます。お問い合わせ番号{{trackingNumber}}にて配送状況をご確認いただけます。{{/trackingNumber}}{{^trackingNumber}}ただいま倉庫と確認を進めており、お問い合わせ番号がわかり次第すぐにご連絡いたします。{{/trackingNumber}}',
  },
  shipping_time: {
    friendly: 'お問い合わせありがとうございます！{{#promisedShipDate}}ご注文の商品は{{promisedShipDate}}までに発送予定です。{{/promisedShipDate}}{{^promisedShipDate}}商品ページに記載の発送目安の期間内に発送しています。{{/promisedShipDate}}{{#promisedDeliveryDate}}お届けは{{promisedDeliveryDate}}頃の予定です。{{/promisedDeliveryDate}}発送しましたら追跡番号をお知らせしますね。',
    formal: 'お問い合わせいただき、誠にありがとうございます。{{#promisedShipDate}}ご注文の商品は{{promisedShipDate}}までに発送予定でございます。{{#promisedDeliveryDate}}お届けは{{promisedDeliveryDate}}頃を予定しております。{{/promisedDeliveryDate}}{{/promisedShipDate}}{{^promisedShipDate}}商品ページに記載の発送目安の期間内に発送いたします。お届け予定日はご注文詳細にてご確認いただけます。{{/promisedShipDate}}発送後、お問い合わせ番号をご連絡いたします。',
    apologetic: '大変お待たせしており、誠に申し訳ございません。{{#promisedShipDate}}ご注文の商品は{{promisedShipDate}}までに発送予定でございますが、少しでも早くお届けできるよう努めてまいります。{{/promisedShipDate}}{{^promisedShipDate}}ただいま発送の準備を進めております。発送いたしましたら、すぐにお問い合わせ番号をご連絡いたします。{{/promisedShipDate}}',
  },
  delivery_problem: {
    apologetic: 'この度は商品がお手元に届かず、多大なるご迷惑をおかけしておりますことを心よりお詫び申し上げます。ただちに配送業者へ調査を依頼いたしました{{#trackingNumber}}（お問い合わせ番号：{{trackingNumber}}）{{/trackingNumber}}。48時間以内に改めてご連絡いたします。恐れ入りますが、配達済みと表示されている場合は、宅配ボックスや近隣の方にもご確認いただけますでしょうか。',
    formal: 'ご連絡いただき、誠にありがとうございます。ご不便をおかけし、大変申し訳ございません。配送業者へ調査を依頼いたしましたので{{#trackingNumber}}（お問い合わせ番号：{{trackingNumber}}）{{/trackingNumber}}、48時間以内に状況と対応についてご連絡いたします。何卒よろしくお願い申し上げます。',
    friendly: 'ご心配をおかけしてすみません！{{#trackingNumber}}追跡番号{{trackingNumber}}の荷物について、{{/trackingNumber}}配送業者に確認していますので、48時間以内にご連絡しますね。それまでに届いた場合は、お知らせいただけると助かります。',
  },
  address_change: {
    friendly: 'ご連絡ありがとうございます！新しいお届け先のご住所（郵便番号・都道府県・番地・建物名まで）をこちらでお知らせください。{{#orderId}}ご注文（{{orderId}}）が{{/orderId}}{{^orderId}}ご注文が{{/orderId}}まだ発送前であれば、すぐに変更しますね。',
    formal: 'ご連絡いただき、誠にありがとうございます。恐れ入りますが、変更後のお届け先のご住所を郵便番号から建物名までお知らせいただけますでしょうか。{{#orderId}}ご注文（{{orderId}}）が{{/orderId}}{{^orderId}}ご注文が{{/orderId}}発送前であれば変更いたし、変更完了のご連絡を差し上げます。',
    apologetic: 'お届け先の件でお手数をおかけし、申し訳ございません。正しいご住所をこちらでお知らせいただけましたら、発送前に変更できるよう最善を尽くします。何卒よろしくお願い申し上げます。',
    shipped: { tone: 'apologetic', conditions: IN_TRANSIT, text: '誠に申し訳ございません。ご注文{{#orderId}}（{{orderId}}）{{/orderId}}はすでに発送済みのため、当店ではお届け先を変更いたしかねます。配送業者に転送が可能か確認し、結果を改めてご連絡いたします。' },
  },
  order_cancel: {
    friendly: 'ご連絡ありがとうございます！{{#orderId}}ご注文（{{orderId}}）の{{/orderId}}キャンセルのご依頼を承りました。まだ発送前であればキャンセルし、確認のご連絡をお送りしますね。',
    formal: 'お問い合わせいただき、誠にありがとうございます。{{#orderId}}ご注文（{{orderId}}）の{{/orderId}}キャンセルのご依頼を承りました。発送前の場合はキャンセルの手続きをいたし、完了のご連絡を差し上げます。',
    apologetic: 'この度はご期待に沿えず、誠に申し訳ございません。{{#orderId}}ご注文（{{orderId}}）の{{/orderId}}キャンセルのご依頼を承りました。発送前であれば直ちにキャンセルいたし、完了次第ご連絡いたします。',
    unshipped: { tone: 'friendly', conditions: BEFORE_SHIPPING, text: 'ご連絡ありがとうございます！ご注文{{#orderId}}（{{orderId}}）{{/orderId}}はまだ発送前ですので、ただいまキャンセルの手続きをしています。完了のご連絡をお送りし、お支払いは元のお支払い方法に戻ります。' },
    shipped: { tone: 'formal', conditions: AFTER_SHIPPING, text: 'お問い合わせいただき、誠にありがとうございます。恐れ入りますが、ご注文{{#orderId}}（{{orderId}}）{{/orderId}}はすでに発送済みのため、キャンセルを承ることができかねます。お受け取り後、ご注文詳細より返品をお申し込みいただけましたら、当店にて対応いたします。' },
  },
  order_change: {
    friendly: 'ご連絡ありがとうございます！変更したい内容（サイズ・カラー・数量）を教えてください。{{#orderId}}ご注文（{{orderId}}）が{{/orderId}}{{^orderId}}ご注文が{{/orderId}}発送前であれば、在庫を確認して変更しますね。',
    formal: 'お問い合わせいただき、誠にありがとうございます。恐れ入りますが、ご希望の変更内容（サイズ・カラー・数量）をお知らせいただけますでしょうか。発送前であれば在庫を確認のうえ、変更の可否をご連絡いたします。',
    apologetic: 'ご注文内容の件でお手数をおかけし、申し訳ございません。ご希望のサイズ・カラー・数量をお知らせいただけましたら、発送前に変更できるよう努めてまいります。',
    shipped: { tone: 'apologetic', conditions: AFTER_SHIPPING, text: '誠に申し訳ございません。ご注文{{#orderId}}（{{orderId}}）{{/orderId}}はすでに発送済みのため、内容を変更いたしかねます。お受け取り後、ご注文詳細より返品または交換をお申し込みいただけましたら、ご希望の商品をお届けできるよう対応いたします。' },
  },
  return_request: {
    friendly: 'ご期待に沿えず残念です。返品はご注文詳細の「返品」からお申し込みいただけます。お申し込みを確認しましたら、すぐに返品方法をご案内しますね。',
    formal: 'お問い合わせいただき、誠にありがとうございます。{{#orderId}}ご注文（{{orderId}}）の{{/orderId}}商品の返品をご希望の場合は、ご注文詳細より返品をお申し込みください。確認後、速やかに返品方法と返送用ラベルをご案内いたします。',
    apologetic: 'この度はお買い上げいただいた商品がご期待に沿えず、誠に申し訳ございません。ご注文詳細より返品をお申し込みいただけましたら、確認次第、返品方法をご案内いたします。恐れ入りますが、商品は届いた時の梱包のままご返送いただけますと幸いです。',
  },
  exchange_request: {
    friendly: 'もちろん交換できます！ご希望のサイズやカラーを教えてください。在庫を確認して、交換の手順をご案内しますね。',
    formal: 'お問い合わせいただき、誠にありがとうございます。恐れ入りますが、ご希望のサイズまたはカラーをお知らせいただけますでしょうか。在庫を確認のうえ、交換のお手続きをご案内いたします。',
    apologetic: 'サイズが合わず、申し訳ございません。ご希望のサイズまたはカラーをお知らせいただけましたら、すぐに在庫を確認し、交換の方法をご案内いたします。',
  },
  refund_request: {
    apologetic: 'この度はご満足いただけず、誠に申し訳ございません。返金のご依頼{{#orderId}}（ご注文：{{orderId}}）{{/orderId}}を確認するため、恐れ入りますが、状況を詳しくお聞かせいただけますでしょうか。破損がある場合はお写真を添えていただけますと幸いです。24時間以内にご連絡いたします。',
    formal: 'お問い合わせいただき、誠にありがとうございます。返金のご依頼{{#orderId}}（ご注文：{{orderId}}）{{/orderId}}を承りました。確認のため、理由と、必要に応じて商品のお写真をお送りいただけますでしょうか。24時間以内にご回答いたします。',
    friendly: 'ご連絡ありがとうございます。しっかり対応させていただきますね。どのような状況か、もう少し詳しく教えていただけますか？お写真があるととても助かります。24時間以内にお返事します。',
  },
  refund_status: {
    friendly: 'お問い合わせありがとうございます！返金は返品商品の到着と確認が済み次第お手続きしています。その後、カード会社や銀行での反映まで通常3〜10営業日ほどかかります。それ以上経っている場合はお知らせくださいね。',
    formal: 'お問い合わせいただき、誠にありがとうございます。{{#orderId}}ご注文（{{orderId}}）の{{/orderId}}返金は、返品商品の到着と確認後にお手続きいたします。お手続き後、ご利用のカード会社・金融機関により、反映まで3〜10営業日ほどかかる場合がございます。',
    apologetic: '返金をお待たせしており、誠に申し訳ございません。ただいま{{#orderId}}ご注文（{{orderId}}）の{{/orderId}}返金状況を確認しており、24時間以内にご連絡いたします。お手続き後、カード会社での反映には通常3〜10営業日ほどかかります。',
    refunded: { tone: 'friendly', conditions: REFUNDED, text: 'お待たせしました！{{#orderId}}ご注文（{{orderId}}）の{{/orderId}}返金手続きが完了しています。カード会社や銀行によって、明細への反映まで3〜10営業日ほどかかる場合があります。' },
  },
  product_question: {
    friendly: '{{#productName}}「{{productName}}」について{{/productName}}お問い合わせありがとうございます！詳細を確認して、すぐにお返事しますね。商品ページにも詳しい仕様を載せています。',
    formal: '{{#productName}}「{{productName}}」に関しまして、{{/productName}}お問い合わせいただき誠にありがとうございます。ご質問の内容を確認のうえ、改めてご回答いたします。今しばらくお待ちくださいませ。',
    apologetic: '商品ページの説明がわかりにくく、申し訳ございません。{{#productName}}「{{productName}}」の{{/productName}}詳細を確認のうえ、早急にご回答いたします。',
  },
  stock_availability: {
    friendly: 'お問い合わせありがとうございます！{{#productName}}「{{productName}}」の{{/productName}}ご希望のサイズ・カラーの在庫を確認して、すぐにお知らせしますね。商品ページで選択できるものは在庫があります。',
    formal: 'お問い合わせいただき、誠にありがとうございます。{{#productName}}「{{productName}}」の{{/productName}}ご希望の仕様の在庫を確認のうえ、ご連絡いたします。なお、商品ページで選択可能なものは在庫がございます。',
    apologetic: '誠に申し訳ございません。ご希望の商品{{#productName}}「{{productName}}」{{/productName}}は現在在庫切れの可能性がございます。再入荷の予定を確認し、わかり次第ご連絡いたします。',
  },
  product_defect: {
    apologetic: 'この度はお届けした商品に不具合があり、多大なるご迷惑をおかけしましたことを心よりお詫び申し上げます。恐れ入りますが、不具合箇所のお写真または動画をお送りいただけますでしょうか。確認次第、交換または返金にて対応させていただきます。',
    formal: 'ご連絡いただき、誠にありがとうございます。ご不便をおかけし、大変申し訳ございません。早急に対応いたしますので、{{#orderId}}ご注文（{{orderId}}）の{{/orderId}}不具合箇所のお写真をお送りいただけますでしょうか。確認後、交換または返金の手配をいたします。',
    friendly: 'ご迷惑をおかけしてすみません！不具合の様子がわかるお写真を送っていただけますか？確認でき次第、交換か返金ですぐに対応しますね。',
  },
  wrong_or_missing_item: {
    apologetic: 'この度は誤った商品のお届け、または商品の不足により、ご迷惑をおかけしましたことを深くお詫び申し上げます。恐れ入りますが、届いた商品と配送ラベルのお写真をお送りいただけますでしょうか。確認次第、正しい商品または不足分をお送りいたします。',
    formal: 'ご連絡いただき、誠にありがとうございます。当店の不手際により、大変申し訳ございません。{{#orderId}}ご注文（{{orderId}}）について、{{/orderId}}お届けした商品と配送ラベルのお写真をお送りいただけますでしょうか。確認後、正しい商品を手配いたします。',
    friendly: '間違いがありすみません！届いた商品のお写真を送っていただけますか？正しい商品か足りない部品を、すぐにお送りしますね。',
  },
  invoice_request: {
    friendly: 'かしこまりました！{{#orderId}}ご注文（{{orderId}}）の{{/orderId}}領収書を発行して、こちらのメッセージでお送りしますね。宛名のご指定があれば教えてください。',
    formal: 'お問い合わせいただき、誠にありがとうございます。{{#orderId}}ご注文（{{orderId}}）の{{/orderId}}領収書を発行し、本メッセージにてお送りいたします。宛名のご指定や、適格請求書（インボイス）としての発行をご希望の場合は、お知らせくださいませ。',
    apologetic: '領収書の同梱がなく、大変申し訳ございません。{{#orderId}}ご注文（{{orderId}}）の{{/orderId}}領収書を速やかに発行し、こちらでお送りいたします。宛名のご指定がございましたらお知らせくださいませ。',
  },
  price_negotiation: {
    friendly: 'お問い合わせありがとうございます！価格はできる限りお求めやすく設定していますが、まとめてのご購入であれば検討します。何点ほどご希望ですか？',
    formal: 'お問い合わせいただき、誠にありがとうございます。当店の価格はできる限りお求めやすく設定しております。まとまった数量でのご購入をご検討の場合は、ご希望の数量をお知らせいただけましたら、条件を検討いたします。',
    apologetic: '誠に申し訳ございませんが、1点でのお値引きは承っておりません。複数点のご購入をご検討の場合は、数量をお知らせいただけましたら検討いたします。',
  },
  promotion_inquiry: {
    friendly: 'お問い合わせありがとうございます！クーポンには対象商品・最低購入金額・有効期間などの条件があります。条件を満たしていても適用されない場合は、コードを教えていただければ確認しますね。',
    formal: 'お問い合わせいただき、誠にありがとうございます。クーポンは対象商品および有効期間内に限りご利用いただけ、最低購入金額が設定されているものもございます。条件を満たしているにもかかわらず適用されない場合は、恐れ入りますがコードをお知らせくださいませ。',
    apologetic: 'クーポンがご利用いただけず、申し訳ございません。恐れ入りますが、コードとご購入予定の商品をお知らせいただけますでしょうか。すぐに原因を確認いたします。',
  },
  payment_issue: {
    formal: 'お問い合わせいただき、誠にありがとうございます。ご利用いただけるお支払い方法（分割払い、代金引換、コンビニ払いなど、対応しているもの）は、ご注文手続きの画面に表示されます。決済エラーや二重請求の場合は、日付をお知らせいただけましたらプラットフォームと確認いたします。',
    apologetic: 'お支払いの件でご迷惑をおかけし、申し訳ございません。決済はプラットフォームが行っており、当店ではカード情報を確認できかねますが、二重に請求された場合は数日以内に自動で取り消されることが一般的です。請求日をお知らせいただけましたら、確認のお手伝いをいたします。',
    friendly: 'お問い合わせありがとうございます！ご利用いただけるお支払い方法（分割払いや代金引換など）は、注文手続きの画面でご確認いただけます。お支払いで困ったことがあれば、お気軽にご連絡くださいね。',
  },
  customs_duties: {
    friendly: 'ご質問ありがとうございます！関税や輸入消費税は、お住まいの国の規定と注文金額によって決まります。お支払い時に含まれていない場合は、通常お受け取り時にお支払いいただきます。税関で止まっている場合は、書類の準備をお手伝いしますね。',
    formal: 'お問い合わせいただき、誠にありがとうございます。関税および輸入消費税は、お届け先の国の税関が商品金額に応じて定めるものでございます。ご注文時に含まれていない場合は、通常お受け取りの際に受取人様にてお支払いいただきます。税関で保留となった場合は、必要書類をご用意いたします。',
    apologetic: '通関の件でご迷惑をおかけし、誠に申し訳ございません。荷物をお受け取りいただけるよう対応いたしますので、税関から求められている書類をお知らせいただけますでしょうか。請求書など必要な書類をすぐにお送りいたします。',
  },
  positive_feedback: {
    friendly: '{{#buyerName}}{{buyerName}}様、{{/buyerName}}うれしいお言葉をありがとうございます！気に入っていただけて、スタッフ一同とても喜んでいます。大切にお使いくださいね。',
    formal: '{{#buyerName}}{{buyerName}}様\n{{/buyerName}}この度は温かいお言葉をいただき、誠にありがとうございます。お気に召していただけたとのこと、大変嬉しく存じます。今後ともよろしくお願い申し上げます。',
  },
  greeting_other: {
    friendly: '{{#buyerName}}{{buyerName}}様、{{/buyerName}}お問い合わせありがとうございます！どのようなご用件でしょうか？ご注文に関することでしたら、注文番号も教えてくださいね。',
    formal: '{{#buyerName}}{{buyerName}}様\n{{/buyerName}}お問い合わせいただき、誠にありがとうございます。どのようなご用件でしょうか。ご注文に関するお問い合わせの場合は、注文番号をお知らせくださいませ。',
  },
}, { keigo: { friendly: 'teineigo', formal: 'sonkeigo', apologetic: 'sonkeigo' } });
