export {
  createAdapterHttpClient,
  type AdapterHttpClient,
  type HttpMethod,
  type HttpRequestOptions,
  type HttpResponse,
} from './create-adapter-http-client.js';
export type { AdapterHttpAuth, AdapterHttpClientOptions, RetryEvent, RetryPolicy, SignableRequest } from './adapter-http-client-options.js';
export { describeErrorBody, verdictFromStatus, type InterpretedResponse, type ResponseInterpreter, type ResponseVerdict } from './response-verdict.js';
export { createTokenBucket, type TokenBucket, type TokenBucketOptions } from './token-bucket.js';
export { createTokenManager, type AccessToken, type TokenManager, type TokenManagerOptions } from './token-manager.js';
export { initialAccessToken, persistRotatedTokens } from './rotated-tokens.js';
export { createSingleFlight } from './single-flight.js';
export { raceSignal } from './race-signal.js';
export { createSecretRedactor, type SecretRedactor } from './secret-redactor.js';
export { isRateLimitExhausted, parseRetryAfter } from './parse-retry-after.js';
export { createMemoryKeyValueStore, type MemoryKeyValueStoreOptions } from './memory-key-value-store.js';
export {
  createIdempotentSender,
  isDefinitelyNotSent,
  type IdempotentSender,
  type IdempotentSenderOptions,
  type IdempotentSendTask,
  type SendOutcome,
} from './idempotent-sender.js';
export { hmacSha256Hex, safeEqualHex } from './hmac.js';
export { createReplayGuard, type ReplayGuard, type ReplayGuardOptions } from './replay-guard.js';
export { decodeTimeCursor, encodeTimeCursor, isAfterCursor, withTimeCursors, type TimeCursor } from './time-cursor.js';
export { claimKey } from './claim-key.js';
export { readEnv } from './read-env.js';
export { getHeader } from './get-header.js';
