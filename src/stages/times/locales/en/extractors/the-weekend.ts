import { isoWeekday } from '../../../calendar.js';
import { regexExtractor } from '../../../regex-extractor.js';
import { periodValue } from './relative-period.js';

/**
 * "the weekend" after a preposition, resolved by the clause tense: "over the weekend" in a past
 * clause is the last weekend (this one if published on it), in a future clause the coming one.
 * Not "weekend" alone ("weekend trips").
 */
export const theWeekend = regexExtractor({
  rule: 'times/en/the-weekend',
  keys: ['weekend'],
  pattern: /\b(?:over|during|at|on|by|until|through|for)\s+(the\s+weekend)\b/gid,
  extract(match, sentence, ctx) {
    const [start, end] = match.indices![1]!;
    if (!ctx.ref) return { type: 'DATE', value: null, certainty: 'implied', relative: true, start, end };
    const anchor = ctx.anchorAt(sentence.start + start, sentence.start + end);
    const onWeekend = isoWeekday(ctx.ref) >= 6;
    const shift = anchor === 'past' && !onWeekend ? -1 : 0;
    return { type: 'DATE', value: periodValue(ctx.ref, 'weekend', shift), certainty: 'implied', relative: true, start, end };
  },
});
