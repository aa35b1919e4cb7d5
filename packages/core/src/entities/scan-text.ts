/**
 * Folds text for scanning without changing its length, so an offset in the folded text is the same offset in
 * the input: full-width ASCII (`１２３`, `－`, `＠`) becomes half-width, Thai digits become ASCII digits, the many
 * dashes become `-`, and the many spaces become a plain space. The katakana long-vowel mark `ー` counts as a
 * dash only between digits (`090ー1234ー5678`). Every mapping is one UTF-16 unit to one.
 * @example foldForScan('注文番号：１１２－４８３９２０１') // '注文番号:112-4839201'
 */
export function foldForScan(text: string): string {
  let folded = '';
  let changed = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const mapped = foldUnit(code, text, index);
    if (mapped !== code) changed = true;
    folded += String.fromCharCode(mapped);
  }
  return changed ? folded : text;
}

/**
 * How many ASCII digits a text holds (of folded text: every digit a number recognizer can read).
 * @example countAsciiDigits('Bestellnummer 40213377') // 8
 */
export function countAsciiDigits(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

const isAsciiDigit = (code: number | undefined): boolean => code !== undefined && code >= 0x30 && code <= 0x39;

function foldUnit(code: number, text: string, index: number): number {
  if (code < 0x80) return code;
  // Full-width ASCII block.
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  // Thai digits ๐–๙.
  if (code >= 0x0e50 && code <= 0x0e59) return code - 0x0e50 + 0x30;
  switch (code) {
    case 0x3000: // ideographic space
    case 0x00a0: // no-break space
    case 0x202f: // narrow no-break space (French thousands)
    case 0x205f:
      return 0x20;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0xfe63: case 0xfe58:
      return 0x2d;
    case 0xffe5: // full-width yen
      return 0xa5;
    case 0xffe0:
      return 0xa2;
    case 0xffe1:
      return 0xa3;
    case 0x30fc: { // ー between digits is a dash
      const before = text.charCodeAt(index - 1);
      const after = text.charCodeAt(index + 1);
      return isAsciiDigit(foldDigit(before)) && isAsciiDigit(foldDigit(after)) ? 0x2d : code;
    }
    default:
      if (code >= 0x2000 && code <= 0x200a) return 0x20;
      return code;
  }
}

function foldDigit(code: number): number | undefined {
  if (Number.isNaN(code)) return undefined;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xfee0;
  if (code >= 0x0e50 && code <= 0x0e59) return code - 0x0e50 + 0x30;
  return code;
}
