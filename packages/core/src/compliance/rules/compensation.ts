import { compilePhrases, matchFolded } from '../phrase-matcher.js';
import type { ReplyLintRule, LintRuleMatch } from '../reply-lint-rule.js';

/** Refunds, compensation, credits and discounts, the words that turn an amount into a promise. */
const COMPENSATION = compilePhrases({
  en: ['refund\\w*', 'reimburs\\w*', 'compensat\\w*', 'credit(?:ed)?', 'gift card', 'voucher', 'coupon', 'discount', 'money back', 'pay you back', 'partial refund'],
  es: ['reembols\\w*', 'devolv\\w* (?:el|su|tu) dinero', 'devoluci(?:on|ones) de (?:su |tu )?dinero', 'compensaci(?:on|ones)', 'compensar\\w*', 'indemniza\\w*', 'bonificaci\\w*', 'cupon(?:es)?', 'descuento', 'saldo a favor', 'abon\\w*'],
  pt: ['reembols\\w*', 'estorn\\w*', 'devolv\\w* (?:o|seu) dinheiro', 'compensac(?:ao|oes)', 'indeniza\\w*', 'cupom', 'cupons', 'desconto', 'credito', 'ressarci\\w*', 'vale[- ]presente'],
  fr: ['rembours\\w*', 'dedommag\\w*', 'compensation', 'indemnis\\w*', 'geste commercial', 'bon d\'achat', 'coupon', 'reduction', 'remise'],
  de: ['(?:ruck)?erstatt\\w*', 'entschadig\\w*', 'kompensation', 'gutschrift', 'gutschein', 'rabatt', 'preisnachlass', 'kulanz\\w*'],
  ja: ['返金', '返還', '補償', '賠償', 'お詫び(?:の品|として)', 'クーポン', '割引', '値引き', 'ポイント(?:を)?(?:付与|進呈)'],
  zh: ['退款', '退还', '退還', '补偿', '補償', '赔偿', '賠償', '返现', '返現', '优惠券', '優惠券', '折扣', '红包', '紅包', '退差价', '退差價'],
  id: ['refund', 'pengembalian dana', 'uang kembali', 'kompensasi', 'ganti rugi', 'voucher', 'diskon', 'potongan harga', 'cashback'],
  th: ['คืนเงิน', 'ชดเชย', 'ชดใช้', 'คูปอง', 'ส่วนลด', 'เงินคืน'],
});

/** Amounts stated without a currency: percentages, and "the full amount". */
const PERCENT_OR_FULL = compilePhrases({
  any: ['\\d{1,3}(?:[.,]\\d+)?\\s?%'],
  en: ['full (?:refund|amount|price)', 'in full', 'the whole amount'],
  es: ['(?:reembolso|devolucion) (?:total|completa|integro|del 100)', 'la totalidad'],
  pt: ['(?:reembolso|estorno) (?:total|integral)', 'valor integral'],
  fr: ['remboursement (?:integral|total|complet)', 'la totalite'],
  de: ['volle(?:n)? (?:erstattung|betrag|kaufpreis)', 'vollstandige erstattung', 'den gesamten betrag'],
  ja: ['全額'],
  zh: ['全额', '全額', '全部退'],
  id: ['(?:refund|pengembalian dana) (?:penuh|100)', 'seluruh dana'],
  th: ['เต็มจำนวน'],
});

/** How far, in characters, an amount and a compensation word may stand apart to count as one promise. */
const WINDOW = 60;
const MONEY = ['money'] as const;

/**
 * A promised compensation amount: a money amount, a percentage or "in full" near a refund, credit or discount
 * word (`we will refund you $25`, `le reembolsaremos 200 pesos`, `全額返金いたします`). Money the seller commits to
 * is decided by a person.
 */
export const compensationAmountRule: ReplyLintRule = {
  id: 'compensation-amount',
  description: 'Promises a compensation amount (a sum, a percentage or a full refund): money the seller commits to must be approved by a person.',
  check: ({ folded, entities }) => {
    const words = matchFolded(folded, COMPENSATION);
    if (words.length === 0) return [];
    const amounts: LintRuleMatch[] = [
      ...entities(MONEY),
      ...matchFolded(folded, PERCENT_OR_FULL),
    ];
    const found: LintRuleMatch[] = [];
    for (const amount of amounts) {
      const word = words.find((candidate) => candidate.start - amount.end <= WINDOW && amount.start - candidate.end <= WINDOW);
      if (!word) continue;
      const start = Math.min(word.start, amount.start);
      const end = Math.max(word.end, amount.end);
      if (!found.some((other) => start < other.end && end > other.start)) found.push({ start, end });
    }
    return found;
  },
};
