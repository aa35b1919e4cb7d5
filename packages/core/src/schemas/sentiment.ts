import type { RiskLevel } from './taxonomy.js';

/** Overall polarity of a message. */
export type SentimentLabel = 'negative' | 'neutral' | 'positive';

/** The sentiment of a message, with an anger signal. */
export interface Sentiment {
  readonly label: SentimentLabel;
  /** From -1 (very negative) to 1 (very positive). */
  readonly score: number;
  /** From 0 to 1: insults, profanity and threats, shouting, `!!!`, angry emoji, repeated follow-ups. 0.5 and up is angry. */
  readonly anger: number;
  /** What drove the score: matched terms (`not happy`, `very bad`), `all_caps`, `repeated_punctuation`, emoji. */
  readonly signals: readonly string[];
}

/** How soon the seller should act. */
export type UrgencyLevel = 'low' | 'normal' | 'high';

/**
 * Why a message is urgent, in a stable machine-readable form.
 * @example result.urgency.reasons.some((reason) => reason.code === 'past_promised_delivery')
 */
export type UrgencyReason =
  /** A word that asks for speed ("urgent", "asap", "至急", "ด่วน", "segera"). */
  | { readonly code: 'urgent_word'; readonly term: string }
  /** A deadline ("today", "tomorrow", "hoy", "今天", "heute"). */
  | { readonly code: 'deadline_word'; readonly term: string }
  /** The buyer says they have written before ("third time", "otra vez", "何度も"). */
  | { readonly code: 'follow_up_words'; readonly term: string }
  /** Buyer messages in the conversation since the seller last answered (this one included when it is in the thread). */
  | { readonly code: 'unanswered_messages'; readonly count: number }
  /** The promised delivery date passed and the order is not delivered. */
  | { readonly code: 'past_promised_delivery'; readonly days: number }
  /** The promised ship date passed and the order has not shipped. */
  | { readonly code: 'past_promised_ship'; readonly days: number }
  /** No promised date, and the order is this many days old and not delivered. */
  | { readonly code: 'order_age'; readonly days: number }
  /** The intent's risk. */
  | { readonly code: 'intent_risk'; readonly risk: RiskLevel };

/** The urgency of a message. */
export interface Urgency {
  readonly level: UrgencyLevel;
  /** From 0 to 1: `high` from 0.6, `normal` from 0.3. */
  readonly score: number;
  readonly reasons: readonly UrgencyReason[];
}

/** P1 (act now) to P4 (whenever). */
export type Priority = 'P1' | 'P2' | 'P3' | 'P4';
