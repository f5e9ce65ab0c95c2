import type { Token } from '../../../../../core/doc.js';
import { DENOMINATORS, DIGITS, MAGNITUDES, SMALL_NUMBERS, digitValue } from '../../../number-words.js';
import { normalAt, sameSentence, touching } from '../../../token-helpers.js';
import type { Candidate, Extractor } from '../../../types.js';

/** Words after "half" that show it is a quantity ("half of", "half the", "half its"). */
const AFTER_HALF = new Set(['of', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'all', 'those', 'these']);

/**
 * Fractions of something: "a third of", "two-thirds of", "one quarter of", "half of", "half the",
 * "two thirds", "one in five", "one out of three". An ordinal word is a fraction only before "of"
 * ("a third round" is not one) unless plural, and "half a million" is the cardinal 500,000.
 */
export const fraction: Extractor = {
  rule: 'quantities/en/fraction',
  find({ tokens }) {
    const found: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const hit = halfAt(tokens, i) ?? ordinalFractionAt(tokens, i) ?? oneInAt(tokens, i);
      if (!hit) continue;
      found.push({ first: i, last: hit.last, coreFirst: i, coreLast: hit.last, value: hit.value, approx: null, fraction: hit.fraction, rule: this.rule, confidence: 0.85 });
      i = hit.last;
    }
    return found;
  },
};

/** What one fraction pattern read. */
interface Hit {
  readonly value: number;
  readonly last: number;
  readonly fraction: boolean;
}

/** "half of", "half the", and the cardinals "half a million", "half a dozen", "half million", "quarter million". */
function halfAt(tokens: readonly Token[], i: number): Hit | null {
  if (tokens[i]!.normal === 'quarter' && MAGNITUDES.get(normalAt(tokens, i + 1))! >= 1000 && sameSentence(tokens, i, i + 1)) {
    return { value: MAGNITUDES.get(normalAt(tokens, i + 1))! / 4, last: i + 1, fraction: false };
  }
  if (tokens[i]!.normal !== 'half' || !sameSentence(tokens, i, i + 1)) return null;
  const next = normalAt(tokens, i + 1);
  const magnitude = MAGNITUDES.get(normalAt(tokens, i + 2));
  if ((next === 'a' || next === 'an') && magnitude !== undefined && sameSentence(tokens, i, i + 2)) return { value: magnitude / 2, last: i + 2, fraction: false };
  const bare = MAGNITUDES.get(next);
  if (bare !== undefined && bare >= 1000) return { value: bare / 2, last: i + 1, fraction: false };
  if (!AFTER_HALF.has(next) || normalAt(tokens, i - 1) === 'a' || normalAt(tokens, i - 1) === 'and') return null;
  return { value: 0.5, last: i, fraction: true };
}

/** "a third of", "two-thirds of", "three quarters of": a numerator, a denominator word, then "of"; not "a metre and a half of". */
function ordinalFractionAt(tokens: readonly Token[], i: number): Hit | null {
  const word = tokens[i]!.normal;
  if (normalAt(tokens, i - 1) === 'and') return null;
  const numerator = word === 'a' || word === 'an' ? 1 : SMALL_NUMBERS.get(word);
  if (numerator === undefined || numerator === 0 || numerator > 10) return null;
  const denominatorAt = normalAt(tokens, i + 1) === '-' && touching(tokens, i) && touching(tokens, i + 1) ? i + 2 : i + 1;
  const denominator = DENOMINATORS.get(normalAt(tokens, denominatorAt));
  if (denominator === undefined || denominator <= numerator || !sameSentence(tokens, i, denominatorAt + 1)) return null;
  // An ordinal word ("a third", "one fifth") is a fraction before "of"; a plural ("two thirds") or hyphenated one ("one-fourth") always is.
  const plural = numerator > 1 && normalAt(tokens, denominatorAt).endsWith('s');
  const hyphenated = denominatorAt === i + 2 && word !== 'a' && word !== 'an';
  if (normalAt(tokens, denominatorAt + 1) !== 'of' && !plural && !hyphenated) return null;
  return { value: numerator / denominator, last: denominatorAt, fraction: true };
}

/** "one in five", "1 in 10", "two out of five": a proportion. */
function oneInAt(tokens: readonly Token[], i: number): Hit | null {
  const numerator = tokens[i]!.kind === 'number' ? digitValue(tokens[i]!.normal) : SMALL_NUMBERS.get(tokens[i]!.normal);
  const outOf = normalAt(tokens, i + 1) === 'out' && normalAt(tokens, i + 2) === 'of' ? 1 : 0;
  if (numerator === undefined || Number.isNaN(numerator) || (normalAt(tokens, i + 1) !== 'in' && !outOf) || !sameSentence(tokens, i, i + 2 + outOf)) return null;
  const after = tokens[i + 2 + outOf]!;
  const denominator = after.kind === 'number' && DIGITS.test(after.normal) ? digitValue(after.normal) : SMALL_NUMBERS.get(after.normal);
  if (denominator === undefined || !(denominator > numerator) || denominator > 1000) return null;
  return { value: numerator / denominator, last: i + 2 + outOf, fraction: true };
}
