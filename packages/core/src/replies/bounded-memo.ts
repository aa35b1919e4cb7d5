/**
 * Remembers a pure function's results by string key, up to `limit` keys (then it starts over), so that values
 * built from a few distinct inputs (locales, time zones, locale chains) are built once, while hostile input that
 * never repeats cannot grow it without bound.
 * @example const formatterOf = boundedMemo((locale: string) => new Intl.NumberFormat(locale));
 */
export function boundedMemo<TValue>(compute: (key: string) => TValue, limit = 256): (key: string) => TValue {
  const values = new Map<string, TValue>();
  return (key) => {
    if (values.has(key)) return values.get(key) as TValue;
    const value = compute(key);
    if (values.size >= limit) values.clear();
    values.set(key, value);
    return value;
  };
}
