import { type Day, formatDay } from '../../../calendar.js';
import { regexExtractor } from '../../../regex-extractor.js';
import { yearFor } from '../../../resolve.js';

/** Holidays on a fixed day: name (lower-cased, spaces single) → [month, day]. */
const FIXED: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['christmas', [12, 25]], ['christmas day', [12, 25]], ['christmas eve', [12, 24]], ['orthodox christmas', [1, 7]],
  ["new year's day", [1, 1]], ['new year day', [1, 1]], ["new year's eve", [12, 31]], ['new year', [1, 1]], ["new year's", [1, 1]],
  ['victory day', [5, 9]], ['may day', [5, 1]], ["international workers' day", [5, 1]], ["international women's day", [3, 8]],
  ['halloween', [10, 31]], ["valentine's day", [2, 14]], ['earth day', [4, 22]],
]);

/** Western Easter Sunday of a year (the anonymous Gregorian computus). */
export function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

const NAMES = [...FIXED.keys(), 'easter', 'easter sunday'].sort((x, y) => y.length - x.length).map((n) => n.replace(/ /g, '\\s+').replace(/'/g, "['’]")).join('|');

/**
 * Named holidays: "Christmas" (12-25), "Victory Day" (05-09), "New Year's Eve", "Easter 2018"
 * (2018-04-01), "last Easter"; the year written after, given by last/next, or by the tense. Not
 * "Christmas tree", "New Year greetings" or "the Easter truce" (a noun follows: a kind of thing).
 */
export const holiday = regexExtractor({
  rule: 'times/en/holiday',
  keys: ['christmas', 'year', "year's", 'victory', 'may', "workers'", "women's", 'workers', 'women', 'halloween', "valentine's", 'valentine', 'earth', 'easter'],
  pattern: new RegExp(`\\b(?:(last|next|previous|following|this)\\s+)?(${NAMES})\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, 'gi'),
  extract(match, sentence, ctx) {
    const name = match[2]!.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
    const isEaster = name.startsWith('easter');
    const fixed = FIXED.get(name);
    if (!isEaster && !fixed) return null;
    if (name === 'may day' && match[2] !== 'May Day') return null;
    // "New Year greetings", "the Easter truce": a holiday naming a kind of thing, not a day.
    const next = sentence.tokens.find((t) => t.start >= sentence.start + match.index! + match[0].length);
    if (!match[3] && next && (next.pos === 'NOUN' || next.pos === 'PROPN')) return null;
    const on = (year: number): Day => (isEaster ? easter(year) : { year, month: fixed![0], day: fixed![1] });
    if (match[3]) return { type: 'DATE', value: formatDay(on(Number(match[3]))), certainty: 'known', relative: false };
    const ref = ctx.ref;
    if (!ref) return { type: 'DATE', value: null, certainty: 'implied', relative: true };
    const word = match[1]?.toLowerCase();
    const thisYear = on(ref.year);
    const passed = thisYear.month < ref.month || (thisYear.month === ref.month && thisYear.day < ref.day);
    let year: number;
    if (word === 'last' || word === 'previous') year = passed ? ref.year : ref.year - 1;
    else if (word === 'next' || word === 'following') year = passed ? ref.year + 1 : ref.year;
    else {
      const anchor = ctx.anchorAt(sentence.start + match.index!, sentence.start + match.index! + match[0].length);
      year = word === 'this' ? ref.year : yearFor(ref, thisYear.month, thisYear.day, anchor, passed ? ref.year + 1 : ref.year);
    }
    return { type: 'DATE', value: formatDay(on(year)), certainty: word ? 'known' : 'implied', relative: true };
  },
});
