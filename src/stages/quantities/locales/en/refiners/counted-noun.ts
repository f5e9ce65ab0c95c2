import type { Token } from '../../../../../core/doc.js';
import { quantityLexicon } from '../../../lexicon.js';
import { isCapitalised, normalAt, phraseAt, sameSentence, touching } from '../../../token-helpers.js';
import type { Candidate, Refiner } from '../../../types.js';

/** Parts of speech that can stand in a noun phrase between the number and its head noun. */
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB']);

/** Words that say what happened to those counted, not what they are ("2 hurt", "40 dead"), though tagged as nouns. */
const STATES = new Set(['hurt', 'dead', 'wounded', 'injured', 'killed', 'missing', 'dying', 'detained', 'arrested']);

/** Words tagged as nouns that never belong to a counted noun phrase ("three people today"). */
const STOPS = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'overnight']);

/** Determiners and possessive pronouns after "of" ("a third of the", "40% of its"). */
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'these', 'those', 'this', 'that', 'all']);

/**
 * The thing counted: the head noun after the number and its modifiers, kept as written (plural):
 * "300 Ukrainian children" counts "children", "four Russian airfields" "airfields", "500
 * prisoners of war" "prisoners of war" (a fixed compound), and after "of" for fractions and
 * partitives "over a third of Russia's strategic bombers" counts "strategic bombers".
 * Capitalised modifiers (nationalities, names) and words that say which rather than what
 * ("other", "new") are left out. Money keeps its currency as unit; "2 GB" (no common noun) has none.
 */
export const countedNoun: Refiner = {
  rule: 'quantities/en/counted-noun',
  refine(candidates, input) {
    const { tokens, text } = input;
    return candidates.map((c): Candidate => {
      if (c.currency || c.unit) return c;
      let start = c.last + 1;
      const hyphen = normalAt(tokens, start) === '-' && touching(tokens, c.last) && touching(tokens, start);
      if (hyphen) start += 1;
      else if (normalAt(tokens, start) === 'of' && !c.pronounLike) start = afterDeterminers(tokens, start + 1);
      // A percentage counts what it is a share of, said after "of"; "a 29% increase" does not count increases.
      else if (c.percent) return c;
      if (!sameSentence(tokens, c.last, start)) return c;
      const attached = start === c.last + 1 && touching(tokens, c.last) && tokens[start]!.kind === 'word';
      if (hyphen && normalAt(tokens, start) === 'strong') start += 1;
      else if (attached || hyphen) {
        // A unit written against the number or hyphenated to it ("100m", "5km", "a 250.7-km section") is a measure: it is the unit, alone.
        return tokens[start]?.kind === 'word' ? { ...c, last: start, head: start, unit: text.slice(tokens[start]!.start, tokens[start]!.end) } : c;
      }
      const phrase = nounPhrase(tokens, text, start);
      if (!phrase) return c;
      return { ...c, last: phrase.last, head: phrase.head, unit: phrase.unit };
    });
  },
};

/** The first token after determiners and a possessor ("the", "Russia's", "the country's"). */
function afterDeterminers(tokens: readonly Token[], i: number): number {
  let k = i;
  if (DETERMINERS.has(normalAt(tokens, k))) k++;
  let j = k;
  while (tokens[j] && (tokens[j]!.pos === 'PROPN' || tokens[j]!.pos === 'NOUN') && sameSentence(tokens, i, j)) j++;
  const mark = normalAt(tokens, j);
  if (j > k && (mark === "'s" || mark === '’s' || mark === "'" || mark === '’')) return j + 1;
  return k;
}

/** A head noun and the words kept with it. */
interface Phrase {
  readonly head: number;
  readonly last: number;
  readonly unit: string;
}

/** The noun phrase starting at `start`: its head is the last common noun of the run of modifiers. */
function nounPhrase(tokens: readonly Token[], text: string, start: number): Phrase | null {
  const { compounds, dropWords } = quantityLexicon();
  let head = -1;
  for (let k = start; k < tokens.length && sameSentence(tokens, start, k); k++) {
    const token = tokens[k]!;
    if (token.normal === '-' && touching(tokens, k - 1) && touching(tokens, k)) continue;
    const hyphenated = k > start && normalAt(tokens, k - 1) === '-' && touching(tokens, k - 1);
    if (hyphenated && token.kind === 'word' && token.pos !== 'NOUN') continue;
    if (!MODIFIER_POS.has(token.pos) || token.kind !== 'word') break;
    if (token.pos === 'VERB' && !/(?:ed|ing)$/.test(token.normal)) break;
    if (STOPS.has(token.normal)) break;
    // "2 hurt" ends at the state; in "two wounded men" the state modifies the noun after it.
    if (STATES.has(token.normal) && tokens[k + 1]?.pos !== 'NOUN') break;
    // A participle modifies only before the nouns start: "two Presidents discussed aspects" ends at "Presidents".
    if (token.pos === 'VERB' && k > start && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) break;
    if (token.pos === 'NOUN') head = k;
    else if (head >= 0) break;
    // A plural noun ends the phrase: "1,000 companies work" counts companies (compounds take singular modifiers).
    if (token.pos === 'NOUN' && token.lemma !== token.normal && token.normal.endsWith('s') && tokens[k + 1]?.pos === 'NOUN' && !tokens[k + 1]!.normal.endsWith('s')) break;
  }
  // "21.4 million Russians": a plural name of people stands as the head when no common noun does.
  if (!(head >= 0 && head > start && tokens[start]!.pos === 'NOUN') && tokens[start]?.pos === 'PROPN' && /^[A-Z][a-z]+s$/.test(text.slice(tokens[start]!.start, tokens[start]!.end))) head = start;
  if (head < 0) return null;
  const words: string[] = [];
  let glue = false;
  for (let k = start; k <= head; k++) {
    const token = tokens[k]!;
    const written = text.slice(token.start, token.end);
    if (token.normal === '-') {
      glue = words.length > 0;
      if (glue) words[words.length - 1] += '-';
      continue;
    }
    const form = /^[A-Z0-9]{2,}s?$/.test(written) || token.pos === 'PROPN' ? written : token.normal;
    if (glue) words[words.length - 1] += form;
    else if (k === head || !(isCapitalised(text, token) || dropWords.has(token.normal) || STATES.has(token.normal))) words.push(form);
    glue = false;
  }
  let last = head;
  for (const rest of compounds.get(tokens[head]!.normal) ?? []) {
    const end = phraseAt(tokens, head + 1, rest);
    if (end >= 0) {
      words.push(...rest);
      last = end;
      break;
    }
  }
  return { head, last, unit: words.join(' ').replace(/-$/, '') };
}
