import type { PriorityFormula } from '../schemas/decision-policy.js';
import type { Priority, Sentiment, Urgency } from '../schemas/sentiment.js';
import type { RiskLevel } from '../schemas/taxonomy.js';

/**
 * The default priority formula (also what a policy without `priority` gets).
 * @example computePriority('high', sentiment, urgency, { ...DEFAULT_PRIORITY_FORMULA, anger: 2 })
 */
export const DEFAULT_PRIORITY_FORMULA: PriorityFormula = {
  risk: { low: 0, medium: 1, high: 2, critical: 3 },
  negative: 1,
  anger: 1,
  angerThreshold: 0.5,
  urgency: { low: 0, normal: 1, high: 2 },
  thresholds: { P1: 5, P2: 3, P3: 1 },
};

/** The points of one message under a priority formula, part by part. */
export interface PriorityPoints {
  readonly risk: number;
  readonly negative: number;
  readonly anger: number;
  readonly urgency: number;
  readonly total: number;
}

/**
 * The points behind a priority: risk points + `negative` if the sentiment is negative + `anger` if anger reaches
 * `angerThreshold` + urgency points.
 * @example scorePriority('high', sentiment, urgency).total
 */
export function scorePriority(risk: RiskLevel | undefined, sentiment: Sentiment, urgency: Urgency, formula: PriorityFormula = DEFAULT_PRIORITY_FORMULA): PriorityPoints {
  const riskPoints = risk === undefined ? 0 : formula.risk[risk];
  const negative = sentiment.label === 'negative' ? formula.negative : 0;
  const anger = sentiment.anger >= formula.angerThreshold ? formula.anger : 0;
  const urgencyPoints = formula.urgency[urgency.level];
  return { risk: riskPoints, negative, anger, urgency: urgencyPoints, total: riskPoints + negative + anger + urgencyPoints };
}

/**
 * Priority P1–P4 from the intent's risk, sentiment, anger and urgency. With the default formula: risk (low 0,
 * medium 1, high 2, critical 3) + 1 if negative + 1 if anger ≥ 0.5 + urgency (low 0, normal 1, high 2); P1 at 5
 * points, P2 at 3, P3 at 1, else P4. Change the formula in the policy's `priority`.
 * @example computePriority('critical', { label: 'negative', score: -0.9, anger: 0.8, signals: [] }, { level: 'high', score: 0.7, reasons: [] }) // 'P1'
 */
export function computePriority(risk: RiskLevel | undefined, sentiment: Sentiment, urgency: Urgency, formula: PriorityFormula = DEFAULT_PRIORITY_FORMULA): Priority {
  const { total } = scorePriority(risk, sentiment, urgency, formula);
  const { P1, P2, P3 } = formula.thresholds;
  return total >= P1 ? 'P1' : total >= P2 ? 'P2' : total >= P3 ? 'P3' : 'P4';
}
