import { groupEnd, groupStart, regexExtractor } from '../../../regex-extractor.js';
import { durationValue } from './duration.js';

/**
 * A bare plural unit after "for", "over", "in" or "within": "for years" (PXY), "for decades".
 * Not "in years" followed by a number comparison ("the highest in years" still is a duration).
 */
export const vagueDuration = regexExtractor({
  rule: 'times/en/vague-duration',
  keys: ['years', 'months', 'weeks', 'days', 'decades', 'hours'],
  pattern: /\b(?:for|over|in|within|after)\s+(years|months|weeks|days|decades|hours)\b(?!\s+(?:ago|of|old)\b)/gid,
  extract(match) {
    const value = durationValue('X', match[1]!);
    return value ? { type: 'DURATION', value, certainty: 'known', relative: false, start: groupStart(match, 1), end: groupEnd(match, 1), confidence: 0.6 } : null;
  },
});
