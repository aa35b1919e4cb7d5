import type { LianxingError, ScoredIntent } from '@lianxing/core';

/** What one escalation reports. */
export interface EscalationInfo {
  /** The local model's best intent and score (under the threshold, hence the escalation). */
  readonly local: ScoredIntent | undefined;
  /** The remote backend's best intent and score, if it answered. */
  readonly remote: ScoredIntent | undefined;
  /** The backend whose answer the cascade returned. */
  readonly decidedBy: string;
  /** Why the local answer was kept despite the escalation, if it was. */
  readonly kept?: 'remote-abstained' | 'remote-failed' | 'risk-guard' | undefined;
  readonly durationMs: number;
}

/** The cascade's typed events. */
export interface CascadeEvents {
  /** A message went to the remote backend (after it answered, or failed). */
  escalation: [info: EscalationInfo];
  /** The remote backend failed on an escalated message; the local answer was used (or the error thrown). */
  'escalation-error': [error: LianxingError];
}
