import { LianxingError } from './lianxing-error.js';

/**
 * An optional peer dependency a feature needs is not installed, e.g. `@huggingface/transformers` for the local
 * embedder. The message names the package and the install command.
 * @example
 * if (MissingDependencyError.isInstance(error)) console.error(`npm install ${error.dependency}`);
 */
export class MissingDependencyError extends LianxingError {
  /** The npm package to install. */
  readonly dependency: string;

  constructor(dependency: string, message: string, options: { cause?: unknown } = {}) {
    super('config_invalid', message, options);
    this.name = 'MissingDependencyError';
    this.dependency = dependency;
  }

  /** Whether `value` is a MissingDependencyError (of any copy of this package). */
  static override isInstance(value: unknown): value is MissingDependencyError {
    return LianxingError.isInstance(value) && (value as { name?: unknown }).name === 'MissingDependencyError';
  }
}
