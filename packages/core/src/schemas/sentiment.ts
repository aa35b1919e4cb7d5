/** Overall polarity of a message. */
export type SentimentLabel = 'negative' | 'neutral' | 'positive';

/** The sentiment of a message, with an anger signal. */
export interface Sentiment {
  readonly label: SentimentLabel;
  /** From -1 (very negative) to 1 (very positive). */
  readonly score: number;
  /** From 0 to 1: shouting, threats, angry emoji, insults. */
  readonly anger: number;
  /** What drove the score (matched words, all caps, `!!!`). */
  readonly signals: readonly string[];
}

/** How soon the seller should act. */
export type UrgencyLevel = 'low' | 'normal' | 'high';

export interface Urgency {
  readonly level: UrgencyLevel;
  /** From 0 to 1. */
  readonly score: number;
  readonly reasons: readonly string[];
}

/** P1 (act now) to P4 (whenever). */
export type Priority = 'P1' | 'P2' | 'P3' | 'P4';
