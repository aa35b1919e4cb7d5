import type { EntityCandidate, Recognizer } from './entity-candidate.js';

// Local part and domain are bounded and the start is anchored by the look-behind, so a long run without `@`
// is read once, not once per position.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@(?:[\p{L}\p{N}-]{1,63}\.){1,8}\p{L}{2,24}(?![\p{L}\p{N}-])/gu;

/**
 * E-mail addresses, internationalized ones included (`josé@correo.mx`, `用户@例子.中国`). `value` is lower case.
 */
export const recognizeEmailAddresses: Recognizer = (input) => {
  const found: EntityCandidate[] = [];
  if (!input.scan.includes('@')) return found;
  EMAIL.lastIndex = 0;
  for (const match of input.scan.matchAll(EMAIL)) {
    let text = match[0];
    // A sentence's full stop is not part of the domain.
    while (text.endsWith('.')) text = text.slice(0, -1);
    found.push({ type: 'email', start: match.index, end: match.index + text.length, value: text.toLowerCase(), confidence: 0.95 });
  }
  return found;
};
