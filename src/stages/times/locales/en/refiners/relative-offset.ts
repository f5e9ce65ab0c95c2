import { addDays, type Day, formatDay, parseDay } from '../../../calendar.js';
import type { SentenceView, TimeCandidate, TimeContext, TimeRefiner } from '../../../types.js';

/** A whole-number calendar duration: P3D, P2W, P4M, P1Y (not hours, not vague amounts). */
const CALENDAR_DURATION = /^P(\d+)([DWMY])$/;

/** The day `amount` units after (sign 1) or before (sign -1) `day`; months keep the day of month, clamped. */
function shift(day: Day, amount: number, unit: string, sign: number): Day {
  if (unit === 'D') return addDays(day, sign * amount);
  if (unit === 'W') return addDays(day, sign * 7 * amount);
  const months = sign * amount * (unit === 'Y' ? 12 : 1);
  const index = day.year * 12 + day.month - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(day.day, last) };
}

/** "3 days after January 12th", "2 weeks before May 13 1999", "4 months from tomorrow". */
const LINK = /^\s+(before|after|from)\s+$/i;

/**
 * Turns a duration counted from a date into that date: "3 days after January 12th" (2017-01-15),
 * "two days from today"; and a duration after "in" in a future clause into the day it ends on:
 * "will leave in two weeks" (publication + 14 days). Not "resolved it in 24 hours" (a past clause,
 * and hours stay durations) and not "within two weeks".
 */
export const relativeOffset: TimeRefiner = {
  rule: 'times/refine/relative-offset',
  refine(candidates: readonly TimeCandidate[], sentence: SentenceView, ctx: TimeContext) {
    const out: TimeCandidate[] = [];
    const at = (offset: number): number => offset - sentence.start;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      const duration = c.type === 'DURATION' && !c.mod && c.value ? CALENDAR_DURATION.exec(c.value) : null;
      if (!duration) {
        out.push(c);
        continue;
      }
      const [amount, unit] = [Number(duration[1]), duration[2]!];
      const next = candidates[i + 1];
      const link = next ? LINK.exec(sentence.text.slice(at(c.end), at(next.start))) : null;
      const base = next && link && next.type === 'DATE' && next.value && /^\d{4}-\d\d-\d\d$/.test(next.value) ? parseDay(next.value) : null;
      if (next && link && base) {
        const sign = link[1]!.toLowerCase() === 'before' ? -1 : 1;
        out.push({ ...next, start: c.start, value: formatDay(shift(base, amount, unit, sign)), rule: 'times/en/relative-offset' });
        i++;
        continue;
      }
      const before = sentence.text.slice(Math.max(0, at(c.start) - 4), at(c.start));
      const counted = !/^the\s/i.test(sentence.text.slice(at(c.start), at(c.end)));
      if (counted && /\bin\s+$/i.test(before) && ctx.anchorAt(c.start, c.end) === 'future') {
        const value = ctx.ref ? formatDay(shift(ctx.ref, amount, unit, 1)) : null;
        out.push({ ...c, start: c.start - 3, type: 'DATE', value, certainty: 'known', relative: true, anchor: 'future', rule: 'times/en/in-duration' });
        continue;
      }
      out.push(c);
    }
    return out;
  },
};
