import { formatMonth } from '../../../calendar.js';
import { regexExtractor } from '../../../regex-extractor.js';
import { yearFor } from '../../../resolve.js';
import { MONTHS } from '../vocabulary.js';

/** Capitalised full month names: chrono leaves "May" alone out (the modal), so this rule reads them. */
const PATTERN = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*\d)/g;

/**
 * A month named alone, its year by the clause tense: "between March and May" (2025-05 in June
 * 2025), "elections in May". Not "May I ask" nor "they march" (the false-positives refiner drops
 * modal and verb readings), not "May 9" (chrono reads the day).
 */
export const bareMonth = regexExtractor({
  rule: 'times/en/bare-month',
  keys: [...MONTHS.keys()],
  pattern: PATTERN,
  extract(match, sentence, ctx) {
    const month = MONTHS.get(match[1]!.toLowerCase())!;
    if (!ctx.ref) return { type: 'DATE', value: null, certainty: 'implied', relative: true };
    const anchor = ctx.anchorAt(sentence.start + match.index!, sentence.start + match.index! + match[0].length);
    const year = yearFor(ctx.ref, month, 0, anchor, ctx.ref.year);
    return { type: 'DATE', value: formatMonth(year, month), certainty: 'implied', relative: true, confidence: 0.75 };
  },
});
