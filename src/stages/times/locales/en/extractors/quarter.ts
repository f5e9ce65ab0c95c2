import { pad } from '../../../calendar.js';
import { regexExtractor } from '../../../regex-extractor.js';

/** Ordinal words → quarter number. */
const ORDINAL: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };

/**
 * Business quarters: "the third quarter of 2009" (2009-Q3), "the first quarter of last year",
 * "Q2 2020", "2019-Q1", "2019 H2" (a half), "third-quarter" (the year implied by tense). Not "a quarter of the vote" (no ordinal).
 */
export const quarter = regexExtractor({
  rule: 'times/en/quarter',
  keys: ['quarter', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', '#digit'],
  pattern: /\b(?:(?:the\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)[-\s]quarter(?:\s+of\s+(?:(\d{4})|(this|last|next|the\s+previous)\s+year))?|([QH])([1-4])[-\s](\d{4})|(\d{4})[-\s]([QH])([1-4]))\b/gi,
  extract(match, sentence, ctx) {
    const letter = (match[4] ?? match[8])?.toUpperCase();
    if (letter) {
      const n = Number(match[5] ?? match[9]);
      if (letter === 'H' && n > 2) return null;
      return { type: 'DATE', value: `${match[6] ?? match[7]}-${letter}${n}`, certainty: 'known', relative: false };
    }
    const q = ORDINAL[match[1]!.toLowerCase()]!;
    const explicit = match[2];
    if (explicit) return { type: 'DATE', value: `${explicit}-Q${q}`, certainty: 'known', relative: false };
    if (!ctx.ref) return { type: 'DATE', value: null, certainty: 'implied', relative: true };
    const shift = match[3] ? ({ this: 0, last: -1, next: 1 } as Record<string, number>)[match[3].toLowerCase()] ?? -1 : undefined;
    let year = ctx.ref.year + (shift ?? 0);
    if (shift === undefined) {
      const current = Math.floor((ctx.ref.month - 1) / 3) + 1;
      const anchor = ctx.anchorAt(sentence.start + match.index!, sentence.start + match.index! + match[0].length);
      if (anchor === 'past' && q >= current) year -= 1;
    }
    return { type: 'DATE', value: `${pad(year, 4)}-Q${q}`, certainty: shift === undefined ? 'implied' : 'known', relative: true };
  },
});
