/**
 * Remembers a function's last argument and result. Number windows come grouped by start offset, so the context
 * of a start is computed once for all the windows that share it.
 * @example const orderContext = lastValueMemo((start: number) => contextDistance(input, start, 'order'));
 */
export function lastValueMemo<TValue>(compute: (key: number) => TValue): (key: number) => TValue {
  let lastKey = Number.NaN;
  let lastValue: TValue | undefined;
  return (key) => {
    if (key !== lastKey || lastValue === undefined) {
      lastValue = compute(key);
      lastKey = key;
    }
    return lastValue;
  };
}
