import type { TimeCandidate, TimeRefiner } from '../../../types.js';

/** What may stand between a date without a year and the year that completes it. */
const JOIN = /^\s*(?:,\s*|of\s+|in\s+)?$/i;

/**
 * Gives a month or day without a year the year written after it: "June of 1992" (1992-06),
 * "28 June in 2020", "4th of July, 1995", "January 19 of this year". The two candidates become one; the year is then stated,
 * so the certainty becomes known. Not "June, 2,000 troops" (the year must be a bare-year candidate).
 */
export const yearSuffix: TimeRefiner = {
  rule: 'times/refine/year-suffix',
  refine(candidates, sentence) {
    const out: TimeCandidate[] = [];
    for (const c of candidates) {
      const prev = out[out.length - 1];
      if (prev && (c.rule === 'times/en/bare-year' || c.rule === 'times/en/relative-period') && c.value && /^\d{4}$/.test(c.value) && prev.value && /^\d{4}-\d\d(?:-\d\d)?$/.test(prev.value) &&
        prev.certainty === 'implied' && prev.type === 'DATE' && JOIN.test(sentence.text.slice(prev.end - sentence.start, c.start - sentence.start))) {
        out[out.length - 1] = { ...prev, end: c.end, value: c.value + prev.value.slice(4), certainty: 'known', relative: c.relative };
        continue;
      }
      out.push(c);
    }
    return out;
  },
};
