/** Text folded for matching, with the way back to the original. */
export interface FoldedText {
  /** Lower case, Latin diacritics removed, full-width forms made plain (`Ｅ-ｍａｉｌ` → `e-mail`, `Straße` → `strasse`). */
  readonly text: string;
  /** `offsets[i]` is the original UTF-16 offset of folded character `i`; `offsets[text.length]` is the original length. */
  readonly offsets: readonly number[];
}

const LATIN = /\p{Script=Latin}/u;
const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;

// Full-width and half-width forms (ｗｗｗ．, ＠, ５, ｶﾀｶﾅ) and the ideographic space. Other characters keep their
// form: NFKC would split Thai ำ into two characters that the phrase lists do not use.
const WIDTH_FORMS = /[\u3000\uff00-\uffef]/;

function foldChar(char: string): string {
  let folded = (WIDTH_FORMS.test(char) ? char.normalize('NFKC') : char).toLowerCase();
  // Only Latin letters lose their marks: Japanese dakuten and Thai vowels are part of the letter.
  if (LATIN.test(folded)) folded = folded.normalize('NFD').replace(COMBINING_DIACRITICS, '').replace(/ß/g, 'ss');
  return folded;
}

/**
 * Folds text for phrase matching and keeps, for every folded character, the offset it came from, so a match in the
 * folded text maps back to a span of the original. Core's `foldText` folds the same way but may change lengths
 * without saying where.
 * @example foldWithOffsets('Ｅmail ÀB').text // 'email ab'
 */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of text) {
    // eslint-disable-next-line no-control-regex -- ASCII is its own fold, apart from case
    const piece = /^[\u0000-\u007f]$/.test(char) ? char.toLowerCase() : foldChar(char);
    for (let unit = 0; unit < piece.length; unit++) offsets.push(index);
    folded += piece;
    index += char.length;
  }
  offsets.push(text.length);
  return { text: folded, offsets };
}

/** Maps a `[start, end)` span of the folded text back to the original text. */
export function originalSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  const from = folded.offsets[start] ?? 0;
  // The end is exclusive: it maps to where the last folded character's source ends.
  const last = folded.offsets[Math.max(start, end - 1)] ?? from;
  let next = end;
  while (next < folded.offsets.length - 1 && (folded.offsets[next] ?? 0) <= last) next++;
  return { start: from, end: folded.offsets[next] ?? last + 1 };
}
