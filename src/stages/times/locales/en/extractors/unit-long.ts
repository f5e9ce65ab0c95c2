import { regexExtractor } from '../../../regex-extractor.js';
import { durationValue } from './duration.js';

/**
 * A unit made an adjective with "-long": "the hour-long dialogue" (PT1H), "a day-long visit",
 * "decades-long dispute" (PXY). Not "long-term" and not "18-month-long" (duration reads it whole).
 */
export const unitLong = regexExtractor({
  rule: 'times/en/unit-long',
  keys: ['long', 'hour-long', 'day-long', 'week-long', 'month-long', 'year-long', 'decades-long', 'years-long'],
  pattern: /(?<![\d-]|\d\s)\b(hour|day|week|month|year|decade|hours|days|weeks|months|years|decades)-long\b/gid,
  extract(match) {
    const unit = match[1]!;
    const value = durationValue(/s$/.test(unit) ? 'X' : 1, unit);
    return value ? { type: 'DURATION', value, certainty: 'known', relative: false, confidence: 0.7 } : null;
  },
});
