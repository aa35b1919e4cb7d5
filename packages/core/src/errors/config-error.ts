import { LianxingError } from './lianxing-error.js';

/** One problem found in a configuration object. */
export interface ConfigIssue {
  /** Where the problem is, e.g. `policy.intents.refund_request.action`. */
  readonly path: string;
  readonly message: string;
}

interface ZodLikeIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  /** Set on unknown-key issues: the keys that are not allowed. */
  readonly keys?: readonly string[];
}

/** Thrown when options, a policy, a taxonomy or another configuration is invalid. Lists every problem. */
export class ConfigError extends LianxingError {
  readonly issues: readonly ConfigIssue[];

  constructor(message: string, issues: readonly ConfigIssue[] = [], options: { cause?: unknown } = {}) {
    super('config_invalid', message, options);
    this.name = 'ConfigError';
    this.issues = issues;
  }

  /**
   * Builds a ConfigError from a zod error's issues, naming each field.
   * @param scope what was being configured, e.g. `[core] createPipeline options`
   */
  static fromIssues(scope: string, issues: readonly ZodLikeIssue[], cause?: unknown): ConfigError {
    const pathOf = (parts: readonly PropertyKey[]): string => parts.map((part) => (typeof part === 'symbol' ? part.toString() : String(part))).join('.') || '(root)';
    // An unknown key (a typo such as `autoReplyTreshold`) is named by its own path, not its parent's.
    const list = issues.flatMap((issue) => (issue.keys && issue.keys.length > 0
      ? issue.keys.map((key) => ({ path: pathOf([...issue.path, key]), message: 'unknown option' }))
      : [{ path: pathOf(issue.path), message: issue.message }]));
    const details = list.map((issue) => `\`${issue.path}\`: ${issue.message}`).join('; ');
    return new ConfigError(`${scope} are invalid: ${details}.`, list, { cause });
  }
}
