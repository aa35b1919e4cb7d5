import type { EntityCandidate, Recognizer } from './entity-candidate.js';

const WITH_SCHEME = /(?<![\w@])(?:https?:\/\/|www\.)[^\s<>"'`（）「」『』【】《》、，。]+/gi;
// A bare domain with a common top-level domain, such as `bit.ly/3xYz` or `shopee.co.id/product/1`.
const BARE_DOMAIN = /(?<![\w@.\-/])(?:[a-z0-9][a-z0-9-]{0,62}\.){1,4}(?:com|net|org|io|co|me|ly|shop|store|app|br|mx|jp|cn|id|th|de|fr|es|uk|us|ar|cl|pe)(?:\.[a-z]{2})?(?:\/[^\s<>"'`（）「」『』【】《》、，。]*)?(?![\w@-])/gi;
const TRAILING = /[.,;:!?)\]}'"]+$/;

/** Web addresses: with a scheme or `www.`, or a bare domain with a common top-level domain (`bit.ly/x`). */
export const recognizeWebAddresses: Recognizer = (input) => {
  const found: EntityCandidate[] = [];
  if (!input.scan.includes('.')) return found;
  for (const [pattern, confidence] of [[WITH_SCHEME, 0.5], [BARE_DOMAIN, 0.45]] as const) {
    pattern.lastIndex = 0;
    for (const match of input.scan.matchAll(pattern)) {
      const text = match[0].replace(TRAILING, '');
      if (!text.includes('.') || text.length < 4) continue;
      found.push({ type: 'url', start: match.index, end: match.index + text.length, value: text, confidence });
    }
  }
  return found;
};
