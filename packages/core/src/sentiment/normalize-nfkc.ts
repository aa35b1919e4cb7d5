let lastInput: string | undefined;
let lastOutput = '';

/**
 * `text.normalize('NFKC')` (ASCII text as it is), remembering the last input: the sentiment and urgency stages and their lexicon scanners
 * normalize the same message several times.
 * @example normalizeNfkc('ｆｉｎｅ') // 'fine'
 */
export function normalizeNfkc(text: string): string {
  if (text !== lastInput) {
    lastOutput = isAscii(text) ? text : text.normalize('NFKC');
    lastInput = text;
  }
  return lastOutput;
}

/** ASCII text is its own NFKC form: no ASCII character decomposes or composes. */
function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) >= 0x80) return false;
  return true;
}
