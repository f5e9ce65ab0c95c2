import { regexExtractor } from '../../../regex-extractor.js';

/** Period words → TIMEX3 set value. */
const PERIODS: Readonly<Record<string, string>> = {
  hour: 'PT1H', day: 'P1D', night: 'P1D', morning: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y',
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', quarterly: 'P3M',
  annual: 'P1Y', annually: 'P1Y', yearly: 'P1Y',
  monday: 'XXXX-WXX-1', tuesday: 'XXXX-WXX-2', wednesday: 'XXXX-WXX-3', thursday: 'XXXX-WXX-4',
  friday: 'XXXX-WXX-5', saturday: 'XXXX-WXX-6', sunday: 'XXXX-WXX-7',
};

/**
 * Recurring times: "every week" (P1W), "each year", "twice a year", "annual", "daily". Not
 * "every other" counts ("every other country") and not "a day" after a plain noun.
 */
export const recurring = regexExtractor({
  rule: 'times/en/set',
  pattern: /\b(?:(?:every|each|per)\s+(hour|day|night|morning|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per)\s+(hour|day|week|month|year)|(hourly|daily|nightly|weekly|monthly|quarterly|annual|annually|yearly))\b/gi,
  extract(match) {
    const word = (match[1] ?? match[2] ?? match[3])!.toLowerCase();
    const value = PERIODS[word];
    return value ? { type: 'SET', value, certainty: 'known', relative: false, confidence: 0.75 } : null;
  },
});
