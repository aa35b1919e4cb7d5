const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** A word and where it stands in the text. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Splits text into word tokens (letters and digits, keeping inner apostrophes). Unsegmented scripts
 * (Chinese, Japanese, Thai) come out as runs; callers use character n-grams for those.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
