/** A day in the proleptic Gregorian calendar, without time or zone. */
export interface CalendarDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

const DAY_MS = 86_400_000;
const ISO_DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;

const toEpochDay = (date: CalendarDate): number => Math.floor(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);

function fromEpochDay(epochDay: number): CalendarDate {
  const utc = new Date(epochDay * DAY_MS);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** The date `days` days after (or before, when negative) `date`. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CalendarDate): number {
  const weekday = new Date(toEpochDay(date) * DAY_MS).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** Whether year, month and day name a real day (no 31 April, 29 February only in leap years). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `YYYY-MM-DD`. */
export function formatIsoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/**
 * The calendar day on which a message was written. An ISO string keeps the writer's own date (its offset is the
 * writer's clock: `2026-03-02T23:30:00-06:00` is 2 March) unless `timeZone` is given; a `Date` or epoch
 * milliseconds are read in `timeZone`, UTC by default. Anything unreadable falls back to today (UTC).
 */
export function calendarDateOf(reference: Date | string | number | undefined, timeZone?: string): CalendarDate {
  if (typeof reference === 'string' && timeZone === undefined) {
    const match = ISO_DATE_PREFIX.exec(reference.trim());
    if (match && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
      return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    }
  }
  const instant = reference === undefined ? new Date() : new Date(reference);
  const valid = Number.isNaN(instant.getTime()) ? new Date() : instant;
  if (timeZone !== undefined) {
    try {
      const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(valid);
      const part = (type: string): number => Number(parts.find((entry) => entry.type === type)?.value);
      const date = { year: part('year'), month: part('month'), day: part('day') };
      if (isRealDate(date.year, date.month, date.day)) return date;
    } catch {
      // an unknown time zone reads as UTC
    }
  }
  return { year: valid.getUTCFullYear(), month: valid.getUTCMonth() + 1, day: valid.getUTCDate() };
}
