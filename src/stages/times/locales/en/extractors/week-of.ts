import { type Day, formatWeek, pad } from '../../../calendar.js';
import { regexExtractor } from '../../../regex-extractor.js';
import { MONTHS } from '../vocabulary.js';

/** Ordinal words → week number within the month or year; `last` is -1. */
const ORDINAL: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, last: -1, final: -1,
};

const MONTH_NAMES = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

/** The ISO week holding the n-th seven-day block of a month (n = -1: the last block). */
function weekOfMonth(year: number, month: number, n: number): string {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day: Day = n > 0 ? { year, month, day: Math.min(lastDay, 7 * n - 3) } : { year, month, day: lastDay - 3 };
  return formatWeek(day);
}

/** The n-th ISO week of a year; the last one is the week holding 28 December. */
function weekOfYear(year: number, n: number): string {
  return n > 0 ? `${pad(year, 4)}-W${pad(n)}` : formatWeek({ year, month: 12, day: 28 });
}

/**
 * A week counted within a month or year: "the last week of March" (2009-W13 in 2009), "the
 * first week of 2021" (2021-W01), "the second week of next month". Not "last week" alone
 * (relative-period reads it) and not "the first week" of a campaign (no month or year after it).
 */
export const weekOf = regexExtractor({
  rule: 'times/en/week-of',
  keys: ['week'],
  pattern: new RegExp(
    `\\b(?:the\\s+)?(first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\\s+week\\s+of\\s+(?:(this|last|next)\\s+(year|month)|(${MONTH_NAMES})\\.?(?:,?\\s+(\\d{4}))?|(\\d{4}))\\b`,
    'gi',
  ),
  extract(match, sentence, ctx) {
    const n = ORDINAL[match[1]!.toLowerCase()]!;
    if (match[6]) return { type: 'DATE', value: weekOfYear(Number(match[6]), n), certainty: 'known', relative: false };
    const ref = ctx.ref;
    if (match[4]) {
      const month = MONTHS.get(match[4].toLowerCase())!;
      if (match[5]) return { type: 'DATE', value: weekOfMonth(Number(match[5]), month, n), certainty: 'known', relative: false };
      if (!ref) return { type: 'DATE', value: null, certainty: 'implied', relative: true };
      const anchor = ctx.anchorAt(sentence.start + match.index!, sentence.start + match.index! + match[0].length);
      const year = anchor === 'past' && month > ref.month ? ref.year - 1 : anchor === 'future' && month < ref.month ? ref.year + 1 : ref.year;
      return { type: 'DATE', value: weekOfMonth(year, month, n), certainty: 'implied', relative: true };
    }
    if (!ref) return { type: 'DATE', value: null, certainty: 'known', relative: true };
    const shift = { this: 0, last: -1, next: 1 }[match[2]!.toLowerCase()] ?? 0;
    if (match[3]!.toLowerCase() === 'year') return { type: 'DATE', value: weekOfYear(ref.year + shift, n), certainty: 'known', relative: true };
    const index = ref.year * 12 + ref.month - 1 + shift;
    return { type: 'DATE', value: weekOfMonth(Math.floor(index / 12), (index % 12) + 1, n), certainty: 'known', relative: true };
  },
});
