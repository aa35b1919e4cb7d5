import type { ReplyLintRule } from '../reply-lint-rule.js';

/** Length limits, in characters (Unicode code points), by message type; `default` for any other type. */
export interface LengthLimits {
  readonly default: number;
  readonly byType?: Readonly<Record<string, number>>;
}

/**
 * Text longer than the marketplace accepts: Mercado Libre 350 characters, TikTok Shop 2,000, Amazon 2,000 for most
 * messaging operations (800 for `confirmCustomizationDetails`, 400 for `digitalAccessKey`). The finding spans the
 * part beyond the limit.
 * @param channel the marketplace, for the message
 */
export function messageLengthRule(channel: string, limits: LengthLimits): ReplyLintRule {
  return {
    id: 'message-length',
    description: `Longer than ${channel} accepts.`,
    check: ({ text, messageType }) => {
      const limit = (messageType === undefined ? undefined : limits.byType?.[messageType]) ?? limits.default;
      // A text has at most as many characters as UTF-16 units.
      if (text.length <= limit) return [];
      let count = 0;
      let offset = 0;
      for (const char of text) {
        if (count === limit) break;
        count++;
        offset += char.length;
      }
      if (offset >= text.length) return [];
      const total = [...text].length;
      const type = messageType === undefined ? '' : ` for \`${messageType}\``;
      return [{ start: offset, end: text.length, message: `${total} characters: ${channel} accepts at most ${limit}${type}. Shorten the reply by ${total - limit}.` }];
    },
  };
}
