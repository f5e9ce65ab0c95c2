import type { Approximation } from '../../../../../core/mention.js';
import { normalAt, phraseAt, phraseBefore, touching } from '../../../token-helpers.js';
import type { Candidate, Refiner } from '../../../types.js';

/**
 * Hedges written before the number, longest first so "no more than" wins over "more than" and
 * "just over" over "over". "nearly" and "almost" say the true figure is below the number.
 */
const BEFORE: readonly (readonly [string, Approximation])[] = [
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
 * "about 70%", and after the number "300 or more", "300 or so", "300-odd", "300+". The hedge
 * joins the mention. Not "some of the 300" (the hedge must touch the number). A vague plural
 * ("more than dozens") keeps its at_least unless the hedge caps it ("up to hundreds").
 */
export const approximator: Refiner = {
  rule: 'quantities/en/approximator',
  refine(candidates, { tokens }) {
    return candidates.map((c): Candidate => {
      for (const [words, approx] of BEFORE_WORDS) {
        const first = phraseBefore(tokens, c.first, words);
        if (first >= 0) return { ...c, first, approx: c.vague && approx !== 'at_most' && approx !== 'less_than' ? c.approx : approx };
      }
      const next = c.last + 1;
      const orMore = phraseAt(tokens, next, ['or', 'more']);
      if (orMore >= 0) return { ...c, last: orMore, approx: 'at_least' };
      const orSo = phraseAt(tokens, next, ['or', 'so']);
      if (orSo >= 0) return { ...c, last: orSo, approx: 'about' };
      if (normalAt(tokens, next) === '+' && touching(tokens, c.last)) return { ...c, last: next, approx: 'at_least' };
      if (normalAt(tokens, next) === '-' && touching(tokens, c.last) && touching(tokens, next)) {
        const word = normalAt(tokens, next + 1);
        if (word === 'odd') return { ...c, last: next + 1, approx: 'about' };
        if (word === 'plus') return { ...c, last: next + 1, approx: 'at_least' };
      }
      return c;
    });
  },
};
