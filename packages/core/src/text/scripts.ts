/** Character counts by writing system, used by language detection and tokenization. */
export interface ScriptCounts {
  latin: number;
  han: number;
  kana: number;
  hangul: number;
  thai: number;
  otherLetters: number;
  digits: number;
}

const LATIN = /\p{Script=Latin}/u;
const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
const HANGUL = /\p{Script=Hangul}/u;
const THAI = /\p{Script=Thai}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/** Counts the letters of each script in `text` (up to `limit` characters, for long texts). */
export function countScripts(text: string, limit = 4000): ScriptCounts {
  const counts: ScriptCounts = { latin: 0, han: 0, kana: 0, hangul: 0, thai: 0, otherLetters: 0, digits: 0 };
  let seen = 0;
  for (const char of text) {
    if (++seen > limit) break;
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) counts.latin++;
      else if (code >= 48 && code <= 57) counts.digits++;
      continue;
    }
    if (LATIN.test(char)) counts.latin++;
    else if (KANA.test(char)) counts.kana++;
    else if (HAN.test(char)) counts.han++;
    else if (THAI.test(char)) counts.thai++;
    else if (HANGUL.test(char)) counts.hangul++;
    else if (LETTER.test(char)) counts.otherLetters++;
    else if (DIGIT.test(char)) counts.digits++;
  }
  return counts;
}

/** Whether a character belongs to a script written without spaces between words (Han, kana, Thai). */
export function isUnsegmentedScriptChar(char: string): boolean {
  return HAN.test(char) || KANA.test(char) || THAI.test(char);
}
