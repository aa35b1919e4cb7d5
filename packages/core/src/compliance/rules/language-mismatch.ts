import { detectLanguage } from '../../stages/detect-language.js';
import type { ReplyLintRule } from '../reply-lint-rule.js';

/** How sure language detection must be before a reply is said to be in another language. */
const MIN_CONFIDENCE = 0.8;
/** Language is told from the start of the reply: enough text, and bounded work on a huge one. */
const SAMPLE_LENGTH = 2000;

/**
 * A reply written in another language than the buyer's (an English fallback sent to a Japanese buyer). Amazon
 * requires messages in the buyer's language. Checked only when the buyer's language is known and detection is sure.
 */
export const languageMismatchRule: ReplyLintRule = {
  id: 'language-mismatch',
  description: 'The reply is not in the buyer\'s language: Amazon requires the buyer\'s preferred language; elsewhere the buyer may not understand it.',
  check: ({ text, language, textLanguage }) => {
    if (language === undefined || language === 'und') return [];
    if (textLanguage !== undefined && textLanguage !== 'und') {
      return textLanguage === language ? [] : [{ start: 0, end: text.length, message: `The reply is written in \`${textLanguage}\`, the buyer writes \`${language}\`: send it in the buyer's language.` }];
    }
    const detected = detectLanguage(text.slice(0, SAMPLE_LENGTH));
    if (detected.code === 'und' || detected.code === language || detected.confidence < MIN_CONFIDENCE) return [];
    return [{ start: 0, end: text.length, message: `The reply reads as \`${detected.code}\`, the buyer writes \`${language}\`: send it in the buyer's language.` }];
  },
};
