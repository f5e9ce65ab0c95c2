import { addDays, addMonths, type Day, formatMonth, formatWeek, pad } from '../../../calendar.js';
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
