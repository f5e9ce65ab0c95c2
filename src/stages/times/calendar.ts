/**
 * Calendar arithmetic on plain days (no clock, no time zone): the publication day and the days
 * computed from it. Months are 1–12; weekdays are ISO, Monday 1 … Sunday 7.
 */

/** A calendar day. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a calendar day. */
function epochDay(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY;
}

/** The calendar day of a count of days since 1970-01-01. */
function fromEpochDay(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The day `n` days after `d` (before it when `n` is negative). */
export function addDays(d: Day, n: number): Day {
  return fromEpochDay(epochDay(d) + n);
}

/** The first day of the month `n` months after the month of `d`. */
export function addMonths(d: Day, n: number): Day {
  const index = d.year * 12 + (d.month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

/** ISO weekday of `d`: Monday 1 … Sunday 7. */
export function isoWeekday(d: Day): number {
  const w = new Date(epochDay(d) * MS_PER_DAY).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The ISO week `{ year, week }` holding `d` (the week-year may differ from the calendar year). */
export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor((epochDay(thursday) - epochDay(jan1)) / 7) + 1 };
}

/** Zero-pads a number to `width` digits. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** TIMEX3 value of a day: `2025-06-04`. */
export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** TIMEX3 value of a month: `2025-06`. */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** TIMEX3 value of the ISO week holding `d`: `2025-W23`. */
export function formatWeek(d: Day): string {
  const { year, week } = isoWeek(d);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Reads the day of an ISO-8601 date or date-time (`2025-06-05`, `2025-06-05T14:30:00Z`), or null. */
export function parseDay(iso: string | undefined): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!match) return null;
  const d = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31 ? d : null;
}

/** Compares two days: negative when `a` is earlier. */
export function compareDays(a: Day, b: Day): number {
  return epochDay(a) - epochDay(b);
}
