import { regexExtractor } from '../../../regex-extractor.js';

/** Fuzzy reference words → TIMEX3 value. */
const REFERENCES: ReadonlyMap<string, string> = new Map([
  ['recently', 'PAST_REF'], ['the past', 'PAST_REF'], ['lately', 'PAST_REF'],
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['at present', 'PRESENT_REF'], ['at the moment', 'PRESENT_REF'],
  ['nowadays', 'PRESENT_REF'], ['these days', 'PRESENT_REF'],
  ['the future', 'FUTURE_REF'], ['the near future', 'FUTURE_REF'], ['soon', 'FUTURE_REF'], ['the long term', 'FUTURE_REF'],
]);

/**
 * Past, present and future references: "recently" → PAST_REF, "currently" → PRESENT_REF, "in the
 * near future" → FUTURE_REF. Not "the past week" (a duration) and not "now that" (a conjunction).
 */
export const fuzzyReference = regexExtractor({
  rule: 'times/en/fuzzy-reference',
  keys: ['recently', 'lately', 'currently', 'nowadays', 'days', 'present', 'moment', 'future', 'term', 'past', 'soon', 'now'],
  pattern: /\b(?:(?:more\s+)?recently|lately|currently|nowadays|these\s+days|at\s+present|at\s+the\s+moment|the\s+(?:near\s+)?future|the\s+long\s+term|the\s+past(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|week|month|year|day|decade|hour|century|weekend)|-)|soon|now(?!\s+that\b))\b/gi,
  extract(match) {
    const key = match[0].toLowerCase().replace(/\s+/g, ' ').replace(/^more /, '');
    const value = REFERENCES.get(key);
    if (!value) return null;
    return { type: 'DATE', value, certainty: 'known', relative: false, confidence: 0.6 };
  },
});
