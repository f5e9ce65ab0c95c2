import type { TimesConfiguration } from '../../types.js';
import { bareMonth } from './extractors/bare-month.js';
import { bareYear } from './extractors/bare-year.js';
import { chronoDates } from './extractors/chrono-dates.js';
import { decade } from './extractors/decade.js';
import { deicticDay } from './extractors/deictic-day.js';
import { duration } from './extractors/duration.js';
import { fuzzyReference } from './extractors/fuzzy-reference.js';
import { holiday } from './extractors/holiday.js';
import { partOfCurrentPeriod } from './extractors/part-of-current-period.js';
import { periodBoundary } from './extractors/period-boundary.js';
import { quarter } from './extractors/quarter.js';
import { relativeAgo } from './extractors/relative-ago.js';
import { relativePeriod } from './extractors/relative-period.js';
import { season } from './extractors/season.js';
import { recurring } from './extractors/set.js';
import { theWeekend } from './extractors/the-weekend.js';
import { unitLong } from './extractors/unit-long.js';
import { vagueDuration } from './extractors/vague-duration.js';
import { weekOf } from './extractors/week-of.js';
import { falsePositives } from './refiners/false-positives.js';
import { modPrefix } from './refiners/mod-prefix.js';
import { overlapRemoval } from './refiners/overlap-removal.js';
import { partOfDay } from './refiners/part-of-day.js';
import { rangeMerge } from './refiners/range-merge.js';
import { relativeOffset } from './refiners/relative-offset.js';
import { yearSuffix } from './refiners/year-suffix.js';
import { MONTHS, WEEKDAYS } from './vocabulary.js';

/** Calendar words and figures chrono can read; chrono runs only on sentences with one (it is slow). */
const CHRONO_TRIGGER = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(?:january|february|april|june|july|august|september|october|november|december)\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d[/:.]\d|\d\s*(?:[ap]\.?m\b)|\d{4}-\d\d-\d\d/;

/** English time rules. */
export const en: TimesConfiguration = {
  extractors: [
    // Why this order: overlap-removal keeps the longest span and, at equal spans, the extractor
    // listed first. So a set comes before a duration ("twice a year" vs "a year"), "3 days ago" (a
    // date) before "3 days" (a duration), and the calendar periods ("last week", "the end of the
    // year", "the weekend") before the durations that share their words ("the last week").
    recurring,
    relativeAgo,
    partOfCurrentPeriod,
    weekOf,
    periodBoundary,
    relativePeriod,
    theWeekend,
    // Quarters, seasons, holidays and deictic days name dates; they must beat "the fourth quarter" read as nothing
    // and "tonight" read by the duration or fuzzy rules below.
    quarter,
    season,
    holiday,
    deicticDay,
    duration,
    vagueDuration,
    unitLong,
    // Decades before chrono and bare years: "the 1990s" is one decade, not the year 1990.
    decade,
    // chrono is listed late so that its readings lose every tie to the own rules above, which
    // were written to fix its faults (durations, "last month", "in 24 hours").
    { ...chronoDates, keys: [...MONTHS.keys(), ...WEEKDAYS.keys(), '#digit'], trigger: CHRONO_TRIGGER },
    // A month named alone loses ties to chrono, which reads every month but "May" just as well.
    bareMonth,
    bareYear,
    // Fuzzy references last: "the past" and "now" are the vaguest readings of their words.
    fuzzyReference,
  ],
  refiners: [
    // First: drop "May" the modal before it can win an overlap against a real reading.
    falsePositives,
    // Then one reading per span, so the refiners below see a flat, sorted list.
    overlapRemoval,
    // Widening refiners run after overlaps are gone, each looking at the text beside one date;
    // the year suffix first, so "early June of 2019" gets its year before its START mod.
    yearSuffix,
    partOfDay,
    modPrefix,
    // Offsets ("3 days after January 12") need final dates and run before ranges, which may
    // join two of them.
    relativeOffset,
    // Last: ranges join two already-final dates ("from early 2014 to late 2018").
    rangeMerge,
  ],
};
