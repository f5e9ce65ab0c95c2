import { addDays, addMonths, type Day, formatMonth, formatWeek, isoWeekday, pad } from '../../../calendar.js';
import { regexExtractor } from '../../../regex-extractor.js';
import type { TimeAnchor } from '../../../types.js';

/** How many periods away each deictic word points: "last week" is −1, "this week" 0. */
const SHIFT: Readonly<Record<string, number>> = { this: 0, current: 0, last: -1, previous: -1, next: 1, coming: 1 };

/** The TIMEX3 value of the week, weekend, month, quarter or year `shift` periods from `ref`. */
export function periodValue(ref: Day, unit: string, shift: number): string {
  switch (unit) {
    case 'week':
      return formatWeek(addDays(ref, 7 * shift));
    case 'weekend':
      return `${formatWeek(addDays(ref, 7 * shift))}-WE`;
    case 'month': {
      const m = addMonths(ref, shift);
      return formatMonth(m.year, m.month);
    }
    case 'quarter': {
      const index = ref.year * 4 + Math.floor((ref.month - 1) / 3) + shift;
      return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
    }
    default:
      return pad(ref.year + shift, 4);
  }
}

/**
 * A calendar period named from the publication date: "last month" (2025-05), "this weekend"
 * (2025-W23-WE), "next year", "the previous year". Not "the past month" (a duration) and not
 * "last year's" + noun agreement issues: the possessive is left outside the span.
 */
export const relativePeriod = regexExtractor({
  rule: 'times/en/relative-period',
  keys: ['week', 'weekend', 'month', 'quarter', 'year'],
  pattern: /\b(?:(the\s+)(previous|next|coming|current)|(this|last|next|previous|current))\s+(week|weekend|month|quarter|year)\b(?!-)/gi,
  extract(match, _sentence, ctx) {
    const word = (match[2] ?? match[3])!.toLowerCase();
    const unit = match[4]!.toLowerCase();
    const shift = SHIFT[word]!;
    const anchor: TimeAnchor | undefined = shift < 0 ? 'past' : shift > 0 ? 'future' : undefined;
    return {
      type: 'DATE', certainty: 'known', relative: true,
      value: ctx.ref ? periodValue(ctx.ref, unit, shift) : null,
      ...(anchor && { anchor }),
    };
  },
});

/**
 * A past or future part of the current period: "earlier in the week", "earlier this month",
 * "later this year" → the period's value, anchored past or future. Not "earlier" alone.
 */
export const partOfCurrentPeriod = regexExtractor({
  rule: 'times/en/part-of-current-period',
  keys: ['earlier', 'later'],
  pattern: /\b(earlier|later)\s+(?:this|in\s+the)\s+(week|month|year)\b/gi,
  extract(match, _sentence, ctx) {
    const anchor: TimeAnchor = match[1]!.toLowerCase() === 'earlier' ? 'past' : 'future';
    return {
      type: 'DATE', certainty: 'known', relative: true, anchor,
      value: ctx.ref ? periodValue(ctx.ref, match[2]!.toLowerCase(), 0) : null,
    };
  },
});

/** Boundary words → TIMEX3 mod. */
const BOUNDARY: Readonly<Record<string, 'START' | 'MID' | 'END'>> = { start: 'START', beginning: 'START', middle: 'MID', end: 'END', close: 'END' };

/**
 * A boundary of the current period: "the end of the year" (2025, END), "the beginning of the
 * month", "end of the week". Not "the end of the war" (no period word) and not "the end of last
 * year" (relative-period and the mod-prefix refiner read that).
 */
export const periodBoundary = regexExtractor({
  rule: 'times/en/period-boundary',
  keys: ['week', 'month', 'year'],
  pattern: /\b(?:the\s+)?(start|beginning|middle|end|close)\s+of\s+(?:the\s+)?(week|month|year)\b(?!-)/gi,
  extract(match, _sentence, ctx) {
    return {
      type: 'DATE', certainty: 'known', relative: true, mod: BOUNDARY[match[1]!.toLowerCase()]!,
      value: ctx.ref ? periodValue(ctx.ref, match[2]!.toLowerCase(), 0) : null,
    };
  },
});

/**
 * "the weekend" after a preposition, resolved by the clause tense: "over the weekend" in a past
 * clause is the last weekend (this one if published on it), in a future clause the coming one.
 * Not "weekend" alone ("weekend trips").
 */
export const theWeekend = regexExtractor({
  rule: 'times/en/the-weekend',
  keys: ['weekend'],
  pattern: /\b(?:over|during|at|on|by|until|through|for)\s+(the\s+weekend)\b/gid,
  extract(match, sentence, ctx) {
    const [start, end] = match.indices![1]!;
    if (!ctx.ref) return { type: 'DATE', value: null, certainty: 'implied', relative: true, start, end };
    const anchor = ctx.anchorAt(sentence.start + start, sentence.start + end);
    const onWeekend = isoWeekday(ctx.ref) >= 6;
    const shift = anchor === 'past' && !onWeekend ? -1 : 0;
    return { type: 'DATE', value: periodValue(ctx.ref, 'weekend', shift), certainty: 'implied', relative: true, start, end };
  },
});
