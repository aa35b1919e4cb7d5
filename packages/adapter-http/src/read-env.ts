/**
 * An environment variable, or `undefined` when unset, empty, or when there is no `process` (browsers, workers).
 * Adapters read secrets from options first, then from their documented variables.
 * @example
 * const appKey = options.appKey ?? readEnv('TIKTOK_SHOP_APP_KEY');
 */
export function readEnv(name: string): string | undefined {
  const value = typeof process === 'undefined' ? undefined : process.env[name];
  return value === '' ? undefined : value;
}
