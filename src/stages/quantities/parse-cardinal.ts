import type { Token } from '../../core/doc.js';
import { DIGITS, MAGNITUDES, MONEY_MAGNITUDES, SMALL_NUMBERS, VAGUE_PLURALS, digitValue } from './number-words.js';
import { normalAt, sameSentence, touching } from './token-helpers.js';

/** A cardinal read from tokens: its value and its last token (inclusive). */
export interface ParsedCardinal {
  readonly value: number;
  readonly last: number;
}

/**
 * Reads a cardinal starting at token `i`: digits ("1,200"), digits with magnitudes ("1.2 million",
 * "€300m" when `money`), number words ("three hundred and fifty thousand", "twenty-five"), or
 * "a" + magnitude ("a dozen", "a hundred"), halves ("one and a half million"). Returns null when
 * token `i` does not start one.
 * Layout of the running sum: `total` holds completed thousands-groups, `group` the group being read.
 */
export function parseCardinal(tokens: readonly Token[], i: number, money = false): ParsedCardinal | null {
  const first = tokens[i];
  if (!first) return null;
  let total = 0;
  let group = 0;
  let last = -1;
  let k = i;
  let lastSmall: number | null = null;
  if (first.kind === 'number' && DIGITS.test(first.normal)) {
    group = digitValue(first.normal);
    last = i;
    k = i + 1;
    lastSmall = -1;
    const abbreviated = money ? MONEY_MAGNITUDES.get(normalAt(tokens, k).replace(/\.$/, '')) : undefined;
    if (abbreviated !== undefined && touching(tokens, i)) return { value: group * abbreviated, last: k };
  } else if (first.normal === 'a' || first.normal === 'an') {
    if (!MAGNITUDES.has(normalAt(tokens, i + 1)) || !sameSentence(tokens, i, i + 1)) return null;
    group = 1;
    k = i + 1;
  } else if (!SMALL_NUMBERS.has(first.normal) && !MAGNITUDES.has(first.normal)) {
    return null;
  }
  for (; k < tokens.length && sameSentence(tokens, i, k); k++) {
    const word = tokens[k]!.normal;
    const small = tokens[k]!.kind === 'number' ? undefined : SMALL_NUMBERS.get(word);
    // "3 dozens", "three thousands": a plural magnitude right after a number multiplies it.
    const magnitude = MAGNITUDES.get(word) ?? (last === k - 1 && lastSmall !== null ? VAGUE_PLURALS.get(word) : undefined);
    const half = word === 'and' && last === k - 1 ? halfAfterAnd(tokens, k) : 0;
    if (half > 0) {
      // "five and a half million" adds to the group; "3 million and a half" adds half the magnitude.
      const previous = MAGNITUDES.get(normalAt(tokens, k - 1)) ?? 0;
      if (previous >= 1000) total += previous * half;
      else group += half * (previous || 1);
      last = k + 2;
      k += 2;
      lastSmall = null;
      continue;
    }
    if (small !== undefined) {
      // "twenty five" and "twenty-five" join a tens word and a unit word; any other pair ends the number.
      if (lastSmall !== null && !(lastSmall >= 20 && lastSmall % 10 === 0 && small < 10)) break;
      group += small;
      lastSmall = small;
      last = k;
    } else if (magnitude !== undefined) {
      if (magnitude < 1000) group = (group || 1) * magnitude;
      else {
        total += (group || 1) * magnitude;
        group = 0;
      }
      lastSmall = null;
      last = k;
    } else if (word === '-' && touching(tokens, k - 1) && touching(tokens, k) && lastSmall !== null) {
      continue;
    } else if (word === 'and' && last === k - 1 && isMagnitude(tokens, k - 1) && SMALL_NUMBERS.has(normalAt(tokens, k + 1))) {
      continue;
    } else break;
  }
  if (last < 0) return null;
  return { value: total + group, last };
}

/** The fraction of "and a half" / "and a quarter" starting at token `k` ("and"), or 0. */
function halfAfterAnd(tokens: readonly Token[], k: number): number {
  const article = normalAt(tokens, k + 1);
  if ((article !== 'a' && article !== 'one') || !sameSentence(tokens, k, k + 2)) return 0;
  const word = normalAt(tokens, k + 2);
  return word === 'half' ? 0.5 : word === 'quarter' ? 0.25 : 0;
}

/** True when token `k` is "hundred", "thousand" or larger. */
function isMagnitude(tokens: readonly Token[], k: number): boolean {
  const m = MAGNITUDES.get(normalAt(tokens, k));
  return m !== undefined && m >= 100;
}
