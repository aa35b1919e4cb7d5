import { z } from 'zod';
import { ConfigError } from '../errors/config-error.js';
import type { LanguageCode } from '../languages.js';
import type { Conversation, OrderContext } from '../schemas/conversation.js';
import type { Urgency, UrgencyReason } from '../schemas/sentiment.js';
import type { RiskLevel } from '../schemas/taxonomy.js';
import type { LexiconScan, MatchedTerm } from './compile-lexicon.js';
import { lexiconOptionsShape, registryFor, type LexiconOptions } from './lexicon-options.js';
import { normalizeNfkc } from './normalize-nfkc.js';

/** What the urgency stage looks at. */
export interface UrgencyInput {
  readonly text: string;
  readonly language: LanguageCode;
  /** The intent's risk (undefined for `unknown`). */
  readonly risk: RiskLevel | undefined;
  /** The thread, for unanswered follow-ups (and its order, when `order` is not given). */
  readonly conversation?: Conversation | undefined;
  /** The order, for a missed promised delivery or ship date. @default conversation.order */
  readonly order?: OrderContext | undefined;
  /** The time to measure dates against. @default new Date() */
  readonly now?: Date | undefined;
}

/**
 * The points behind the urgency score (summed, capped at 1; `high` from 0.6, `normal` from 0.3). Documented in
 * docs/pipeline.md.
 * @example URGENCY_POINTS.urgentWord // 0.45: "urgent", "至急", "ด่วน" alone make a message `normal`
 */
export const URGENCY_POINTS = {
  risk: { low: 0, medium: 0.1, high: 0.2, critical: 0.35 },
  urgentWord: 0.45,
  deadlineWord: 0.25,
  followUpWords: 0.2,
  /** By unanswered buyer messages: 2, 3, 4 or more. */
  unanswered: [0.15, 0.3, 0.4],
  /** By days past the promised delivery date: under 3, under 7, 7 or more. */
  pastPromisedDelivery: [0.25, 0.35, 0.45],
  pastPromisedShip: 0.25,
  /** Orders without a promised date, not delivered: older than 14 days, older than 30 days. */
  orderAge: [0.15, 0.25],
} as const;

const DAY = 86_400_000;
const DONE: ReadonlySet<string> = new Set(['delivered', 'cancelled', 'returned', 'refunded']);
const SHIPPED: ReadonlySet<string> = new Set(['shipped', 'in_transit', 'delivered', 'cancelled', 'returned', 'refunded']);
/** How far a negator reaches to cancel an urgency word ("no rush", "不着急", "急ぎではない"). */
const NEGATION_REACH = 3;

const days = (from: number, to: number): number => Math.floor((to - from) / DAY);
const parse = (date: string | undefined): number | undefined => {
  if (date === undefined) return undefined;
  const time = Date.parse(date);
  return Number.isNaN(time) ? undefined : time;
};

/** Whether a negator just before ("no rush") or a post-negator just after ("急ぎではない") cancels the word. */
function isNegated(matches: readonly MatchedTerm[], index: number): boolean {
  const term = matches[index]!;
  const before = matches[index - 1];
  const after = matches[index + 1];
  return (before?.roles.negator === true && term.start - before.end <= NEGATION_REACH)
    || (after?.roles.postNegator === true && after.start - term.end <= NEGATION_REACH);
}

/** An urgency function, as the pipeline's `assessUrgency` stage expects. */
export type UrgencyAssessor = (input: UrgencyInput) => Urgency;

const optionsSchema = z.strictObject(lexiconOptionsShape);

/**
 * Creates the urgency stage over the built-in lexicons plus your own urgent, deadline and follow-up words: urgent
 * and deadline words in the message's language (cancelled by negation: "no rush", "sin prisa", "不着急",
 * "急ぎではない", "ไม่รีบ"), a buyer saying they have written before, unanswered buyer messages in the
 * conversation, a promised delivery or ship date already past, the age of an undelivered order, and the intent's
 * risk. Every point it adds leaves a typed reason (see {@link URGENCY_POINTS}).
 * @throws ConfigError naming the invalid option.
 * @example
 * const assessUrgency = createUrgencyAssessor({ lexicons: { es: { urgent: ['ándale'] } } });
 * const pipeline = createPipeline({ stages: { assessUrgency } });
 */
export function createUrgencyAssessor(options: LexiconOptions = {}): UrgencyAssessor {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw ConfigError.fromIssues('[core] createUrgencyAssessor options', parsed.error.issues, parsed.error);
  const registry = registryFor(options);
  return (input) => assess(input, registry.urgency(input.language)?.scan(normalizeNfkc(input.text)));
}

/** The first term with a role that no negator cancels. */
function firstUnnegated(matches: readonly MatchedTerm[], role: 'urgent' | 'deadline' | 'followUp'): string | undefined {
  for (let index = 0; index < matches.length; index++) if (matches[index]!.roles[role] && !isNegated(matches, index)) return matches[index]!.term;
  return undefined;
}

function assess(input: UrgencyInput, scan: LexiconScan | undefined): Urgency {
  const reasons: UrgencyReason[] = [];
  let score = 0;

  const risk = input.risk === undefined ? 0 : URGENCY_POINTS.risk[input.risk];
  if (input.risk && risk > 0) {
    score += risk;
    reasons.push({ code: 'intent_risk', risk: input.risk });
  }

  if (scan) {
    const urgent = firstUnnegated(scan.matches, 'urgent');
    const deadline = firstUnnegated(scan.matches, 'deadline');
    const followUp = firstUnnegated(scan.matches, 'followUp');
    if (urgent !== undefined) {
      score += URGENCY_POINTS.urgentWord;
      reasons.push({ code: 'urgent_word', term: urgent });
    }
    if (deadline !== undefined) {
      score += URGENCY_POINTS.deadlineWord;
      reasons.push({ code: 'deadline_word', term: deadline });
    }
    if (followUp !== undefined) {
      score += URGENCY_POINTS.followUpWords;
      reasons.push({ code: 'follow_up_words', term: followUp });
    }
  }

  const messages = input.conversation?.messages ?? [];
  let unanswered = 0;
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index]!;
    if (message.direction === 'outbound' || message.sender.role === 'seller') break;
    if (message.sender.role === 'buyer') unanswered++;
  }
  if (unanswered >= 2) {
    score += URGENCY_POINTS.unanswered[Math.min(unanswered, 4) - 2]!;
    reasons.push({ code: 'unanswered_messages', count: unanswered });
  }

  const order = input.order ?? input.conversation?.order;
  if (order) {
    const found = orderReason(order, input.now?.getTime() ?? Date.now());
    if (found) {
      score += found.points;
      reasons.push(found.reason);
    }
  }

  score = Math.min(1, score);
  return { level: score >= 0.6 ? 'high' : score >= 0.3 ? 'normal' : 'low', score: Math.round(score * 1000) / 1000, reasons };
}

/** What an order adds: a missed promised delivery or ship date, or the age of an undelivered order. */
function orderReason(order: OrderContext, now: number): { points: number; reason: UrgencyReason } | undefined {
  const done = (order.status !== undefined && DONE.has(order.status)) || order.actualDeliveryDate !== undefined;
  const shipped = (order.status !== undefined && SHIPPED.has(order.status)) || order.actualShipDate !== undefined;
  const promisedDelivery = parse(order.promisedDeliveryDate);
  const promisedShip = parse(order.promisedShipDate);
  const ordered = parse(order.orderedAt);
  if (!done && promisedDelivery !== undefined && promisedDelivery < now) {
    const late = days(promisedDelivery, now);
    return { points: URGENCY_POINTS.pastPromisedDelivery[late < 3 ? 0 : late < 7 ? 1 : 2], reason: { code: 'past_promised_delivery', days: late } };
  }
  if (!shipped && promisedShip !== undefined && promisedShip < now) {
    return { points: URGENCY_POINTS.pastPromisedShip, reason: { code: 'past_promised_ship', days: days(promisedShip, now) } };
  }
  if (!done && promisedDelivery === undefined && ordered !== undefined && days(ordered, now) > 14) {
    const age = days(ordered, now);
    return { points: URGENCY_POINTS.orderAge[age > 30 ? 1 : 0], reason: { code: 'order_age', days: age } };
  }
  return undefined;
}
