import { pad } from '../../../calendar.js';
import { regexExtractor } from '../../../regex-extractor.js';

/** Season words → TIMEX3 season code and the month the season starts (northern hemisphere). */
const SEASONS: Readonly<Record<string, readonly [code: string, month: number]>> = {
  spring: ['SP', 3], summer: ['SU', 6], autumn: ['FA', 9], fall: ['FA', 9], winter: ['WI', 12],
};

/**
 * Seasons: "the spring of 2000" (2000-SP), "last summer", "this winter", "in spring" (year by
 * tense). Not "fall" without a year or this/last/next ("prices fall" is a verb), not
 * "spring-summer" compounds.
 */
export const season = regexExtractor({
  rule: 'times/en/season',
  keys: ['spring', 'summer', 'autumn', 'fall', 'winter'],
  pattern: /\b(?:(this|last|next|coming|past)\s+)?(?:the\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?((?:19|20)\d\d))?\b(?!-)/gi,
  extract(match, sentence, ctx) {
    const word = match[2]!.toLowerCase();
    const [code, month] = SEASONS[word]!;
    const shift = match[1]?.toLowerCase();
    if (match[3]) return { type: 'DATE', value: `${match[3]}-${code}`, certainty: 'known', relative: false };
    if (word === 'fall' && !shift) return null;
    if (!ctx.ref) return { type: 'DATE', value: null, certainty: 'implied', relative: true };
    let year = ctx.ref.year;
    const started = month <= ctx.ref.month;
    if (shift === 'last' || shift === 'past') year -= 1;
    else if (shift === 'next' || shift === 'coming') year = started ? year + 1 : year;
    else if (!shift) {
      const anchor = ctx.anchorAt(sentence.start + match.index!, sentence.start + match.index! + match[0].length);
      if (anchor === 'past' && !started) year -= 1;
    }
    return { type: 'DATE', value: `${pad(year, 4)}-${code}`, certainty: shift ? 'known' : 'implied', relative: true };
  },
});
