import { abortReason } from './abort-reason.js';

/** Options of {@link createTokenBucket}. */
export interface TokenBucketOptions {
  /** Tokens added per second: the sustained request rate. */
  readonly ratePerSecond: number;
  /** Most tokens the bucket holds: how many requests may go at once after a quiet spell. */
  readonly burst: number;
}

/**
 * A client-side rate limiter (token bucket): each request takes one token; tokens come back at `ratePerSecond`
 * up to `burst`. Waiters are served first come, first served.
 */
export interface TokenBucket {
  /** Resolves when a token is granted; rejects with the signal's reason when `signal` aborts first. */
  take(signal?: AbortSignal): Promise<void>;
  /** Grants nothing before `ms` from now (the marketplace said "retry after"); longer pauses win. */
  pauseFor(ms: number): void;
  /** Changes the rate (and burst), e.g. to the plan a rate-limit response header reports. */
  setRate(ratePerSecond: number, burst?: number): void;
  readonly ratePerSecond: number;
  readonly burst: number;
  /** Requests waiting for a token. */
  readonly pending: number;
}

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (reason: Error) => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}

function checkRate(ratePerSecond: number, burst: number): void {
  if (!Number.isFinite(ratePerSecond) || ratePerSecond <= 0) throw new RangeError('[adapter-http] `ratePerSecond` must be a positive number.');
  if (!Number.isFinite(burst) || burst < 1) throw new RangeError('[adapter-http] `burst` must be at least 1.');
}

/**
 * Creates a token bucket. Written here rather than taken from a library because it must pause on a
 * marketplace's `Retry-After`, change rate from response headers and honour an `AbortSignal` per waiter.
 * @example
 * const limiter = createTokenBucket({ ratePerSecond: 1, burst: 5 }); // Amazon SP-API Messaging
 * await limiter.take(signal);
 */
export function createTokenBucket(options: TokenBucketOptions): TokenBucket {
  checkRate(options.ratePerSecond, options.burst);
  let rate = options.ratePerSecond;
  let capacity = options.burst;
  let tokens = capacity;
  let refilledAt = performance.now();
  let pausedUntil = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waiters: Waiter[] = [];

  const refill = (): void => {
    const now = performance.now();
    tokens = Math.min(capacity, tokens + ((now - refilledAt) / 1000) * rate);
    refilledAt = now;
  };

  const drain = (): void => {
    timer = undefined;
    refill();
    const now = performance.now();
    while (waiters.length > 0 && tokens >= 1 && now >= pausedUntil) {
      const waiter = waiters.shift()!;
      tokens -= 1;
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      waiter.resolve();
    }
    if (waiters.length > 0) {
      const wait = Math.max(pausedUntil - now, ((1 - tokens) / rate) * 1000, 1);
      timer = setTimeout(drain, Math.ceil(wait));
    }
  };

  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    drain();
  };

  return {
    take(signal) {
      if (signal?.aborted) return Promise.reject(abortReason(signal));
      refill();
      if (waiters.length === 0 && tokens >= 1 && performance.now() >= pausedUntil) {
        tokens -= 1;
        return Promise.resolve();
      }
      return new Promise<void>((resolve, reject) => {
        const waiter: Waiter = {
          resolve,
          reject,
          signal,
          onAbort: () => {
            const index = waiters.indexOf(waiter);
            if (index >= 0) waiters.splice(index, 1);
            if (signal) reject(abortReason(signal));
          },
        };
        signal?.addEventListener('abort', waiter.onAbort, { once: true });
        waiters.push(waiter);
        if (timer === undefined) schedule();
      });
    },
    pauseFor(ms) {
      if (!(ms > 0)) return;
      pausedUntil = Math.max(pausedUntil, performance.now() + ms);
      // Tokens do not pile up during a pause: the marketplace asked for quiet, not for a burst after it.
      refill();
      tokens = Math.min(tokens, 1);
      if (waiters.length > 0) schedule();
    },
    setRate(ratePerSecond, burst = capacity) {
      checkRate(ratePerSecond, burst);
      refill();
      rate = ratePerSecond;
      capacity = burst;
      tokens = Math.min(tokens, capacity);
      if (waiters.length > 0) schedule();
    },
    get ratePerSecond() {
      return rate;
    },
    get burst() {
      return capacity;
    },
    get pending() {
      return waiters.length;
    },
  };
}
