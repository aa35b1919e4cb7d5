import { ConfigError } from '../errors/config-error.js';

/** Options of {@link mapOrdered}. */
export interface MapOrderedOptions {
  /** Stop reading input when aborted; calls already started still finish and are yielded. */
  readonly signal?: AbortSignal | undefined;
}

/**
 * Maps an (async) iterable with up to `concurrency` calls in flight, yielding results in input order.
 * - Input is pulled lazily, so memory stays flat on endless streams.
 * - A result is yielded as soon as it and all before it are done, even while more input is awaited (a live
 *   stream such as `tail -f` is answered line by line).
 * - When the source throws, the results already in flight are yielded first, then the error is rethrown.
 * - `fn` should not throw: a throw ends the iteration (after earlier results), like a source error.
 * @throws ConfigError when `concurrency` is not a whole number ≥ 1.
 * @example for await (const out of mapOrdered(lines, parseAndClassify, 8)) write(out);
 */
export async function* mapOrdered<T, R>(
  source: Iterable<T> | AsyncIterable<T>,
  fn: (item: T, index: number) => Promise<R> | R,
  concurrency = 8,
  options: MapOrderedOptions = {},
): AsyncGenerator<R, void, undefined> {
  if (!Number.isFinite(concurrency) || concurrency < 1) {
    throw new ConfigError(`[core] \`concurrency\` must be a whole number ≥ 1, not ${String(concurrency)}.`, [{ path: 'concurrency', message: 'must be ≥ 1' }]);
  }
  const limit = Math.floor(concurrency);
  const iterator: AsyncIterator<T> | Iterator<T> = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  const window: Promise<R>[] = [];
  let pendingNext: Promise<IteratorResult<T>> | undefined;
  let index = 0;
  let exhausted = false;
  let stopped = false;
  let sourceFailed = false;
  let sourceError: unknown;
  try {
    while (true) {
      while (!exhausted && !stopped && !sourceFailed && window.length < limit) {
        if (options.signal?.aborted) {
          stopped = true;
          break;
        }
        pendingNext ??= Promise.resolve(iterator.next());
        const next = pendingNext;
        if (window.length > 0) {
          // Do not hold a finished result back while the input is slow: yield it first, keep the read pending.
          const first = await Promise.race([next.then(() => 'input', () => 'input'), window[0]!.then(() => 'result', () => 'result')]);
          if (first === 'result') break;
        }
        let item: IteratorResult<T>;
        try {
          item = await next;
        } catch (error) {
          sourceFailed = true;
          sourceError = error;
          break;
        } finally {
          pendingNext = undefined;
        }
        if (item.done) {
          exhausted = true;
          break;
        }
        const position = index++;
        const value = item.value;
        const slot = Promise.resolve().then(() => fn(value, position));
        // A rejection is observed when the slot is yielded; this keeps an abandoned slot from being "unhandled".
        slot.catch(() => undefined);
        window.push(slot);
      }
      const head = window.shift();
      if (head === undefined) {
        if (sourceFailed) throw sourceError;
        return;
      }
      yield await head;
    }
  } finally {
    if (!exhausted && !sourceFailed) await iterator.return?.();
  }
}
