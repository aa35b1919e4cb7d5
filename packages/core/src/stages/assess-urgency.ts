import { createUrgencyAssessor, type UrgencyAssessor } from '../sentiment/create-urgency-assessor.js';

/**
 * The urgency stage with the built-in lexicons: urgent and deadline words (negation-aware), follow-ups, unanswered
 * messages, missed promised dates, order age and the intent's risk, each leaving a typed reason. Use
 * {@link createUrgencyAssessor} to add your own words.
 * @example assessUrgency({ text: '至急確認してください', language: 'ja', risk: 'low' }).reasons // [{ code: 'urgent_word', term: '至急' }]
 */
export const assessUrgency: UrgencyAssessor = createUrgencyAssessor();
