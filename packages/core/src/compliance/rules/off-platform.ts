import { phraseCheck } from '../phrase-matcher.js';
import type { ReplyLintRule } from '../reply-lint-rule.js';

/** Moving the buyer, or the payment, off the marketplace. */
const OFF_PLATFORM = {
  any: ['whatsapp', 'wa\\.me', 'telegram', 'wechat', 'weixin', 'kakaotalk', 'skype', 'facebook messenger', 'instagram'],
  en: [
    'contact (?:us|me) (?:directly )?(?:at|on|via|by|through) (?:e-?mail|phone|whatsapp|telegram|instagram|facebook|our website)', 'outside (?:of )?(?:amazon|the platform|tiktok|mercado ?libre|the app|shopee)',
    'pay (?:us |me )?(?:directly|outside|by bank transfer|via bank transfer|through paypal|via paypal|with paypal)', 'bank transfer to (?:us|our account)', 'off[- ]platform',
  ],
  es: [
    'fuera de (?:la plataforma|mercado ?libre|amazon|tiktok|la app)', 'por fuera de', '(?:escribenos|contactanos|contactenos|llamanos|escribanos) (?:al|por|a nuestro) (?:whatsapp|telefono|correo|instagram|facebook)',
    'transferencia (?:bancaria|directa)', 'deposito (?:bancario|directo|en oxxo)', 'pago directo',
  ],
  pt: ['fora da plataforma', 'fora do mercado ?livre', 'fora do app', 'pix direto', 'chama no (?:whats|zap)', 'me chama no', 'no zap', 'no whats', 'transferencia bancaria', 'deposito direto', 'pagamento direto'],
  fr: ['en dehors de (?:la plateforme|amazon|l\'application)', 'virement bancaire', 'contactez-nous (?:par|sur|au|via) (?:whatsapp|telephone|e-?mail|instagram|facebook)', 'paiement direct'],
  de: ['ausserhalb (?:der plattform|von amazon|der app)', '(?:direkte )?uberweisung (?:direkt )?an uns', 'kontaktieren sie uns (?:per|uber|unter|auf) (?:whatsapp|telefon|e-?mail|instagram|facebook)', 'direkt bezahlen'],
  ja: ['line(?:で|に|から)(?:ご連絡|連絡|友だち|友達|追加)', 'ライン(?:で|に)', '直接(?:お)?振込', '直接(?:の)?(?:お)?取引', 'プラットフォーム外', 'サイト外(?:で|の)'],
  zh: ['加(?:我|我们|我們)?(?:的)?(?:微信|v信|vx|qq)', '私下交易', '线下交易', '線下交易', '平台外', '直接转账', '直接轉帳', '私聊'],
  id: ['(?:chat|hubungi|kontak|wa|japri)(?: kami)? (?:via|lewat|ke|di) (?:wa|whatsapp|ig|instagram|telegram)', 'di luar (?:aplikasi|shopee|tokopedia|tiktok|platform)', 'transfer langsung', 'transfer ke rekening', 'japri'],
  th: ['แอดไลน์', 'ไลน์ไอดี', 'ทักไลน์', 'นอกแพลตฟอร์ม', 'โอนเงินโดยตรง', 'โอนตรง', 'ติดต่อทางไลน์'],
};

/** Taking the conversation or the payment off the marketplace, which every marketplace forbids. */
export const offPlatformRule: ReplyLintRule = {
  id: 'off-platform',
  description: 'Moves the buyer or the payment off the marketplace (messenger apps, direct transfers, "contact us outside"): marketplaces forbid it.',
  check: phraseCheck(OFF_PLATFORM),
};
