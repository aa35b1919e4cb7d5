import { detectLanguage } from '../../stages/detect-language.js';
import type { ReplyLintRule } from '../reply-lint-rule.js';

/** How sure language detection must be before a reply is said to be in another language. */
const MIN_CONFIDENCE = 0.8;

/**
 * A reply written in another language than the buyer's (an English fallback sent to a Japanese buyer). Amazon
 * requires messages in the buyer's language. Checked only when the buyer's language is known and detection is sure.
 */
export const languageMismatchRule: ReplyLintRule = {
  id: 'language-mismatch',
  description: 'The reply is not in the buyer\'s language: Amazon requires the buyer\'s preferred language; elsewhere the buyer may not understand it.',
  check: ({ text, language }) => {
    if (language === undefined || language === 'und') return [];
    const detected = detectLanguage(text);
    if (detected.code === 'und' || detected.code === language || detected.confidence < MIN_CONFIDENCE) return [];
    return [{ start: 0, end: text.length, message: `The reply reads as \`${detected.code}\`, the buyer writes \`${language}\`: send it in the buyer's language.` }];
  },
};
