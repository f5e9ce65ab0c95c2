import { MAGNITUDES, VAGUE_PLURALS } from '../../../number-words.js';
import { normalAt, sameSentence } from '../../../token-helpers.js';
import type { Candidate, Extractor } from '../../../types.js';

/**
 * Plurals of magnitude: "dozens", "hundreds of", "thousands", "tens of thousands", "hundreds of
 * millions". Each is read as a lower bound, two of its unit ("dozens" at least 24, "tens of
 * thousands" at least 20,000), with `approx` at_least. Not "hundreds" after a digit ("5 hundreds").
 */
export const vagueMagnitude: Extractor = {
  rule: 'quantities/en/vague-magnitude',
  find({ tokens }) {
    const found: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i]!.normal;
      const tens = word === 'tens';
      const base = tens ? 10 : VAGUE_PLURALS.get(word);
      if (base === undefined || tokens[i - 1]?.kind === 'number') continue;
      let last = i;
      let value = 2 * base;
      const next = normalAt(tokens, i + 2);
      const scale = next.endsWith('s') ? VAGUE_PLURALS.get(next) : undefined;
      if (normalAt(tokens, i + 1) === 'of' && scale !== undefined && sameSentence(tokens, i, i + 2) && scale > base) {
        last = i + 2;
        value = 2 * base * scale;
      } else if (tens) continue;
      if (MAGNITUDES.has(normalAt(tokens, last + 1))) continue;
      found.push({ first: i, last, coreFirst: i, coreLast: last, value, approx: 'at_least', fraction: false, vague: true, rule: this.rule, confidence: 0.7 });
      i = last;
    }
    return found;
  },
};
