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
    const list = issues.map((issue) => ({
      path: issue.path.map((part) => (typeof part === 'symbol' ? part.toString() : String(part))).join('.') || '(root)',
      message: issue.message,
    }));
    const details = list.map((issue) => `\`${issue.path}\`: ${issue.message}`).join('; ');
    return new ConfigError(`${scope} are invalid: ${details}.`, list, { cause });
  }
}
