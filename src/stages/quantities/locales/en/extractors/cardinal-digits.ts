import { quantityLexicon } from '../../../lexicon.js';
import { DIGITS } from '../../../number-words.js';
import { parseCardinal } from '../../../parse-cardinal.js';
import type { Token } from '../../../../../core/doc.js';
import type { Candidate, Extractor } from '../../../types.js';

/** A number that only appears in phone numbers and codes: "+7", "123-45-67". */
const PHONE_PART = /^\+|\d-\d+-\d/;

/**
 * Numbers written in digits, with any magnitude words after them: "300", "1,200", "1.2 million",
 * "€300m" (the "m" read as million only after a currency). Not "10:30" or "5th" (not plain
 * digits), and no part of a phone number ("+7 495 123-45-67": three or more numbers in a row, or
 * one with a "+" or two hyphens).
 */
export const cardinalDigits: Extractor = {
  rule: 'quantities/en/cardinal-digits',
  find({ tokens }) {
    const { currencyPrefix } = quantityLexicon();
    const found: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'number') continue;
      const run = numberRun(tokens, i);
      if (run.phone) {
        i = run.last;
        continue;
      }
      if (!DIGITS.test(token.normal)) continue;
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

/** The run of number tokens separated only by spaces from token `i`, and whether it looks like a phone number. */
function numberRun(tokens: readonly Token[], i: number): { last: number; phone: boolean } {
  let last = i;
  while (tokens[last + 1]?.kind === 'number' && tokens[last + 1]!.sentence === tokens[i]!.sentence) last++;
  let phone = last - i >= 2;
  for (let k = i; k <= last && !phone; k++) phone = PHONE_PART.test(tokens[k]!.normal);
  return { last, phone };
}
