import { regexExtractor } from '../../../regex-extractor.js';

/**
 * Decades and centuries: "the 1990s" (199), "the '70s" / "70s" (197), "the 20th century" (19).
 * Not "1990" (a year) and not "in his 70s" (an age: the possessive before it rules it out).
 */
export const decade = regexExtractor({
  rule: 'times/en/decade',
  keys: ['century', 'centuries', '#digit'],
  pattern: /\b(?:(?:the\s+)?((?:1[5-9]|20)\d)0s|(?:the\s+)?['’]?(\d)0s|(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century)\b/gi,
  extract(match, sentence) {
    if (match[1]) return { type: 'DATE', value: match[1], certainty: 'known', relative: false };
    if (match[3]) return { type: 'DATE', value: String(Number(match[3]) - 1).padStart(2, '0'), certainty: 'known', relative: false };
    const before = sentence.text.slice(Math.max(0, match.index! - 12), match.index!);
    if (/\b(?:his|her|their|early|late|mid)\s*$/i.test(before) && !/^the/i.test(match[0])) return null;
    const digit = match[2]!;
    return { type: 'DATE', value: `${digit === '0' || digit === '1' ? '20' : '19'}${digit}`, certainty: 'implied', relative: false, confidence: 0.7 };
  },
});
