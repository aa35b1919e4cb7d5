import { LianxingError } from '@lianxing/core';
import type { AccessToken, TokenManagerOptions } from './token-manager.js';

/**
 * The `initial` option of {@link createTokenManager} from an adapter's `accessToken` and `accessTokenExpiresAt`
 * options: empty when no token was given.
 * @example createTokenManager({ ...initialAccessToken(options.accessToken, options.accessTokenExpiresAt), refresh })
 */
export function initialAccessToken(accessToken: string | undefined, expiresAt: number | Date | undefined): Pick<TokenManagerOptions, 'initial'> {
  if (!accessToken) return {};
  const initial: AccessToken = { accessToken, ...(expiresAt === undefined ? {} : { expiresAt: new Date(expiresAt).getTime() }) };
  return { initial };
}

/**
 * Hands tokens that a refresh just rotated to the user's `onTokens` callback. Call it after keeping the new
 * refresh token in memory: when persisting fails, the adapter still holds the only valid refresh token, and the
 * error (retryable) tells the user to fix the persistence.
 * @example
 * refreshToken = tokens.refreshToken;
 * await persistRotatedTokens('adapters-tiktok', options.onTokens, tokens);
 */
export async function persistRotatedTokens<Tokens>(packageName: string, onTokens: ((tokens: Tokens) => void | Promise<void>) | undefined, tokens: Tokens): Promise<void> {
  try {
    await onTokens?.(tokens);
  } catch (error) {
    throw new LianxingError(
      'internal',
      `[${packageName}] \`onTokens\` failed to persist the new tokens. They are kept in memory, and the next refresh hands newer ones to \`onTokens\`; fix the persistence, since after a restart only a persisted refresh token works.`,
      { cause: error, isRetryable: true },
    );
  }
}
