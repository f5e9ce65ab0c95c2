import { quantityLexicon } from '../../../lexicon.js';
import { normalAt, sameSentence } from '../../../token-helpers.js';
import type { Refiner } from '../../../types.js';

/** Words before "one" that make it a pronoun or a determiner ("the one", "no one", "any one"). */
const PRONOUN_BEFORE = new Set(['the', 'this', 'that', 'any', 'no', 'each', 'every', 'which', 'some', 'another', 'only', 'last', 'such']);

/**
 * Drops "one" when it is a pronoun rather than a count: it must count a noun right after it
 * ("one soldier", "one Ukrainian drone") and not follow a determiner ("on the one hand", "no one")
 * or precede "another" ("about one another"). Kept after a casualty verb ("killing one"). Drops "one of them" too (a partitive names one
 * member, not an amount), and a hedged "at least one" with no noun (the noun is elsewhere).
 */
export const skipPronounOne: Refiner = {
  rule: 'quantities/en/skip-pronoun-one',
  refine(candidates, { tokens }) {
    const { casualties } = quantityLexicon();
    return candidates.filter((c) => {
      if (!c.pronounLike || c.max !== undefined) return true;
      // "killing one", "wounded one": after a casualty verb, "one" is the count of victims.
      const verb = tokens[c.first - 1];
      if (verb && verb.pos === 'VERB' && sameSentence(tokens, c.first - 1, c.first) && casualties.has(verb.lemma)) return true;
      if (c.unit === undefined || normalAt(tokens, c.coreLast + 1) === 'another') return false;
      return !(sameSentence(tokens, c.first - 1, c.first) && PRONOUN_BEFORE.has(normalAt(tokens, c.first - 1)));
    });
  },
};
