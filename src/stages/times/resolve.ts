import { addDays, type Day, isoWeekday } from './calendar.js';
import type { TimeAnchor } from './types.js';

/**
 * The year that puts month/day (or the whole month when `day` is 0) on the side of `ref` the
 * clause tense asks for; `fallback` (the nearest, as chrono reads it) when the tense is unknown.
 */
export function yearFor(ref: Day, month: number, day: number, anchor: TimeAnchor | undefined, fallback: number): number {
  const after = month > ref.month || (month === ref.month && day > ref.day);
  const before = month < ref.month || (month === ref.month && day !== 0 && day < ref.day);
  if (anchor === 'past') return after ? ref.year - 1 : ref.year;
  if (anchor === 'future') return before ? ref.year + 1 : ref.year;
  return fallback;
}

/** The weekday's date on the side of `ref` the tense asks for; the nearest one when the tense is unknown. */
export function weekdayDate(ref: Day, weekday: number, anchor: TimeAnchor | undefined): Day {
  const back = (isoWeekday(ref) - weekday + 7) % 7;
  const ahead = (weekday - isoWeekday(ref) + 7) % 7;
  if (anchor === 'past') return addDays(ref, -back);
  if (anchor === 'future') return addDays(ref, ahead);
  return back <= ahead ? addDays(ref, -back) : addDays(ref, ahead);
}
