import { boundedMemo } from '../replies/bounded-memo.js';

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
  // Characters that fold to themselves are copied a run at a time, each unit keeping its own offset.
  let run = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    let piece: string;
    let width = 1;
    if (code < 0x80) {
      // ASCII is its own fold, apart from case.
      if (code < 0x41 || code > 0x5a) {
        index++;
        continue;
      }
      piece = String.fromCharCode(code + 0x20);
    } else if (code < 0xd800 || code > 0xdfff) {
      const fold = bmpFold(code);
      if (fold === null) {
        index++;
        continue;
      }
      piece = fold;
    } else {
      // A surrogate pair is one character, and a lone surrogate one too, as the string iterator reads them: both
      // units of a pair map to where it starts.
      const next = text.charCodeAt(index + 1);
      width = code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
      piece = foldedChar(text.slice(index, index + width));
    }
    if (run < index) {
      folded += text.slice(run, index);
      for (let unit = run; unit < index; unit++) offsets.push(unit);
    }
    folded += piece;
    for (let unit = 0; unit < piece.length; unit++) offsets.push(index);
    index += width;
    run = index;
  }
  if (run < text.length) {
    folded += text.slice(run);
    for (let unit = run; unit < text.length; unit++) offsets.push(unit);
  }
  offsets.push(text.length);
  return { text: folded, offsets };
}

/** Folds of the Basic Multilingual Plane, by code unit; `null` for a character that folds to itself. */
const bmpFolds = new Map<number, string | null>();

function bmpFold(code: number): string | null {
  let fold = bmpFolds.get(code);
  if (fold === undefined) {
    const char = String.fromCharCode(code);
    const piece = foldChar(char);
    fold = piece === char ? null : piece;
    bmpFolds.set(code, fold);
  }
  return fold;
}

// Astral characters (emoji, rare ideographs) and lone surrogates: each is folded once.
const foldedChar = boundedMemo(foldChar, 4096);

/** Maps a `[start, end)` span of the folded text back to the original text. */
export function originalSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  const from = folded.offsets[start] ?? 0;
  // The end is exclusive: it maps to where the last folded character's source ends.
  const last = folded.offsets[Math.max(start, end - 1)] ?? from;
  let next = end;
  while (next < folded.offsets.length - 1 && (folded.offsets[next] ?? 0) <= last) next++;
  return { start: from, end: folded.offsets[next] ?? last + 1 };
}
