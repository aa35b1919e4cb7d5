let lastInput: string | undefined;
let lastOutput = '';

/**
 * `text.normalize('NFKC')`, remembering the last input: the sentiment and urgency stages and their lexicon scanners
 * normalize the same message several times.
 * @example normalizeNfkc('ｆｉｎｅ') // 'fine'
 */
export function normalizeNfkc(text: string): string {
  if (text !== lastInput) {
    lastOutput = text.normalize('NFKC');
    lastInput = text;
  }
  return lastOutput;
}
