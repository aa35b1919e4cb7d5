/** Backoff settings: the delay doubles from `minDelayMs` up to `maxDelayMs`, with jitter. */
export interface BackoffOptions {
  readonly minDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * The delay before retry number `attempt` (1 for the first retry): exponential, capped, with "equal jitter"
 * (between half and all of the step) so that many failing messages do not retry in lockstep.
 */
export function retryDelay(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const step = Math.min(options.maxDelayMs, options.minDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (step / 2) * random());
}

/** Waits `ms`, or less when `signal` aborts (resolving, never rejecting). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
