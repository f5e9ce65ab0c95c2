import type { TimeRefiner } from '../../../types.js';

/** Month names that are also common verbs or names. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'sep', 'oct', 'dec', 'jun', 'jul', 'aug', 'apr', 'feb', 'nov']);

/** Words before a month name that make it a month: "in May", "between March and May", "early May". */
const MONTH_CONTEXT = /\b(?:in|on|since|until|till|by|from|to|and|of|between|through|early|late|mid|last|next|this|during|before|after)\s+$/i;

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
      const before = sentence.text.slice(Math.max(0, c.start - sentence.start - 12), c.start - sentence.start);
      const after = sentence.text.slice(c.end - sentence.start, c.end - sentence.start + 6);
      // "between March and May", "in May", "May 9": the words around make it a month whatever the tag.
      if (MONTH_CONTEXT.test(before) || /^\s*(?:\d|[.,;:)]|$)/.test(after)) return !/^\s+(?:I|we|you|he|she|it|they)\b/.test(after);
      const token = sentence.tokens.find((t) => t.start === c.start);
      if (token && (token.pos === 'VERB' || token.pos === 'AUX')) return false;
      // "May God protect …", "May I ask": a sentence-opening "May" before a word is the modal.
      if (text.toLowerCase() === 'may' && (c.start === sentence.start || /^\s+(?:I|we|you|he|she|it|they|be|have|not)\b/.test(after))) return false;
      return true;
    });
  },
};
