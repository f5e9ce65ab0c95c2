import { quantityLexicon } from '../../../lexicon.js';
import { isCapitalised, normalAt, sameSentence } from '../../../token-helpers.js';
import type { Candidate, Refiner } from '../../../types.js';

/**
 * Money: a currency symbol or code before the number ("$1.2 billion", "US$ 5bn", "€300m") or a
 * currency word after it ("1.5 billion roubles", "300 US dollars", "2.4 billion Russian roubles"). Sets `currency` and `unit` to
 * the ISO 4217 code. Not "500 pounds of explosives" (a weight).
 */
export const money: Refiner = {
  rule: 'quantities/en/money',
  refine(candidates, { tokens, text }) {
    const { currencyPrefix, currencySuffix } = quantityLexicon();
    return candidates.map((c): Candidate => {
      if (c.fraction) return c;
      const before = tokens[c.first - 1];
      if (before && sameSentence(tokens, c.first - 1, c.first)) {
        const code = currencyPrefix.get(before.normal) ?? (before.kind === 'currency' ? currencyPrefix.get(before.normal.slice(-1)) : undefined);
        if (code) {
          const us = before.normal === '$' && normalAt(tokens, c.first - 2) === 'us' && sameSentence(tokens, c.first - 2, c.first) ? 1 : 0;
          return { ...c, first: c.first - 1 - us, currency: code, unit: code, rule: this.rule };
        }
      }
      const between = tokens[c.last + 1];
      const skip = between && (between.normal === 'us' || isCapitalised(text, between) || between.pos === 'ADJ') && currencySuffix.has(normalAt(tokens, c.last + 2)) ? 1 : 0;
      const after = c.last + 1 + skip;
      const code = currencySuffix.get(normalAt(tokens, after));
      if (!code || !sameSentence(tokens, c.last, after) || (code === 'GBP' && normalAt(tokens, after + 1) === 'of')) return c;
      return { ...c, last: after, currency: code, unit: code, rule: this.rule };
    });
  },
};
