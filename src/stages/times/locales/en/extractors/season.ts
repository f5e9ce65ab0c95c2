import { pad } from '../../../calendar.js';
import { regexExtractor } from '../../../regex-extractor.js';
import type { SentenceView } from '../../../types.js';

/** Season words → TIMEX3 season code and the month the season starts (northern hemisphere). */
const SEASONS: Readonly<Record<string, readonly [code: string, month: number]>> = {
  spring: ['SP', 3], summer: ['SU', 6], autumn: ['FA', 9], fall: ['FA', 9], winter: ['WI', 12],
};

/** Words before a bare season that make it a time: "in summer", "during the winter". */
const BEFORE = /\b(?:in|during|by|until|till|through|since|before|after|for|early|late|mid|over|throughout)\s+(?:the\s+)?$/i;

/**
 * Is a bare season a time, not a modifier or a name? Not "summer recreation", "the winter
 * season" (a noun follows), "Russian Spring", "Winter Olympics" (capitalised inside a sentence),
 * "autumn-winter period".
 */
function isSeasonReading(match: RegExpMatchArray, sentence: SentenceView): boolean {
  const word = match[2]!;
  const start = match.index! + match[0].indexOf(word);
  if (word[0] !== word[0]!.toLowerCase() && start > 0) return false;
  if (!BEFORE.test(sentence.text.slice(Math.max(0, start - 20), start))) return false;
  const next = sentence.tokens.find((t) => t.start >= sentence.start + match.index! + match[0].length);
  return !next || (next.pos !== 'NOUN' && next.pos !== 'PROPN' && next.normal !== '-');
}

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
    if (!shift && !isSeasonReading(match, sentence)) return null;
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
