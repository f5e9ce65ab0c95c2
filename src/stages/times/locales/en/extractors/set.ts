import { regexExtractor } from '../../../regex-extractor.js';

/** Period words → TIMEX3 set value. */
const PERIODS: Readonly<Record<string, string>> = {
  hour: 'PT1H', day: 'P1D', night: 'TNI', morning: 'TMO', afternoon: 'TAF', evening: 'TEV', week: 'P1W',
  weekend: 'P1WE', month: 'P1M', quarter: 'P3M', year: 'P1Y', everyday: 'P1D',
  hourly: 'PT1H', daily: 'P1D', nightly: 'TNI', weekly: 'P1W', biweekly: 'P2W', 'bi-weekly': 'P2W', monthly: 'P1M',
  bimonthly: 'P2M', 'bi-monthly': 'P2M', quarterly: 'P3M',
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
  keys: ['every', 'each', 'per', 'times', 'once', 'twice', 'everyday', ...Object.keys(PERIODS).filter((k) => /ly$|annual/.test(k))],
  pattern: /\b(?:(?:every|each|per)\s+(?:other\s+)?(hour|day|night|morning|afternoon|evening|weekend|week|month|quarter|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per)\s+(hour|day|week|month|year)|(hourly|daily|nightly|weekly|bi-?weekly|monthly|bi-?monthly|quarterly|annual|annually|yearly|everyday))\b/gi,
  extract(match) {
    const word = (match[1] ?? match[2] ?? match[3])!.toLowerCase();
    const value = PERIODS[word];
    return value ? { type: 'SET', value, certainty: 'known', relative: false, confidence: 0.75 } : null;
  },
});
