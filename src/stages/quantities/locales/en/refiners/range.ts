import type { Token } from '../../../../../core/doc.js';
import { MAGNITUDES } from '../../../number-words.js';
import { normalAt } from '../../../token-helpers.js';
import type { Candidate, Refiner } from '../../../types.js';

/** Words joining the two ends of a range, other than the "between … and" frame. */
const JOINERS = new Set(['-', '–', '—', 'to', 'or', 'through']);

/**
 * Ranges of two numbers: "between 200 and 300", "200 to 300", "200 - 300", "two or three".
 * The result has `value` (low) and `max` (high); a magnitude or a unit said once applies to both
 * ("between 1 and 2 million", "20 to 30 percent"). Not "from 40 to 50" (a change, two amounts),
 * and not when the second number is not larger ("52 - 35" is a score).
 */
export const range: Refiner = {
  rule: 'quantities/en/range',
  refine(candidates, { tokens }) {
    const out: Candidate[] = [];
    for (let k = 0; k < candidates.length; k++) {
      const a = candidates[k]!;
      const b = candidates[k + 1];
      const merged = b ? merge(a, b, tokens, this.rule) : null;
      if (merged) {
        out.push(merged);
        k++;
      } else out.push(a);
    }
    return out;
  },
};

/** The range made of `a` and `b`, or null when they are not one. */
function merge(a: Candidate, b: Candidate, tokens: readonly Token[], rule: string): Candidate | null {
  if (a.max !== undefined || b.max !== undefined || a.fraction !== b.fraction && !b.percent || a.vague || b.vague) return null;
  const between = normalAt(tokens, a.first - 1) === 'between' && b.first === a.last + 2 && normalAt(tokens, a.last + 1) === 'and';
  const joined = b.first === a.last + 2 && JOINERS.has(normalAt(tokens, a.last + 1)) && normalAt(tokens, a.first - 1) !== 'from';
  if (!between && !joined) return null;
  // "10 bln or 10 tln" are two amounts; "two or three" is one range.
  if (normalAt(tokens, a.last + 1) === 'or' && MAGNITUDES.has(normalAt(tokens, a.coreLast))) return null;
  if (tokens[a.first]!.sentence !== tokens[b.last]!.sentence) return null;
  let low = a.value;
  const magnitude = MAGNITUDES.get(normalAt(tokens, b.coreLast));
  if (magnitude !== undefined && magnitude >= 1000 && !MAGNITUDES.has(normalAt(tokens, a.coreLast)) && a.value * magnitude <= b.value) low = a.value * magnitude;
  if (b.percent && !a.percent) low /= 100;
  if (!(b.value > low)) return null;
  const currency = a.currency ?? b.currency;
  const { pronounLike: _one, ...rest } = a;
  return {
    ...rest,
    first: between ? a.first - 1 : a.first,
    last: b.last,
    coreLast: b.coreLast,
    value: low,
    max: b.value,
    fraction: b.fraction,
    ...(b.percent && { percent: true }),
    ...(currency && { currency, unit: currency }),
    rule,
  };
}
