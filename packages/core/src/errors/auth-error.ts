import { LianxingError } from './lianxing-error.js';
import { MarketplaceError, type MarketplaceErrorOptions } from './marketplace-error.js';

/**
 * The marketplace refused our credentials: a 401/403, an expired or revoked refresh token, a bad signature, or a
 * 401 that persisted after one token refresh. Not retryable as is: the seller has to re-authorize, or the app's
 * keys are wrong. Never carries the token or secret.
 * @example
 * if (AuthError.isInstance(error)) notifySeller('Please reconnect your TikTok Shop account.');
 */
export class AuthError extends MarketplaceError {
  constructor(message: string, options: MarketplaceErrorOptions) {
    super(message, { ...options, isRetryable: options.isRetryable ?? false }, 'auth_failed');
    this.name = 'AuthError';
  }

  /** Whether `value` is an auth error (of any copy of this package). */
  static override isInstance(value: unknown): value is AuthError {
    return LianxingError.isInstance(value) && (value as unknown as Record<symbol, unknown>)[authMarker] === true;
  }
}

const authMarker = Symbol.for('lianxing.error.auth');
Object.defineProperty(AuthError.prototype, authMarker, { value: true, enumerable: false });
