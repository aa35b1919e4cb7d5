import { compilePhrases, matchFolded } from '../phrase-matcher.js';
import type { ReplyLintRule, LintRuleMatch } from '../reply-lint-rule.js';

const CONTACT_TYPES = ['email', 'phone'] as const;

// A messenger name followed by an id or number: `WhatsApp: +52…`, `LINE ID: shop123`, `微信号：abc`, `vx: abc123`.
const MESSENGER_IDS = compilePhrases({
  any: [
    '(?:whatsapp|whats|zap|telegram|wechat|weixin|vx|wx|qq|kakao|skype|viber|line\\s?id)(?:\\s?(?:id|no|number|numero|nomor|号|號))?\\s?[:：=]\\s?[+@\\p{L}\\p{N}][\\p{L}\\p{N}_.+\\- ]{3,}',
  ],
  zh: ['(?:微信|微信号|微信號|qq号|qq號|v信)\\s?[:：]?\\s?[a-z0-9_\\-]{5,}'],
  ja: ['(?:ライン|line)\\s?(?:id|ＩＤ)\\s?[:：]?\\s?@?[a-z0-9_.\\-]{3,}'],
  th: ['(?:ไลน์|ไอดีไลน์|line)\\s?(?:id)?\\s?[:：]?\\s?@?[a-z0-9_.\\-]{3,}'],
});

/**
 * Personal contact details in a reply: e-mail addresses and phone numbers (found as the entity stage finds them),
 * and messenger ids. Every marketplace keeps buyer and seller talking through its own channel.
 */
export const contactDetailsRule: ReplyLintRule = {
  id: 'contact-details',
  description: 'Personal contact details (e-mail address, phone number, messenger id): keep the conversation on the marketplace\'s channel.',
  check: ({ folded, entities }) => {
    const found: LintRuleMatch[] = [];
    for (const entity of entities(CONTACT_TYPES)) {
      if (entity.type === 'email') found.push({ start: entity.start, end: entity.end, message: 'E-mail address: marketplaces forbid sharing e-mail addresses with buyers.' });
      else if (entity.type === 'phone') found.push({ start: entity.start, end: entity.end, message: 'Phone number: marketplaces forbid sharing phone numbers with buyers.' });
    }
    for (const match of matchFolded(folded, MESSENGER_IDS, 'Messenger id: marketplaces forbid moving buyers to other messaging apps.')) {
      if (!found.some((other) => match.start < other.end && match.end > other.start)) found.push(match);
    }
    return found;
  },
};
