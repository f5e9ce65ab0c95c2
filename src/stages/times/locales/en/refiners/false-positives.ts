import type { TimeRefiner } from '../../../types.js';

/** Month names that are also common verbs or names. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'sep', 'oct', 'dec', 'jun', 'jul', 'aug', 'apr', 'feb', 'nov']);

/**
 * Drops month names that the tagger reads as verbs or auxiliaries ("May I ask", "they march on
 * Kyiv") or that stand lower-cased on their own; a month with a day or year beside it stays.
 */
export const falsePositives: TimeRefiner = {
  rule: 'times/refine/false-positives',
  refine(candidates, sentence) {
    return candidates.filter((c) => {
      const text = sentence.text.slice(c.start - sentence.start, c.end - sentence.start);
      if (!AMBIGUOUS_MONTHS.has(text.toLowerCase())) return true;
      if (text[0] !== text[0]!.toUpperCase()) return false;
      const token = sentence.tokens.find((t) => t.start === c.start);
      if (token && (token.pos === 'VERB' || token.pos === 'AUX')) return false;
      const after = sentence.text.slice(c.end - sentence.start, c.end - sentence.start + 4);
      return !(text.toLowerCase() === 'may' && /^\s+(?:I|we|you|he|she|it|they|be|have|not)\b/.test(after));
    });
  },
};
