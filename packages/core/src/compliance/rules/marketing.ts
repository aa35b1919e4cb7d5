import { phraseCheck } from '../phrase-matcher.js';
import type { ReplyLintRule } from '../reply-lint-rule.js';

/** Promotion in a service reply: other products, following the shop, future-purchase offers, newsletters. */
const MARKETING = {
  en: [
    'check out our (?:other|new|latest|full) (?:products|items|collection|range|store|shop)', 'visit our (?:store|shop|website|storefront)',
    'follow (?:us|our (?:store|shop|page))', '(?:new|latest) (?:arrivals|collection)', 'shop now', 'buy now',
    'limited[- ]time (?:offer|deal|discount)', 'exclusive (?:offer|deal|discount)', '(?:on|for) your next (?:order|purchase)',
    '(?:subscribe|sign up) (?:to|for) our newsletter', 'don\'?t miss (?:out|our)',
  ],
  es: [
    'visita(?:nos)? (?:nuestra|la) (?:tienda|pagina)', 'siguenos', 'sigue (?:a )?nuestra tienda', 'no te pierdas', 'no se pierda',
    '(?:nuevos|nuevas) (?:productos|llegadas|colecciones?)', 'conoce (?:nuestros|nuestras) (?:otros|otras|demas|nuevos|nuevas)',
    'oferta (?:exclusiva|por tiempo limitado)', 'compra ya', '(?:en|para) (?:tu|su) proxima compra', 'suscribete',
  ],
  pt: [
    'visite (?:a )?nossa loja', 'confira (?:os |as )?(?:nossos|nossas) (?:outros|outras|novos|novas|demais|produtos)', 'siga(?:-nos| a gente| nossa loja)',
    'nao perca', '(?:na|para a) (?:sua|tua) proxima compra', 'compre ja', 'oferta (?:exclusiva|por tempo limitado)', 'lancamentos da loja',
  ],
  fr: [
    'visitez notre (?:boutique|site)', 'suivez-nous', 'decouvrez (?:nos|notre) (?:autres|nouveaux?|nouvelles?|collection)', 'ne manquez pas',
    '(?:sur|pour) votre prochaine? (?:commande|achat)', 'offre (?:exclusive|limitee)', 'abonnez-vous', 'achetez (?:des )?maintenant',
  ],
  de: [
    'besuchen sie unseren? (?:shop|store|website|onlineshop)', 'folgen sie uns', 'entdecken sie unsere', '(?:ihre|ihren|ihrem) nachsten (?:bestellung|einkauf)',
    'unsere neuheiten', 'jetzt kaufen', 'exklusives angebot', 'newsletter abonnieren', 'verpassen sie nicht',
  ],
  ja: ['他の商品もぜひ', 'ほかの商品もぜひ', '新商品', '新作', '次回のお買い物', '次回ご購入', '次回のご購入', 'ショップをフォロー', 'フォローして', 'お気に入り登録', 'セール開催中', 'メルマガ'],
  zh: ['关注店铺', '關注店鋪', '关注我们', '關注我們', '新品上架', '下次购买', '下次購買', '进店看看', '進店看看', '收藏店铺', '收藏店鋪', '限时优惠', '限時優惠', '欢迎再次光临', '歡迎再次光臨'],
  id: ['kunjungi toko kami', 'follow toko kami', 'ikuti toko kami', 'jangan lewatkan', 'produk baru kami', 'pembelian berikutnya', 'belanja lagi di', 'cek produk (?:lain|lainnya)', 'promo terbatas', 'ditunggu order(?:an)? berikutnya'],
  th: ['ติดตามร้าน', 'กดติดตาม', 'สินค้าใหม่ของร้าน', 'สั่งซื้อครั้งต่อไป', 'แวะชมสินค้าอื่น', 'ช้อปเลย', 'แล้วแวะมาอุดหนุนอีก'],
};

/** Marketing in a service reply. Amazon forbids any promotion in buyer messages. */
export const marketingRule: ReplyLintRule = {
  id: 'marketing',
  description: 'Marketing or promotion (other products, following the shop, offers for a next purchase): service replies must only serve the current order.',
  check: phraseCheck(MARKETING),
};
