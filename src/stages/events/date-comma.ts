import type { Token } from '../../core/doc.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './time-phrase.js';

// The commas of a written date ("on October 30, 2003, at a meeting", "on Tuesday, March 4") are
// no clause breaks: the verb before the date governs what follows it. Read by clauses.ts.

/** Month names and their wire abbreviations, as the tokeniser lower-cases them. */
const MONTHS = new Set([...MONTH_NAMES,
  'jan', 'jan.', 'feb', 'feb.', 'mar.', 'apr', 'apr.', 'jun.', 'jul.', 'aug', 'aug.', 'sep', 'sep.', 'sept', 'sept.', 'oct', 'oct.', 'nov', 'nov.', 'dec', 'dec.']);
/** Weekday names, which a date may follow after a comma ("on Tuesday, March 4"). */
const WEEKDAYS = new Set(WEEKDAY_NAMES);
/** A day of the month. */
const DAY = /^(?:[1-9]|[12]\d|3[01])$/;
/** A year. */
const YEAR = /^(?:1[89]|20)\d\d$/;

/** Is `t` a month name, not the verb or noun "may"/"march" (those are not proper nouns)? */
function isMonth(t: Token | undefined): boolean {
  return t !== undefined && MONTHS.has(t.normal) && (t.pos === 'PROPN' || (t.normal !== 'may' && t.normal !== 'march'));
}

/** Is "MONTH DAY" at `k - 1` (day) and `k - 2` (month)? */
function monthDayBefore(tokens: readonly Token[], k: number): boolean {
  return DAY.test(tokens[k - 1]?.normal ?? '') && isMonth(tokens[k - 2]);
}

/**
 * Is the comma at `k` one of a date's: between its day and year ("October 30, 2003"), right after
 * such a year before a preposition ("October 30, 2003, at a meeting"), between a weekday and its date
 * ("Tuesday, March 4") or right after that date before a preposition ("Tuesday, March 4, in Lima")?
 */
export function dateComma(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.normal !== ',') return false;
  const next = tokens[k + 1];
  if (monthDayBefore(tokens, k) && YEAR.test(next?.normal ?? '')) return true;
  // The comma that closes a date keeps the clause only before a preposition ("2003, at a meeting"): before a verb ("of
  // January 14, 1994, was destroyed") or a name ("2003, Russia said") it also closes a subject or opens another clause.
  const closing = next?.pos === 'ADP';
  if (closing && YEAR.test(tokens[k - 1]?.normal ?? '') && tokens[k - 2]?.normal === ',' && monthDayBefore(tokens, k - 2)) return true;
  // "on Tuesday, October 30, at a meeting": the comma after a date a weekday opens.
  if (closing && monthDayBefore(tokens, k) && tokens[k - 3]?.normal === ',' && WEEKDAYS.has(tokens[k - 4]?.normal ?? '')) return true;
  return WEEKDAYS.has(tokens[k - 1]?.normal ?? '') && (isMonth(next) || (DAY.test(next?.normal ?? '') && isMonth(tokens[k + 2])));
}
