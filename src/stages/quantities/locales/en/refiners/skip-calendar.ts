import type { Token } from '../../../../../core/doc.js';
import { normalAt, sameSentence } from '../../../token-helpers.js';
import type { Candidate, Refiner } from '../../../types.js';

/** Month names and their abbreviations, lower-cased. */
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'jan.', 'feb', 'feb.', 'mar', 'mar.', 'apr', 'apr.', 'jun', 'jun.', 'jul', 'jul.', 'aug', 'aug.', 'sep', 'sep.',
  'sept', 'sept.', 'oct', 'oct.', 'nov', 'nov.', 'dec', 'dec.',
]);

/** Words after a number that make it a clock time. */
const CLOCK = new Set(['am', 'a.m.', 'pm', 'p.m.', "o'clock", 'o’clock', 'gmt', 'utc', 'cet', 'msk', 'hours', 'hrs', 'h']);

/** Four digits that can be a year. */
const YEAR = /^(?:1\d|20)\d\d$/;

/** Words before a four-digit number that make it a year ("in 2018", "since 2014", "the 2018 agreement"). */
const YEAR_BEFORE = new Set([
  'in', 'since', 'by', 'of', 'until', 'till', 'from', 'before', 'after', 'during', 'through', 'to', 'early', 'late',
  'mid', 'mid-', 'spring', 'summer', 'autumn', 'fall', 'winter', 'year', 'the', 'and', 'or', ',', '–', '-', 'between', 'for', 'as',
]);

/**
 * Drops numbers that are parts of dates and times, which the times stage reads: days beside a
 * month ("4 June", "June 4", "1-3 June"), years ("in 2018", "June 2018", a lone "2014"), clock
 * times ("10 am", "0800 hours"). Keeps "2000 soldiers" (a year-like number counting a plural noun
 * with no year word before it).
 */
export const skipCalendar: Refiner = {
  rule: 'quantities/en/skip-calendar',
  refine(candidates, { tokens }) {
    return candidates.filter((c) => !(besideMonth(tokens, c) || isYear(tokens, c) || CLOCK.has(normalAt(tokens, c.coreLast + 1))));
  },
};

/** True when a month name is just before or after the number (a comma allowed: "June 4, 2018"). */
function besideMonth(tokens: readonly Token[], c: Candidate): boolean {
  if (c.currency || c.percent) return false;
  const before = normalAt(tokens, c.coreFirst - 1);
  const after = normalAt(tokens, c.coreLast + 1);
  const afterOf = after === 'of' ? normalAt(tokens, c.coreLast + 2) : '';
  const sameBefore = sameSentence(tokens, c.coreFirst - 1, c.coreFirst);
  if (sameBefore && MONTHS.has(before)) return true;
  if (sameBefore && before === ',' && MONTHS.has(normalAt(tokens, c.coreFirst - 3))) return true;
  return sameSentence(tokens, c.coreLast, c.coreLast + 1) && (MONTHS.has(after) || MONTHS.has(afterOf));
}

/**
 * True when the number reads as a year: four digits from 1000 to 2099, unhedged, not counting a
 * plural noun ("in 1589", "2018"); or a range of two such years with no noun ("2003–2004").
 */
function isYear(tokens: readonly Token[], c: Candidate): boolean {
  const token = tokens[c.coreFirst]!;
  if (c.max !== undefined) return c.unit === undefined && YEAR.test(String(c.value)) && YEAR.test(String(c.max));
  if (c.coreFirst !== c.coreLast || c.currency || c.percent || c.approx !== null || !YEAR.test(token.normal)) return false;
  const counts = c.head !== undefined && c.head === c.coreLast + 1 && tokens[c.head]!.normal.endsWith('s');
  return !counts || YEAR_BEFORE.has(normalAt(tokens, c.first - 1));
}
