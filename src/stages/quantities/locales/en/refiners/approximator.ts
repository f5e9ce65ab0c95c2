import type { Token } from '../../../../../core/doc.js';
import type { Approximation } from '../../../../../core/mention.js';
import { normalAt, phraseAt, phraseBefore, touching } from '../../../token-helpers.js';
import type { Candidate, Refiner } from '../../../types.js';

/**
 * Hedges written before the number, longest first so "no more than" wins over "more than" and
 * "just over" over "over". "nearly" and "almost" say the true figure is below the number.
 */
const BEFORE: readonly (readonly [string, Approximation])[] = [
  ['greater than or equal to', 'at_least'], ['more than or equal to', 'at_least'], ['less than or equal to', 'at_most'],
  ['fewer than or equal to', 'at_most'], ['greater than', 'more_than'], ['larger than', 'more_than'], ['bigger than', 'more_than'],
  ['higher than', 'more_than'], ['smaller than', 'less_than'], ['lower than', 'less_than'],
  ['no more than', 'at_most'], ['not more than', 'at_most'], ['no fewer than', 'at_least'], ['no less than', 'at_least'],
  ['a minimum of', 'at_least'], ['a maximum of', 'at_most'], ['as many as', 'at_most'], ['as much as', 'at_most'],
  ['in excess of', 'more_than'], ['upwards of', 'more_than'], ['just over', 'more_than'], ['well over', 'more_than'],
  ['just under', 'less_than'], ['close to', 'about'], ['an estimated', 'about'],
  ['more than', 'more_than'], ['over', 'more_than'], ['above', 'more_than'], ['exceeding', 'more_than'],
  ['less than', 'less_than'], ['fewer than', 'less_than'], ['under', 'less_than'], ['below', 'less_than'],
  ['nearly', 'less_than'], ['almost', 'less_than'],
  ['at least', 'at_least'], ['up to', 'at_most'], ['at most', 'at_most'],
  ['about', 'about'], ['around', 'about'], ['some', 'about'], ['roughly', 'about'], ['approximately', 'about'],
  ['approx.', 'about'], ['estimated', 'about'], ['circa', 'about'],
  ['exactly', 'exactly'], ['precisely', 'exactly'],
];

/** The BEFORE phrases split into words, longest first. */
const BEFORE_WORDS = BEFORE.map(([phrase, approx]) => [phrase.split(' '), approx] as const).sort((x, y) => y[0].length - x[0].length);

/**
 * Approximators: "more than 300", "over a third", "nearly 40", "at least 12", "up to 5,000",
 * "greater than 100", "about 70%", and after the number "300 or more", "500 or less", "300 or so",
 * "300-odd", "300+" (which wins over a hedge before: "about 500 or more" is at least 500). The hedge
 * joins the mention. Not "some of the 300" (the hedge must touch the number). A vague plural
 * ("more than dozens") keeps its at_least unless the hedge caps it ("up to hundreds").
 */
export const approximator: Refiner = {
  rule: 'quantities/en/approximator',
  refine(candidates, { tokens }) {
    return candidates.map((c): Candidate => {
      // A hedge after the number says more than one before it ("about 500 or more" is at least 500).
      const after = suffixAt(tokens, c.last);
      let out: Candidate = after ? { ...c, last: after.last, approx: after.approx } : c;
      for (const [words, approx] of BEFORE_WORDS) {
        const first = phraseBefore(tokens, c.first, words);
        if (first < 0) continue;
        const kept = after !== null || (c.vague && approx !== 'at_most' && approx !== 'less_than');
        out = { ...out, first, approx: kept ? out.approx : approx };
        break;
      }
      return out;
    });
  },
};

/** Hedges written after the number: "or more", "or so", "or less", "or fewer", "or above". */
const AFTER: readonly (readonly [string, string, Approximation])[] = [
  ['or', 'more', 'at_least'], ['or', 'greater', 'at_least'], ['or', 'higher', 'at_least'], ['or', 'above', 'at_least'], ['or', 'so', 'about'],
  ['or', 'less', 'at_most'], ['or', 'fewer', 'at_most'], ['or', 'below', 'at_most'], ['or', 'lower', 'at_most'],
];

/** The hedge written right after token `last` ("or more", "+", "-odd", "-plus"), or null. */
function suffixAt(tokens: readonly Token[], last: number): { last: number; approx: Approximation } | null {
  const next = last + 1;
  for (const [or, word, approx] of AFTER) {
    const end = phraseAt(tokens, next, [or, word]);
    if (end >= 0) return { last: end, approx };
  }
  if (normalAt(tokens, next) === '+' && touching(tokens, last)) return { last: next, approx: 'at_least' };
  if (normalAt(tokens, next) === '-' && touching(tokens, last) && touching(tokens, next)) {
    const word = normalAt(tokens, next + 1);
    if (word === 'odd') return { last: next + 1, approx: 'about' };
    if (word === 'plus') return { last: next + 1, approx: 'at_least' };
  }
  return null;
}
