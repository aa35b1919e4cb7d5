import type { LianxingError, ResponseIssue } from '@lianxing/core';

/** Tokens of one request (or a running total). */
export interface TokenUsage {
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly totalTokens: number;
  /** True when the server reported no usage and the counts were estimated from characters (≈ 4 per token). */
  readonly estimated: boolean;
}

/** Running totals of a remote LLM classifier (see `usage()`). */
export interface RemoteLlmUsage extends TokenUsage {
  /** HTTP requests answered (retries included). */
  readonly requests: number;
  /** Messages answered from the cache, with no request. */
  readonly cacheHits: number;
  /** Estimated cost in the currency of `pricing`, or 0 without pricing. */
  readonly estimatedCost: number;
}

/** What one answered request reports. */
export interface RequestEndInfo {
  /** Messages in the request. */
  readonly messages: number;
  /** 1 for the first try; 2 when invalid output was retried. */
  readonly attempt: number;
  readonly durationMs: number;
  readonly usage: TokenUsage;
  /** Estimated cost of this request in the currency of `pricing`, or 0 without pricing. */
  readonly estimatedCost: number;
  /** How the answer's format was asked for. */
  readonly structuredOutput: 'json_schema' | 'json_object' | 'none';
}

/** The remote LLM classifier's typed events. */
export interface RemoteLlmEvents {
  /** A request was answered (whether or not its output was valid); carries token usage and estimated cost. */
  'request-end': [info: RequestEndInfo];
  /** A request failed (HTTP error after retries, timeout, network); the callers get the error too. */
  'request-error': [error: LianxingError, info: { readonly messages: number; readonly attempt: number }];
  /** The model's answer was unusable (not one JSON object, wrong ids, an intent outside the taxonomy). */
  'output-invalid': [info: { readonly issues: readonly ResponseIssue[]; readonly attempt: number; readonly willRetry: boolean }];
  /** The server does not support JSON-schema output; the classifier switched to prompting plus the strict parser. */
  'structured-output-fallback': [info: { readonly from: 'json_schema' | 'json_object'; readonly to: 'none'; readonly status: number | undefined }];
}
