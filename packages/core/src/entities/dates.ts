import { addDays, daysBetween, formatIsoDate, isoWeekday, isRealDate, type CalendarDate } from './calendar-date.js';
import { COUNTED_OFFSETS, COUNTED_UNITS, ENGLISH_MONTH_WORDS, MONTH_NAMES, NOT_A_DAY_BEFORE, NOT_A_WEEKDAY_BEFORE, PAST_TENSE_NEAR_WEEKDAY, RELATIVE_DAY_WORDS, WEEKDAY_MODIFIERS, WEEKDAY_NAMES } from './date-words.js';
import { digitRunMatches } from './digit-run-matches.js';
import type { EntityCandidate, Recognizer, RecognizerInput } from './entity-candidate.js';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s');
const alternation = (words: readonly string[]): string => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
/** Latin words need word edges; Thai and CJK words are written without spaces and match inside text. */
const NOT_LATIN_BEFORE = '(?<![A-Za-zÀ-ɏ])';
const NOT_LATIN_AFTER = '(?![A-Za-zÀ-ɏ])';

const dayOffsets = new Map(RELATIVE_DAY_WORDS.map(([word, offset]) => [word.toLowerCase(), offset]));
const RELATIVE_DAY = new RegExp(`${NOT_LATIN_BEFORE}(${alternation(RELATIVE_DAY_WORDS.map(([word]) => word))})${NOT_LATIN_AFTER}`, 'giu');

const weekdayOf = new Map<string, number>();
WEEKDAY_NAMES.forEach((names, index) => names.forEach((name) => weekdayOf.set(name.toLowerCase(), index + 1)));
type WeekdayMode = 'this' | 'next' | 'last' | 'next-week' | 'this-week' | 'last-week';
const modifierMode = new Map<string, WeekdayMode>();
const before: string[] = [];
const after: string[] = [];
const register = (words: readonly string[], mode: WeekdayMode, list: string[], position: 'before' | 'after'): void => {
  for (const word of words) {
    modifierMode.set(`${position}:${word.toLowerCase()}`, mode);
    list.push(word);
  }
};
register(WEEKDAY_MODIFIERS.nextBefore, 'next', before, 'before');
register(WEEKDAY_MODIFIERS.thisBefore, 'this', before, 'before');
register(WEEKDAY_MODIFIERS.lastBefore, 'last', before, 'before');
register(WEEKDAY_MODIFIERS.nextWeekBefore, 'next-week', before, 'before');
register(WEEKDAY_MODIFIERS.thisWeekBefore, 'this-week', before, 'before');
register(WEEKDAY_MODIFIERS.lastWeekBefore, 'last-week', before, 'before');
register(WEEKDAY_MODIFIERS.nextAfter, 'next', after, 'after');
register(WEEKDAY_MODIFIERS.nextWeekAfter, 'next-week', after, 'after');
register(WEEKDAY_MODIFIERS.thisAfter, 'this', after, 'after');
register(WEEKDAY_MODIFIERS.lastAfter, 'last', after, 'after');
// Weekday names alone; the words that point them forwards or back are read next to each match, which keeps
// the scan itself one alternation.
const WEEKDAY = new RegExp(`${NOT_LATIN_BEFORE}(${alternation(WEEKDAY_NAMES.flat())})${NOT_LATIN_AFTER}`, 'giu');
// Day words and weekday names in one alternation: where it finds nothing (most texts), neither search above would.
const ANY_DAY_WORD = new RegExp(`${NOT_LATIN_BEFORE}(?:${alternation(RELATIVE_DAY_WORDS.map(([word]) => word))}|${alternation(WEEKDAY_NAMES.flat())})${NOT_LATIN_AFTER}`, 'iu');
const MODIFIER_BEFORE = new RegExp(`(?:^|[^A-Za-zÀ-ɏ])(${alternation(before)})\\s?$`, 'iu');
const MODIFIER_AFTER = new RegExp(`^\\s?(${alternation(after)})${NOT_LATIN_AFTER}`, 'iu');

const monthOf = new Map<string, number>();
MONTH_NAMES.forEach((names, index) => names.forEach((name) => monthOf.set(name.toLowerCase(), index + 1)));
// Starts at a digit with no digit before it: tried only where a run of digits starts.
const DAY_MONTH_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th|er|º|°)?\.?\s?(?:de\s)?(${alternation(MONTH_NAMES.flat())})${NOT_LATIN_AFTER}\.?(?:,?\s?(?:de\s)?(\d{4})(?!\d))?`,
  'iuy',
);
const MONTH_NAME_DAY = new RegExp(String.raw`(?<![\p{L}])(${alternation(ENGLISH_MONTH_WORDS)})\.?\s(\d{1,2})(?:st|nd|rd|th)?(?![\d\p{L}])(?:,?\s(\d{4})(?!\d))?`, 'giu');
const YEAR_MONTH_DAY = /(?<![\d./-])(\d{4})\s?[-/.年]\s?(\d{1,2})\s?[-/.月]\s?(\d{1,2})(?:\s?[日号號])?(?!\d)/g;
const CJK_MONTH_DAY = /(?<![\d年])(\d{1,2})\s?月\s?(\d{1,2})\s?[日号號](?!\d)/g;
const NUMERIC_DAY_MONTH = /(?<![\d/.:-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d:]|[/.-]\d)/g;
// All "in N days" forms in one alternation; each form has exactly one group (the count), so the group that
// matched tells which form it was. Only read around numbers, so text without digits costs nothing.
const COUNTED = new RegExp(COUNTED_OFFSETS.map(([source]) => `(?:${source})`).join('|'), 'giu');
const COUNT = /(?<!\d)\d{1,3}(?!\d)/g;
const UNIT_CHARACTER = /[^\d\s.,:;/#+()-]/;

/** Buddhist-era years (Thai, 2569 = 2026) and two-digit years become Gregorian four-digit years. */
function gregorianYear(written: string): number {
  const year = Number(written);
  if (written.length === 2) return 2000 + year;
  return year > 2400 ? year - 543 : year;
}

/** For a date written without a year: the year that puts it closest to today (a buyer's dates are recent or near). */
function nearestYear(month: number, day: number, today: CalendarDate): number | undefined {
  let best: { year: number; distance: number } | undefined;
  for (const year of [today.year - 1, today.year, today.year + 1]) {
    if (!isRealDate(year, month, day)) continue;
    const distance = Math.abs(daysBetween(today, { year, month, day }));
    if (!best || distance < best.distance) best = { year, distance };
  }
  return best?.year;
}

function weekdayDate(today: CalendarDate, target: number, mode: WeekdayMode): CalendarDate {
  const current = isoWeekday(today);
  const monday = addDays(today, 1 - current);
  switch (mode) {
    case 'this': return addDays(today, (target - current + 7) % 7);
    case 'next': return addDays(today, (target - current + 7) % 7 || 7);
    case 'last': return addDays(today, -((current - target + 7) % 7 || 7));
    case 'next-week': return addDays(monday, 7 + target - 1);
    case 'this-week': return addDays(monday, target - 1);
    case 'last-week': return addDays(monday, -7 + target - 1);
  }
}

/** Whether D/M (rather than M/D) is the writer's order: everywhere but the United States and English without a country. */
function dayFirst(input: RecognizerInput): boolean {
  if (input.country) return input.country !== 'US';
  return input.language !== 'en';
}

/** Adds a date candidate, when the date is a real day. */
function pushDate(found: EntityCandidate[], start: number, end: number, date: CalendarDate | undefined, confidence: number, attributes: Readonly<Record<string, string>>): void {
  if (!date || !isRealDate(date.year, date.month, date.day)) return;
  found.push({ type: 'date', start, end, value: formatIsoDate(date), confidence, attributes });
}

/** A written day and month, with the year written or else the one nearest today. */
function absoluteDate(today: CalendarDate, year: number | undefined, month: number, day: number): CalendarDate | undefined {
  const resolved = year ?? nearestYear(month, day, today);
  return resolved === undefined ? undefined : { year: resolved, month, day };
}

/** The "in N days" form a match of `COUNTED` is: the index of its one group that matched. */
function countedForm(match: RegExpMatchArray): number {
  for (let index = 1; index < match.length; index++) if (match[index] !== undefined) return index - 1;
  return -1;
}

/**
 * Dates, as ISO `YYYY-MM-DD` values, from absolute forms (`2026-03-15`, `2026年3月15日`, `3月15日`, `15/03`,
 * `3/15` in US English, `15.03.2026`, `15 de marzo`, `15. März`, `March 15th`, `15 มีนาคม 2569`) and relative
 * ones counted from the message's day (`today`, `mañana`, `amanhã`, `demain`, `morgen`, `明日`, `明天`, `besok`,
 * `พรุ่งนี้`, `next Friday`, `下周五`, `来週の金曜日`, `Jumat depan`, `in 3 days`, `3日後`, `hace 2 días`).
 * `attributes.kind` is `absolute` or `relative`. A year left out is the one nearest the message's day; a weekday
 * alone or with "this" is its next occurrence from today (today included), or the last one when the words
 * around it are in the past tense ("ordered on Monday", "compré el lunes"); "next Friday" the first Friday after
 * today, a weekday of "next week" (`下周五`, `来週`) the one in the following Monday-to-Sunday week. A number
 * with a currency is an amount, not a date; `1/2` and `3.15` alone are not dates.
 */
export const recognizeDates: Recognizer = (input) => {
  const found: EntityCandidate[] = [];
  const { scan, today } = input;
  if (ANY_DAY_WORD.test(scan)) readDayWords(input, found);

  // Every form below holds a digit.
  if (input.digits === 0) return found;
  if (COUNTED_UNITS.test(scan)) readCountedDates(input, found);

  YEAR_MONTH_DAY.lastIndex = 0;
  for (const match of scan.matchAll(YEAR_MONTH_DAY)) {
    pushDate(found, match.index, match.index + match[0].length, absoluteDate(today, gregorianYear(match[1]!), Number(match[2]), Number(match[3])), 0.95, { kind: 'absolute' });
  }
  CJK_MONTH_DAY.lastIndex = 0;
  for (const match of scan.matchAll(CJK_MONTH_DAY)) {
    pushDate(found, match.index, match.index + match[0].length, absoluteDate(today, undefined, Number(match[1]), Number(match[2])), 0.85, { kind: 'absolute' });
  }
  for (const match of digitRunMatches(scan, DAY_MONTH_NAME)) {
    const month = monthOf.get(match[2]!.toLowerCase());
    if (month === undefined) continue;
    pushDate(found, match.index, match.index + match[0].length, absoluteDate(today, match[3] ? gregorianYear(match[3]) : undefined, month, Number(match[1])), match[3] ? 0.9 : 0.85, { kind: 'absolute' });
  }
  MONTH_NAME_DAY.lastIndex = 0;
  for (const match of scan.matchAll(MONTH_NAME_DAY)) {
    const month = monthOf.get(match[1]!.toLowerCase());
    if (month === undefined) continue;
    pushDate(found, match.index, match.index + match[0].length, absoluteDate(today, match[3] ? gregorianYear(match[3]) : undefined, month, Number(match[2])), match[3] ? 0.9 : 0.8, { kind: 'absolute' });
  }
  NUMERIC_DAY_MONTH.lastIndex = 0;
  for (const match of scan.matchAll(NUMERIC_DAY_MONTH)) {
    const [, first = '', separator, second = '', year] = match;
    if (year === undefined) {
      // `3.15` is a number and `1-2` a range unless a year or a closing dot (`15.03.`) says otherwise; `1/2` a fraction.
      if (separator === '-' || (separator === '.' && scan.charAt(match.index + match[0].length) !== '.')) continue;
      if (first.length === 1 && second.length === 1) continue;
    }
    const a = Number(first);
    const b = Number(second);
    const dayMonth = a > 12 || (b <= 12 && dayFirst(input));
    const [day, month] = dayMonth ? [a, b] : [b, a];
    pushDate(found, match.index, match.index + match[0].length, absoluteDate(today, year ? gregorianYear(year) : undefined, month, day), year ? 0.85 : 0.7, { kind: 'absolute', order: dayMonth ? 'day-month' : 'month-day' });
  }
  return found;
};

/** "In 3 days", "hace 2 días", "3日後": counted forms, read in a short window around each number. */
function readCountedDates(input: RecognizerInput, found: EntityCandidate[]): void {
  const { scan, today } = input;
  COUNT.lastIndex = 0;
  let readUpTo = 0;
  for (const count of scan.matchAll(COUNT)) {
    const from = Math.max(readUpTo, count.index - 16);
    const to = Math.min(scan.length, count.index + count[0].length + 14);
    if (from >= to) continue;
    const window = scan.slice(from, to);
    // Every counted form has a unit word next to the number; a window of digits and punctuation has none.
    if (!UNIT_CHARACTER.test(window) || !COUNTED_UNITS.test(window)) continue;
    COUNTED.lastIndex = 0;
    for (const match of window.matchAll(COUNTED)) {
      const form = countedForm(match);
      const offset = COUNTED_OFFSETS[form];
      if (!offset) continue;
      const [, sign, unitDays] = offset;
      const start = from + match.index;
      pushDate(found, start, start + match[0].length, addDays(today, sign * Number(match[form + 1]) * unitDays), 0.85, { kind: 'relative' });
      readUpTo = Math.max(readUpTo, start + match[0].length);
    }
  }
}

/** Day words ("mañana", "明天") and weekdays with the words around them ("next Friday", "来週の金曜日"). */
function readDayWords(input: RecognizerInput, found: EntityCandidate[]): void {
  const { scan, today } = input;
  RELATIVE_DAY.lastIndex = 0;
  for (const match of scan.matchAll(RELATIVE_DAY)) {
    const word = match[1]!.toLowerCase();
    if ((word === 'mañana' || word === 'manana' || word === 'morgen') && NOT_A_DAY_BEFORE.test(scan.slice(Math.max(0, match.index - 12), match.index))) continue;
    if (word === 'hier' && input.language !== undefined && input.language !== 'fr' && input.language !== 'und') continue;
    const offset = dayOffsets.get(word);
    if (offset === undefined) continue;
    pushDate(found, match.index, match.index + match[0].length, addDays(today, offset), 0.85, { kind: 'relative' });
  }

  WEEKDAY.lastIndex = 0;
  for (const match of scan.matchAll(WEEKDAY)) {
    const target = weekdayOf.get(match[1]!.toLowerCase());
    if (target === undefined) continue;
    if (NOT_A_WEEKDAY_BEFORE.test(scan.slice(Math.max(0, match.index - 8), match.index))) continue;
    const beforeMatch = MODIFIER_BEFORE.exec(scan.slice(Math.max(0, match.index - 28), match.index));
    const afterMatch = MODIFIER_AFTER.exec(scan.slice(match.index + match[0].length, match.index + match[0].length + 24));
    const afterMode = afterMatch ? modifierMode.get(`after:${afterMatch[1]!.toLowerCase()}`) : undefined;
    const beforeMode = beforeMatch ? modifierMode.get(`before:${beforeMatch[1]!.toLowerCase()}`) : undefined;
    // The modifier ends right before the weekday, or one space before it.
    const start = beforeMatch ? match.index - (/\s$/.test(beforeMatch[0]) ? 1 : 0) - beforeMatch[1]!.length : match.index;
    const end = match.index + match[0].length + (afterMatch ? afterMatch[0].length : 0);
    const modified = afterMode !== undefined || (beforeMode !== undefined && beforeMode !== 'this');
    // A weekday with no direction word is the next one, unless the sentence around it is in the past tense.
    const past = !modified && PAST_TENSE_NEAR_WEEKDAY.test(scan.slice(Math.max(0, start - 30), Math.min(scan.length, end + 20)));
    const mode = afterMode ?? (past ? 'last' : beforeMode ?? 'this');
    pushDate(found, start, end, weekdayDate(today, target, mode), modified ? 0.8 : 0.6, { kind: 'relative', weekday: String(target), ...(past ? { tense: 'past' } : {}) });
  }
}
