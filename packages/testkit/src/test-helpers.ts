import type { FetchedMessage } from '@lianxing/core';

/**
 * Drains `fetchMessages` into an array; throws when it yields more than `max` (pagination that never stops).
 * @example
 * const all = await collectFetched(adapter.fetchMessages({ since }));
 */
export async function collectFetched(iterable: AsyncIterable<FetchedMessage>, max = 10_000): Promise<FetchedMessage[]> {
  const items: FetchedMessage[] = [];
  for await (const item of iterable) {
    items.push(item);
    if (items.length > max) throw new Error(`fetchMessages yielded more than ${max} messages: pagination does not stop`);
  }
  return items;
}

/**
 * The error `promise` rejects with; throws when it resolves instead.
 * @example
 * expect(await rejectionOf(adapter.sendReply(tooLong))).toMatchObject({ code: 'validation_failed' });
 */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}
