import { normalAt, phraseAt, sameSentence } from '../../../token-helpers.js';
import type { Candidate, Refiner } from '../../../types.js';

/**
 * Percentages: "40%", "40 percent", "40 per cent" become the fraction 0.4 (what it is a fraction
 * of, if said, is found later: "40% of voters"). "5 percentage points" stays 5, unit
 * "percentage points": a difference, not a share.
 */
export const percent: Refiner = {
  rule: 'quantities/en/percent',
  refine(candidates, { tokens }) {
    return candidates.map((c): Candidate => {
      if (c.fraction || c.currency) return c;
      const next = c.last + 1;
      if (!sameSentence(tokens, c.last, next)) return c;
      const points = phraseAt(tokens, next, ['percentage', 'points']);
      if (points >= 0) return { ...c, last: points, unit: 'percentage points', rule: this.rule };
      const word = normalAt(tokens, next);
      const last = word === '%' || word === 'percent' || word === 'pct' ? next : phraseAt(tokens, next, ['per', 'cent']);
      if (last < 0) return c;
      const share = (n: number | undefined): number | undefined => (n === undefined ? undefined : n / 100);
      return { ...c, last, value: c.value / 100, ...(c.max !== undefined && { max: share(c.max) }), fraction: true, percent: true, rule: this.rule };
    });
  },
};
