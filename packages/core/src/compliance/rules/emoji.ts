import { matchSpans } from '../match-spans.js';
import type { ReplyLintRule } from '../reply-lint-rule.js';

// Emoji shown as pictures, and text symbols turned into pictures by VS16; keycaps and flags are covered too.
const EMOJI = /(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|[0-9#*]\uFE0F?\u20E3|\p{Regional_Indicator}{2})(?:\u200D(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F?))*/gu;

/** Emoji, which Amazon's buyer-message styling rules forbid. */
export const emojiRule: ReplyLintRule = {
  id: 'emoji',
  description: 'Emoji: Amazon\'s buyer-message rules do not allow them. Say it in words.',
  check: ({ text }) => matchSpans(text, EMOJI),
};
