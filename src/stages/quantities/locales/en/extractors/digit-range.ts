import { DIGIT_RANGE, MAGNITUDES } from '../../../number-words.js';
import { normalAt, sameSentence } from '../../../token-helpers.js';
import type { Candidate, Extractor } from '../../../types.js';

/**
 * A range written as one token: "200-300", "10–15", with a magnitude after it applying to both
 * ends ("1-2 million"). Not "52-35" (the second number is smaller: a score or a code) and not
 * "123-45-67" (a phone number does not match).
 */
export const digitRange: Extractor = {
  rule: 'quantities/en/range',
  find({ tokens }) {
    const found: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'number') continue;
      const match = DIGIT_RANGE.exec(token.normal);
      if (!match) continue;
      const low = Number(match[1]!.replace(/,/g, ''));
      const high = Number(match[2]!.replace(/,/g, ''));
      if (!(high > low)) continue;
      const magnitude = sameSentence(tokens, i, i + 1) ? MAGNITUDES.get(normalAt(tokens, i + 1)) : undefined;
      const last = magnitude === undefined ? i : i + 1;
      const scale = magnitude ?? 1;
      found.push({ first: i, last, coreFirst: i, coreLast: last, value: low * scale, max: high * scale, approx: null, fraction: false, rule: this.rule, confidence: 0.9 });
    }
    return found;
  },
};
