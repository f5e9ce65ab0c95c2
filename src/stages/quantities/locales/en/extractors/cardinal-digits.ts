import { quantityLexicon } from '../../../lexicon.js';
import { DIGITS } from '../../../number-words.js';
import { parseCardinal } from '../../../parse-cardinal.js';
import type { Candidate, Extractor } from '../../../types.js';

/**
 * Numbers written in digits, with any magnitude words after them: "300", "1,200", "1.2 million",
 * "€300m" (the "m" read as million only after a currency). Not "10:30", "+7", "123-45-67" or
 * "5th": those tokens are not plain digits.
 */
export const cardinalDigits: Extractor = {
  rule: 'quantities/en/cardinal-digits',
  find({ tokens }) {
    const { currencyPrefix } = quantityLexicon();
    const found: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'number' || !DIGITS.test(token.normal)) continue;
      const before = tokens[i - 1];
      const money = before !== undefined && before.sentence === token.sentence && (before.kind === 'currency' || currencyPrefix.has(before.normal));
      const parsed = parseCardinal(tokens, i, money);
      if (!parsed) continue;
      found.push({ first: i, last: parsed.last, coreFirst: i, coreLast: parsed.last, value: parsed.value, approx: null, fraction: false, rule: this.rule, confidence: 0.95 });
      i = parsed.last;
    }
    return found;
  },
};
