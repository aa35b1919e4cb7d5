import { phraseCheck } from '../phrase-matcher.js';
import type { ReplyLintRule } from '../reply-lint-rule.js';

const POSITIVE = '(?:positive|good|great|nice|5[- ]?star|five[- ]?star)';
/** Asking for a positive review, offering something for a review, or asking to change or remove one. */
const MANIPULATION = {
  en: [
    `(?:leave|give|write|post|drop)(?: us| me)?(?: a| an)? ${POSITIVE} (?:review|rating|feedback)`, 'rate us (?:5|five)', '(?:5|five) stars?,? please',
    '(?:remove|delete|change|update|revise|edit) (?:your|the|that) (?:negative |bad |1[- ]star |one[- ]star )?(?:review|feedback|rating)',
    '(?:in exchange|in return) for (?:a|your) review', '(?:free|discount|refund|gift|coupon|voucher)[^.!?\\n]{0,30}(?:for|if you leave|after you leave) (?:a|your) (?:review|rating)',
  ],
  es: [
    '(?:deja|dejar|dejarnos|dejenos|danos|denos|regalanos|regalenos)(?:nos)? (?:una |tu |su )?(?:buena |excelente )?(?:resena|opinion|calificacion|valoracion) (?:positiva|de (?:5|cinco) estrellas)',
    '(?:califica|calificanos|califiquenos|califiquen)(?:nos)? con (?:5|cinco)', '(?:5|cinco) estrellas,? por favor', '(?:una|tu|su) (?:resena|opinion|calificacion|valoracion) positiva',
    '(?:elimin|borr|cambi|modific|quit)\\w* (?:su|tu|la) (?:resena|opinion|calificacion|valoracion)', 'a cambio de (?:una|tu|su) (?:resena|opinion|calificacion)',
  ],
  pt: [
    '(?:5|cinco) estrelas,? por favor', '(?:deixe|deixar|deixa)(?: uma| sua)? (?:boa |otima )?avaliacao (?:positiva|(?:de|com) (?:5|cinco) estrelas)', '(?:deixe|deixar|deixa)(?: uma| sua)? (?:boa|otima) avaliacao', '(?:avalie|avaliar)(?:-nos)? com (?:5|cinco)',
    '(?:remov|exclu|apag|alter|mud)\\w* (?:sua|a) avaliacao', 'em troca de (?:uma|sua) avaliacao',
  ],
  fr: [
    '(?:5|cinq) etoiles,? s\'il vous plait', '(?:laisser|laissez|mettre|mettez)(?: nous)? un (?:bon )?avis (?:positif|(?:(?:a|de) )?(?:5|cinq) etoiles)', '(?:laisser|laissez|mettre|mettez)(?: nous)? un (?:bon|excellent) avis',
    '(?:supprim|retir|modifi|chang)\\w* (?:votre|l\'|cet|son) ?(?:avis|evaluation|commentaire)', 'en echange d\'un avis',
  ],
  de: [
    '(?:5|funf) sterne,? bitte', '(?:eine )?(?:positive|gute) (?:bewertung|rezension) (?:abgeben|hinterlassen|schreiben|geben)', 'mit (?:5|funf) sternen (?:bewerten|bewertung)', '(?:losch|entfern|ander)\\w* sie (?:ihre|die) (?:bewertung|rezension)',
    '(?:ihre|die) (?:bewertung|rezension) (?:zu )?(?:loschen|entfernen|andern)', 'im austausch (?:fur|gegen) eine (?:bewertung|rezension)',
  ],
  ja: ['(?:星|★)5(?:つ)?(?:を|の)?(?:お願い|いただけ|ください|つけて)', '五つ星(?:を|の)?(?:お願い|いただけ|ください|つけて)', '高評価(?:を|の)?(?:お願い|いただけ|ください|して)', '良い評価を', 'いい評価を', '(?:レビュー|評価)を(?:削除|変更|修正|取り下げ)', '(?:プレゼント|割引|返金|クーポン)[^。\\n]{0,15}(?:レビュー|評価)(?:を|の)?(?:書|投稿|お願い)', '(?:レビュー|評価)[^。\\n]{0,15}(?:で|と引き換えに)[^。\\n]{0,10}(?:プレゼント|割引|返金|クーポン)'],
  zh: ['五星好[评評]', '5星好[评評]', '(?:给|給|留|打)(?:个|個|我们|我們|咱们|咱們)?(?:五星|5星)?好[评評]', '求好[评評]', '好[评評]返', '(?:删|刪|改|修改)(?:除)?(?:一下)?(?:评价|評價|差评|差評)', '晒图返', '曬圖返'],
  id: ['(?:bintang|bintangnya) (?:5|lima) (?:ya|dong|nya)', '(?:kasih|beri|berikan|kasi) (?:bintang )?(?:5|lima)', '(?:ulasan|review) positif', '(?:hapus|ubah|ganti) (?:ulasan|review|rating)', 'review (?:bagus|baik)'],
  th: ['(?:ให้|กด)\\s?(?:คะแนน)?\\s?5\\s?ดาว', 'รีวิว\\s?5\\s?ดาว', 'รีวิวดีๆ', 'ลบรีวิว', 'แก้รีวิว', 'เปลี่ยนรีวิว'],
};

/** Any request for a review or rating, however neutral. */
const REQUEST = {
  en: ['(?:leave|write|share|post|give)(?: us| me)?(?: a| an| your)? (?:review|rating|feedback)', 'rate (?:us|your (?:purchase|experience))'],
  es: ['(?:deja|dejar|dejarnos|dejenos|escribe|comparte|compartenos|danos|denos)(?:nos)? (?:una |tu |su )?(?:resena|opinion|calificacion|valoracion)', 'califica(?:nos| tu compra)'],
  pt: ['(?:deixe|deixar|deixa|escreva)(?: uma| sua)? avaliacao', 'avalie (?:a compra|o produto|nossa loja)'],
  fr: ['(?:laisser|laissez|donner|donnez)(?: nous)? (?:un|votre) avis', 'evaluez (?:votre achat|le produit)'],
  de: ['(?:eine )?(?:bewertung|rezension) (?:abgeben|hinterlassen|schreiben)', 'bewerten sie (?:uns|ihren einkauf|das produkt)'],
  ja: ['(?:レビュー|評価)(?:を|の)?(?:お願い|書いて|投稿|いただけますと|いただけましたら)', 'ご評価(?:を)?いただけ'],
  zh: ['(?:给|給)(?:个|個|我们|我們)?(?:评价|評價)', '(?:留|写|寫)(?:个|個|下)?(?:评价|評價)', '求(?:评价|評價)'],
  id: ['(?:kasih|beri|berikan|tinggalkan|tulis|kasi) (?:ulasan|review|rating|bintang)'],
  th: ['รีวิว(?:ให้|ด้วย)', 'ให้คะแนน(?:ร้าน|สินค้า)?(?:ด้วย)?'],
};

/**
 * Review manipulation: asking for a positive or five-star review, offering anything for a review, or asking a
 * buyer to change or remove one. Forbidden by Amazon, TikTok Shop and Mercado Libre, and unlawful in several
 * jurisdictions.
 */
export const reviewManipulationRule: ReplyLintRule = {
  id: 'review-manipulation',
  description: 'Review manipulation (asking for a positive or 5-star review, an incentive for a review, or to change or remove one): never allowed.',
  check: phraseCheck(MANIPULATION),
};

/** Any review request. Amazon allows one neutral request per order, best sent with its Request a Review button. */
export const reviewRequestRule: ReplyLintRule = {
  id: 'review-request',
  description: 'Review request: Amazon allows one neutral request per order (use Request a Review) and none in service replies.',
  check: phraseCheck(REQUEST),
};
