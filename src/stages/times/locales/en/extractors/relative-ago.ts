import { addDays, addMonths, formatDay, formatMonth, formatWeek, pad } from '../../../calendar.js';
import { regexExtractor } from '../../../regex-extractor.js';
import { NUMBER_WORD_PATTERN, readNumber } from '../vocabulary.js';

/**
 * "5 days ago", "two weeks ago", "a year ago" → the date that far before publication, at the
 * unit's granularity (day, week, month, year); "several years ago", "months ago" → PAST_REF.
 * Not "ago" alone, not "month ago" without an amount.
 */
export const relativeAgo = regexExtractor({
  rule: 'times/en/relative-ago',
  keys: ['ago'],
  pattern: new RegExp(`\\b(?:(\\d+|${NUMBER_WORD_PATTERN}|several|a\\s+few|many)\\s+)?(day|week|month|year|decade)s?\\s+ago\\b`, 'gi'),
  extract(match, _sentence, ctx) {
    if (!match[1] && !/s\s+ago$/i.test(match[0])) return null;
    const n = match[1] ? readNumber(match[1]) : null;
    const unit = match[2]!.toLowerCase();
    if (n === null) return { type: 'DATE', value: 'PAST_REF', certainty: 'known', relative: false, anchor: 'past' };
    const ref = ctx.ref;
    let value: string | null = null;
    if (ref) {
      if (unit === 'day') value = formatDay(addDays(ref, -n));
      else if (unit === 'week') value = formatWeek(addDays(ref, -7 * n));
      else if (unit === 'month') {
        const m = addMonths(ref, -n);
        value = formatMonth(m.year, m.month);
      } else value = pad(ref.year - (unit === 'decade' ? 10 * n : n), 4);
    }
    return { type: 'DATE', value, certainty: 'known', relative: true, anchor: 'past' };
  },
});
