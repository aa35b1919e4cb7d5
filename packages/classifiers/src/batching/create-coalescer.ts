import DataLoader from 'dataloader';
import { AbortedError } from '@lianxing/core';

/** Options of {@link createCoalescer}. */
export interface CoalescerOptions {
  /** Most keys per batch. */
  readonly maxBatchSize: number;
  /** How long the first call of a batch waits for others to join, in milliseconds (0: the same tick only). */
  readonly windowMs: number;
}

/** Collects concurrent single calls into batches. */
export interface Coalescer<K, V> {
  /** Queues `key` into the next batch; rejects with AbortedError as soon as `signal` aborts. */
  load(key: K, signal?: AbortSignal): Promise<V>;
}

/**
 * Micro-batching over DataLoader: calls made within `windowMs` of each other (a pipeline classifying several
 * messages concurrently) go out as one batch, so a remote backend gets several messages per request without the
 * caller batching. No caching here (callers keep their own LRU). A caller that aborts stops waiting at once; the
 * batch it joined still completes for the others.
 */
export function createCoalescer<K, V>(run: (keys: readonly K[]) => Promise<readonly (V | Error)[]>, options: CoalescerOptions): Coalescer<K, V> {
  const loader = new DataLoader<K, V>(run, {
    cache: false,
    maxBatchSize: options.maxBatchSize,
    batchScheduleFn: options.windowMs > 0 ? (callback) => setTimeout(callback, options.windowMs) : undefined,
  } as DataLoader.Options<K, V>);
  return {
    load(key, signal) {
      if (!signal) return loader.load(key);
      if (signal.aborted) return Promise.reject(new AbortedError('[classifiers] The call was aborted.', { cause: signal.reason }));
      return new Promise<V>((resolve, reject) => {
        const onAbort = (): void => reject(new AbortedError('[classifiers] The call was aborted.', { cause: signal.reason }));
        signal.addEventListener('abort', onAbort, { once: true });
        loader.load(key).then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
      });
    },
  };
}
