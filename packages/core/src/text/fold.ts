const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;

/**
 * Lower-cases and removes Latin diacritics (`Devolução` → `devolucao`, `Straße` → `strasse`), leaving other
 * scripts intact: Japanese dakuten and Thai vowel marks are outside the range removed.
 * @example foldText('¿Dónde está mi PEDIDO?') // '¿donde esta mi pedido?'
 */
export function foldText(text: string): string {
  // The pipeline folds the same text in several stages (keyword, n-gram, sentiment, urgency): remember the last one.
  if (text === lastInput) return lastOutput;
  lastOutput = fold(text);
  lastInput = text;
  return lastOutput;
}

let lastInput: string | undefined;
let lastOutput = '';

function fold(text: string): string {
  const lower = text.toLowerCase();
  // ASCII fast path: nothing to fold.
  // eslint-disable-next-line no-control-regex -- the ASCII range starts at U+0000
  if (!/[^\u0000-\u007f]/.test(lower)) return lower;
  return lower.normalize('NFD').replace(COMBINING_DIACRITICS, '').normalize('NFC').replace(/ß/g, 'ss');
}
