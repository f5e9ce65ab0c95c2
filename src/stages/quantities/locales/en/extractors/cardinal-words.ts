import { SMALL_NUMBERS } from '../../../number-words.js';
import { parseCardinal } from '../../../parse-cardinal.js';
import type { Candidate, Extractor } from '../../../types.js';

/** Magnitude words that can open a number on their own ("hundred thousand dollars"). */
const STARTING_MAGNITUDES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);

/**
 * Numbers written in words: "four", "twenty-five", "three hundred and fifty thousand",
 * "a dozen", "a million". A lone "one" is marked `pronounLike` for a later refiner, since it is
 * mostly a pronoun ("one of them", "on the one hand"). Not "a" alone, not "first" (an ordinal).
 */
export const cardinalWords: Extractor = {
  rule: 'quantities/en/cardinal-words',
  find({ tokens }) {
    const found: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind === 'number' || !(SMALL_NUMBERS.has(token.normal) || STARTING_MAGNITUDES.has(token.normal) || token.normal === 'a' || token.normal === 'an')) continue;
      const parsed = parseCardinal(tokens, i);
      if (!parsed) continue;
      const pronounLike = token.normal === 'one' && parsed.last === i;
      found.push({ first: i, last: parsed.last, coreFirst: i, coreLast: parsed.last, value: parsed.value, approx: null, fraction: false, ...(pronounLike && { pronounLike }), rule: this.rule, confidence: 0.9 });
      i = parsed.last;
    }
    return found;
  },
};
