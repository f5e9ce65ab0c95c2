import { regexExtractor } from '../../../regex-extractor.js';
import type { TimeAnchor } from '../../../types.js';
import { periodValue } from './relative-period.js';

/**
 * A past or future part of the current period: "earlier in the week", "earlier this month",
 * "later this year" → the period's value, anchored past or future. Not "earlier" alone.
 */
export const partOfCurrentPeriod = regexExtractor({
  rule: 'times/en/part-of-current-period',
  keys: ['earlier', 'later'],
  pattern: /\b(earlier|later)\s+(?:this|in\s+the)\s+(week|month|year)\b/gi,
  extract(match, _sentence, ctx) {
    const anchor: TimeAnchor = match[1]!.toLowerCase() === 'earlier' ? 'past' : 'future';
    return {
      type: 'DATE', certainty: 'known', relative: true, anchor,
      value: ctx.ref ? periodValue(ctx.ref, match[2]!.toLowerCase(), 0) : null,
    };
  },
});
