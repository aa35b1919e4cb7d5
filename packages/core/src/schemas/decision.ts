import type { DecisionAction } from './taxonomy.js';

/** What the policy decided, and why. */
export interface Decision {
  readonly action: DecisionAction;
  /** Each reason in a stable, machine-readable form, e.g. `risk:high`, `confidence_below:0.85`. */
  readonly reasons: readonly string[];
}
