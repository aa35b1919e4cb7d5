/**
 * A header of an inbound notification, by case-insensitive name (servers hand headers over in any case).
 * @example
 * const signature = getHeader(notification.headers, 'authorization');
 */
export function getHeader(headers: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}
