/**
 * Maps an (async) iterable with up to `concurrency` calls in flight, yielding results in input order.
 * Pulls input lazily, so memory stays flat on endless streams. `fn` should not throw: a throw ends the iteration.
 * @example for await (const out of mapOrdered(lines, parseAndClassify, 8)) write(out);
 */
export async function* mapOrdered<T, R>(
  source: Iterable<T> | AsyncIterable<T>,
  fn: (item: T, index: number) => Promise<R> | R,
  concurrency = 8,
): AsyncGenerator<R, void, undefined> {
  const limit = Math.max(1, Math.floor(concurrency));
  const iterator: AsyncIterator<T> | Iterator<T> =
    Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  const window: Promise<R>[] = [];
  let index = 0;
  let done = false;
  try {
    while (true) {
      while (!done && window.length < limit) {
        const next = await iterator.next();
        if (next.done) {
          done = true;
          break;
        }
        const position = index++;
        // Start the call now; wrap so a synchronous throw becomes a rejection of this slot.
        window.push(Promise.resolve().then(() => fn(next.value, position)));
      }
      const head = window.shift();
      if (head === undefined) return;
      yield await head;
    }
  } finally {
    if (!done) await iterator.return?.();
  }
}
