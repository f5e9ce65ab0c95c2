import { regexExtractor } from '../../../regex-extractor.js';
import { periodValue } from './relative-period.js';

/** Boundary words → TIMEX3 mod. */
const BOUNDARY: Readonly<Record<string, 'START' | 'MID' | 'END'>> = { start: 'START', beginning: 'START', middle: 'MID', end: 'END', close: 'END' };

/**
 * A boundary of the current period: "the end of the year" (2025, END), "the beginning of the
 * month", "end of the week". Not "the end of the war" (no period word) and not "the end of last
 * year" (relative-period and the mod-prefix refiner read that).
 */
export const periodBoundary = regexExtractor({
  rule: 'times/en/period-boundary',
  keys: ['week', 'month', 'year'],
  pattern: /\b(?:the\s+)?(start|beginning|middle|end|close)\s+of\s+(?:the\s+)?(week|month|year)\b(?!-)/gi,
  extract(match, _sentence, ctx) {
    return {
      type: 'DATE', certainty: 'known', relative: true, mod: BOUNDARY[match[1]!.toLowerCase()]!,
      value: ctx.ref ? periodValue(ctx.ref, match[2]!.toLowerCase(), 0) : null,
    };
  },
});
