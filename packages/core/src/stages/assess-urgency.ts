import type { LanguageCode } from '../languages.js';
import type { Conversation } from '../schemas/conversation.js';
import type { Priority, Sentiment, Urgency } from '../schemas/sentiment.js';
import type { RiskLevel } from '../schemas/taxonomy.js';
import { foldText } from '../text/fold.js';
import { SENTIMENT_LEXICONS } from './sentiment-lexicon.js';

/** What the urgency stage looks at. */
export interface UrgencyInput {
  readonly text: string;
  readonly language: LanguageCode;
  readonly risk: RiskLevel | undefined;
  readonly conversation?: Conversation | undefined;
  /** The time to measure order age against. @default new Date() */
  readonly now?: Date;
}

const RISK_POINTS: Readonly<Record<RiskLevel, number>> = { low: 0, medium: 0.1, high: 0.2, critical: 0.35 };

/**
 * The urgency stage: deadline words in the message's language, repeated buyer follow-ups in the conversation,
 * a promised delivery date already past, and the intent's risk.
 */
export function assessUrgency(input: UrgencyInput): Urgency {
  const reasons: string[] = [];
  let score = input.risk ? RISK_POINTS[input.risk] : 0;
  if (input.risk && RISK_POINTS[input.risk] > 0) reasons.push(`risk:${input.risk}`);

  const lexicon = input.language === 'und' ? undefined : SENTIMENT_LEXICONS[input.language];
  if (lexicon) {
    const unsegmented = input.language === 'ja' || input.language === 'zh' || input.language === 'th';
    const haystack = unsegmented ? input.text : ` ${foldText(input.text).replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
    const word = lexicon.urgent.find((term) => (unsegmented ? haystack.includes(term) : haystack.includes(` ${term} `)));
    if (word) {
      score += 0.4;
      reasons.push(`deadline_word:${word}`);
    }
  }

  const now = input.now ?? new Date();
  const conversation = input.conversation;
  if (conversation) {
    const dayAgo = now.getTime() - 48 * 3600_000;
    const recentBuyer = conversation.messages.filter((message) => message.sender.role === 'buyer' && Date.parse(message.createdAt) >= dayAgo).length;
    if (recentBuyer >= 3) {
      score += 0.3;
      reasons.push(`follow_ups:${recentBuyer}`);
    }
    const promised = conversation.order?.promisedDeliveryDate;
    if (promised && !conversation.order?.actualDeliveryDate && Date.parse(promised) < now.getTime()) {
      const days = Math.floor((now.getTime() - Date.parse(promised)) / 86_400_000);
      score += days >= 3 ? 0.35 : 0.2;
      reasons.push(`past_promised_delivery:${days}d`);
    }
  }
  score = Math.min(1, score);
  return { level: score >= 0.6 ? 'high' : score >= 0.3 ? 'normal' : 'low', score: Math.round(score * 1000) / 1000, reasons };
}

/**
 * Priority from risk, sentiment, anger and urgency: points = risk (critical 3, high 2, medium 1) + 1 if negative
 * + 1 if anger ≥ 0.5 + urgency (high 2, normal 1). P1 ≥ 5, P2 ≥ 3, P3 ≥ 1, else P4.
 */
export function computePriority(risk: RiskLevel | undefined, sentiment: Sentiment, urgency: Urgency): Priority {
  const riskPoints = risk === 'critical' ? 3 : risk === 'high' ? 2 : risk === 'medium' ? 1 : 0;
  const points = riskPoints + (sentiment.label === 'negative' ? 1 : 0) + (sentiment.anger >= 0.5 ? 1 : 0) + (urgency.level === 'high' ? 2 : urgency.level === 'normal' ? 1 : 0);
  return points >= 5 ? 'P1' : points >= 3 ? 'P2' : points >= 1 ? 'P3' : 'P4';
}
