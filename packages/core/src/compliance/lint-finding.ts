/** How severe a compliance finding is: an `error` blocks automatic sending. */
export type LintSeverity = 'error' | 'warning' | 'info';

/** One compliance problem found in a reply. */
export interface LintFinding {
  /** Stable rule id, e.g. `amazon/external-link`, `generic/compensation-amount`. */
  readonly ruleId: string;
  readonly severity: LintSeverity;
  /** What is wrong and what to do, in English. */
  readonly message: string;
  /** Where in the reply text: UTF-16 offsets, `end` exclusive. A whole-text finding (length) spans all of it. */
  readonly span: { readonly start: number; readonly end: number };
  /** The offending text (cut to 80 characters). */
  readonly excerpt: string;
}
