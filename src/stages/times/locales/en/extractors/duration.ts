import { groupEnd, groupStart, regexExtractor } from '../../../regex-extractor.js';
import type { TimeMod } from '../../../types.js';
import { NUMBER_WORD_PATTERN, readNumber, UNIT_PATTERN, UNITS } from '../vocabulary.js';

/** Hedges before an amount → TIMEX3 mod ("over an hour" is more than an hour). */
const MODS: ReadonlyMap<string, TimeMod> = new Map([
  ['more than', 'MORE_THAN'], ['over', 'MORE_THAN'], ['upwards of', 'MORE_THAN'],
  ['less than', 'LESS_THAN'], ['under', 'LESS_THAN'], ['nearly', 'LESS_THAN'], ['almost', 'LESS_THAN'], ['fewer than', 'LESS_THAN'],
  ['at least', 'EQUAL_OR_MORE'], ['no less than', 'EQUAL_OR_MORE'],
  ['up to', 'EQUAL_OR_LESS'], ['at most', 'EQUAL_OR_LESS'], ['no more than', 'EQUAL_OR_LESS'],
  ['about', 'APPROX'], ['around', 'APPROX'], ['roughly', 'APPROX'], ['approximately', 'APPROX'], ['some', 'APPROX'],
]);

const MOD_PATTERN = [...MODS.keys()].sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');
const AMOUNT = `(?:\\d+|${NUMBER_WORD_PATTERN})\\s+and\\s+(?:a\\s+)?half|\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|${NUMBER_WORD_PATTERN}|several|a\\s+few|few|many|recent|the\\s+(?:past|last|next|coming|previous|first|following)(?:\\s+(?:\\d+|${NUMBER_WORD_PATTERN}|few|several))?`;

/**
 * Groups: 1 hedge, 2 amount, 3 unit, 4 "and a half" ("one hour and a half"). A hyphen may join amount and unit ("18-month", "five-year").
 * Not "12-year-old", not "3 days ago" (a date: relative-ago), not "a second round".
 */
const PATTERN = new RegExp(
  `\\b(?:(${MOD_PATTERN})\\s+)?(${AMOUNT})(?:\\s+|-)(${UNIT_PATTERN})\\b(?![-\\s]+(?:old|ago)\\b)(?:-long\\b|(\\s+and\\s+(?:a\\s+)?half)\\b)?`,
  'gid',
);

/** The TIMEX3 duration of `amount` units; `X` when the amount is vague. */
export function durationValue(amount: number | 'X', unitWord: string): string | null {
  const unit = UNITS.get(unitWord.toLowerCase());
  if (!unit) return null;
  const n = amount === 'X' ? 'X' : String(Math.round(amount * unit.factor * 1000) / 1000);
  return `P${unit.time ? 'T' : ''}${n}${unit.letter}`;
}

/** The amount of a duration phrase, 'X' when vague, or null when it is not an amount. */
function amountOf(text: string, unitWord: string): number | 'X' | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  const plural = /s$/i.test(unitWord);
  const bare = t.replace(/^the (?:past|last|next|coming|previous|first|following) ?/, '');
  // "the following week", "the next day" and "the last minute" name a time, not a length; "the
  // past week" and "over the next year" are lengths.
  if (bare === '') {
    if (plural) return 'X';
    if (/^the (?:past|coming)/.test(t)) return /^(?:minute|second)$/i.test(unitWord) ? null : 1;
    return /^the (?:last|next)/.test(t) && /^(?:week|fortnight|month|year|decade|century)$/i.test(unitWord) ? 1 : null;
  }
  if (['several', 'a few', 'few', 'many', 'recent'].includes(bare)) return plural ? 'X' : null;
  return readNumber(bare);
}

/**
 * Durations: "18 months" (P18M), "24 hours" (PT24H), "over an hour" (PT1H, MORE_THAN), "the past
 * decade" (P10Y), "recent weeks" (PXW), "an hour-long call". Not "a second" (ordinal), not "one
 * day" opening a sentence about some day.
 */
export const duration = regexExtractor({
  rule: 'times/en/duration',
  keys: [...UNITS.keys()],
  pattern: PATTERN,
  extract(match) {
    const unitWord = match[3]!;
    const amount = amountOf(match[2]!, unitWord);
    // "2021 weekend", "the 2018 year": a year before a unit is not an amount.
    if (amount === null || (/^(?:19|20)\d\d$/.test(match[2]!) && !/s$/i.test(unitWord))) return null;
    if (/^seconds?$/i.test(unitWord) && /^an?$/i.test(match[2]!)) return null;
    const value = durationValue(amount === 'X' || !match[4] ? amount : amount + 0.5, unitWord);
    if (!value) return null;
    // "over recent weeks", "over the past year": "over" means during, not more than.
    const hedge = amount === 'X' || /^the\s/i.test(match[2]!) ? undefined : match[1]?.toLowerCase().replace(/\s+/g, ' ');
    const mod = hedge ? MODS.get(hedge) : undefined;
    const vague = /^(?:recent|the\s+(?:past|last))/i.test(match[2]!) ? ('past' as const) : /^the\s+(?:next|coming)/i.test(match[2]!) ? ('future' as const) : undefined;
    return {
      type: 'DURATION', value, certainty: 'known', relative: false,
      start: hedge ? groupStart(match, 1) : groupStart(match, 2), end: groupEnd(match, 0),
      confidence: amount === 'X' ? 0.6 : 0.85,
      ...(mod && { mod }),
      ...(vague && { anchor: vague }),
    };
  },
});
