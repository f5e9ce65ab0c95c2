import { normalAt, touching } from '../../../token-helpers.js';
import type { Refiner } from '../../../types.js';

/** Time units: a number counting them is a duration, which the times stage owns. */
const TIME_UNITS = new Set([
  'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day', 'days',
  'night', 'nights', 'week', 'weeks', 'weekend', 'weekends', 'fortnight', 'fortnights', 'month', 'months', 'year', 'years',
  'yr', 'yrs', 'decade', 'decades', 'century', 'centuries', 'millennium', 'millennia',
]);

/**
 * Drops durations, by the rule agreed with the times stage: a number whose counted noun is a
 * time unit, or whose next word is one, is a duration ("18 months", "24 hours", "a 24-hour truce",
 * "two consecutive days"),
 * not a quantity. Keeps "12 people" in "12 people in 24 hours".
 */
export const skipDurations: Refiner = {
  rule: 'quantities/en/skip-durations',
  refine(candidates, { tokens }) {
    return candidates.filter((c) => {
      if (c.head !== undefined && TIME_UNITS.has(tokens[c.head]!.normal)) return false;
      const next = c.coreLast + 1;
      const hyphen = normalAt(tokens, next) === '-' && touching(tokens, c.coreLast) && touching(tokens, next);
      return !TIME_UNITS.has(normalAt(tokens, hyphen ? next + 1 : next));
    });
  },
};
