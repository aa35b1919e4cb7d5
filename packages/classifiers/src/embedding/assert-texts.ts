import { InputError } from '@lianxing/core';

/**
 * Checks what an embedder was given: an array of strings (a plain JavaScript caller can pass anything).
 * @throws InputError naming `texts`.
 */
export function assertTexts(texts: unknown, scope: string): asserts texts is readonly string[] {
  const isArray: (value: unknown) => value is readonly unknown[] = Array.isArray;
  if (!isArray(texts) || texts.some((text) => typeof text !== 'string')) throw new InputError(`${scope} embed() needs an array of strings.`, { field: 'texts' });
}
