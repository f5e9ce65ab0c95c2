import type { Token } from '../../../../../core/doc.js';
import type { Casualty } from '../../../../../core/mention.js';
import { quantityLexicon } from '../../../lexicon.js';
import { normalAt, sameSentence } from '../../../token-helpers.js';
import type { Candidate, Refiner } from '../../../types.js';

/** Auxiliaries between a count and its passive verb ("12 people were killed", "have been wounded"). */
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'have', 'has', 'had', 'got', 'reportedly', 'reported', 'also', 'all', 'allegedly']);

/** Words between "toll" and its number ("death toll rose to 40", "the toll has climbed to", "a toll of"). */
const TOLL_GAP = new Set(['rose', 'risen', 'climbed', 'reached', 'stood', 'stands', 'hit', 'has', 'had', 'is', 'was', 'now', 'at', 'to', 'of', 'increased', 'jumped', 'grew']);

/**
 * Casualty counts, the most used quantities in conflict reporting: "killed at least 12 people",
 * "12 people were killed", "dozens wounded", "40 dead", "the death toll rose to 40", "300
 * casualties". Sets `casualty` to killed, wounded, missing, captured, displaced or casualties.
 * Not "12 soldiers arrived", not things ("captured three boats", "arrested four times"), and not
 * money or percentages ("killed 5% of").
 */
export const casualty: Refiner = {
  rule: 'quantities/en/casualty',
  refine(candidates, { tokens }) {
    const { casualties, nonPersonUnits } = quantityLexicon();
    const kindOf = (i: number): Casualty | undefined => {
      const token = tokens[i];
      if (!token) return undefined;
      if (token.pos === 'VERB' || token.pos === 'AUX') return casualties.get(token.lemma) ?? casualties.get(token.normal);
      if (token.pos === 'ADJ' || token.pos === 'NOUN') return casualties.get(token.normal);
      return undefined;
    };
    return candidates.map((c): Candidate => {
      if (c.currency || c.percent || (c.fraction && c.unit === undefined) || (c.head !== undefined && nonPersonUnits.has(tokens[c.head]!.normal))) return c;
      const kind = (c.head !== undefined ? casualtyNoun(tokens, c, c.head, kindOf, casualties) : undefined) ?? verbBefore(tokens, c, kindOf, casualties) ?? verbAfter(tokens, c, kindOf) ?? tollBefore(tokens, c);
      return kind ? { ...c, casualty: kind } : c;
    });
  },
};

/** "300 casualties", "40 deaths", "two wounded men": the counted noun or a modifier of it names the loss. */
function casualtyNoun(tokens: readonly Token[], c: Candidate, head: number, kindOf: (i: number) => Casualty | undefined, forms: ReadonlyMap<string, Casualty>): Casualty | undefined {
  if (tokens[head]!.pos === 'NOUN' && kindOf(head)) return kindOf(head);
  for (let k = c.coreLast + 1; k < head; k++) {
    // Modifiers only (wink may tag "wounded" a noun), not nouns: "two wounded men" counts casualties, "three death squads" does not.
    const modifier = tokens[k]!.pos !== 'NOUN' || tokens[k]!.normal.endsWith('ed');
    const kind = modifier ? forms.get(tokens[k]!.lemma) ?? forms.get(tokens[k]!.normal) : undefined;
    if (kind) return kind;
  }
  return undefined;
}

/** "killed at least 12 people", "wounding 40": a casualty verb just before the count. */
function verbBefore(tokens: readonly Token[], c: Candidate, kindOf: (i: number) => Casualty | undefined, forms: ReadonlyMap<string, Casualty>): Casualty | undefined {
  const i = c.first - 1;
  if (!sameSentence(tokens, i, c.first)) return undefined;
  const token = tokens[i]!;
  // wink sometimes tags "wounding" or "killing" as a noun; the -ing form in the lexicon still counts.
  return token.pos === 'VERB' || token.normal.endsWith('ing') ? kindOf(i) ?? forms.get(token.normal) : undefined;
}

/** "12 people were killed", "dozens wounded", "40 dead", "2 hurt" (tagged a noun): a casualty word just after it. */
function verbAfter(tokens: readonly Token[], c: Candidate, kindOf: (i: number) => Casualty | undefined): Casualty | undefined {
  let i = c.last + 1;
  while (AUXILIARIES.has(normalAt(tokens, i)) && i < c.last + 4) i++;
  if (!sameSentence(tokens, c.last, i)) return undefined;
  const pos = tokens[i]!.pos;
  return pos === 'VERB' || pos === 'ADJ' || pos === 'NOUN' ? kindOf(i) : undefined;
}

/** "the death toll rose to 40", "a death toll of 40": killed. */
function tollBefore(tokens: readonly Token[], c: Candidate): Casualty | undefined {
  let i = c.first - 1;
  while (i >= 0 && i > c.first - 6 && TOLL_GAP.has(normalAt(tokens, i))) i--;
  if (i === c.first - 1 || normalAt(tokens, i) !== 'toll' || !sameSentence(tokens, i, c.first)) return undefined;
  return 'killed';
}
