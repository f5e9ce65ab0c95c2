import type { Token } from '../../core/doc.js';

/** The twelve month names in full, as the tokeniser lower-cases them (other date readers may share them). */
export const MONTH_NAMES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** The seven weekday names, as the tokeniser lower-cases them (other date readers may share them). */
export const WEEKDAY_NAMES: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * Words that open a time phrase after a preposition: "fired on Monday", "attacked at dawn", "shelled
 * on 12 May". A pattern's closing preposition names the act's target ("fired on the crowd"); a date
 * after it names when the act happened, not at whom.
 */
const TIME_WORDS = new Set([
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'dawn', 'dusk', 'night', 'midnight', 'noon', 'daybreak', 'nightfall', 'sunrise', 'sunset',
  'today', 'tonight', 'yesterday', 'tomorrow', 'weekend',
]);

/** Nouns of a part of the day after "the" ("on the night of", "on the morning of"). */
const DAY_PARTS = new Set(['night', 'morning', 'evening', 'afternoon', 'eve', 'weekend', 'day', 'same']);

/**
 * Does the preposition at `p` open a time phrase ("on Monday", "at dawn", "on 12 May", "on the
 * night of …") rather than the phrase of the act's target?
 */
export function opensTimePhrase(tokens: readonly Token[], p: number): boolean {
  const next = tokens[p + 1];
  if (!next) return false;
  if (TIME_WORDS.has(next.normal)) return next.normal !== 'may' || next.pos === 'PROPN';
  // "on 12 May": a day's number and a month name.
  if (next.kind === 'number') return TIME_WORDS.has(tokens[p + 2]?.normal ?? '');
  return next.normal === 'the' && DAY_PARTS.has(tokens[p + 2]?.normal ?? '');
}
