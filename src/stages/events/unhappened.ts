/**
 * Drafts that name an act without telling that it happened. A hypothetical nominal ("a possible
 * visit by the President of France", "the importance of … a direct dialogue between Kiev and
 * Donetsk") is an act only wished for or weighed; a hypothetical verb between two known sides
 * ("could meet Chile") is kept. A relation nominal that a verb of fostering governs ("would help
 * develop constructive Russian-British dialogue", "to expand cooperation between Russia and
 * Belarus") is the relationship itself, not a meeting or an act of cooperation.
 */
import type { Token } from '../../core/doc.js';
import type { DraftEvent } from './merge.js';

/** Verbs that foster or argue for a relationship rather than act within it ("championed a continued dialogue between Russia and Turkey"). */
const FOSTERING = new Set(['develop', 'promote', 'foster', 'deepen', 'strengthen', 'expand', 'enhance', 'broaden', 'build', 'boost', 'encourage', 'step', 'champion', 'advocate', 'favour', 'favor', 'urge']);
/** Words between the fostering verb and its nominal ("develop constructive Russian-British dialogue"). */
const MODIFIER = new Set(['ADJ', 'PROPN', 'NOUN', 'DET', 'PRON', 'PUNCT', 'CCONJ', 'ADP', 'ADV']);
/** How far back from the nominal the fostering verb may stand. */
const REACH = 7;

/** Is the nominal at `k` the object of a fostering verb? */
function fostered(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - REACH); j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB') return FOSTERING.has(t.lemma.toLowerCase());
    // Only a hyphen ("Russian-British") is read over among punctuation: a comma, colon or full stop ends the phrase.
    if (!MODIFIER.has(t.pos) || (t.pos === 'PUNCT' && t.normal !== '-')) return false;
  }
  return false;
}

/** Categories of relationships a verb may foster (a ceasefire strengthened is still a ceasefire). */
const RELATIONS = new Set(['CONSULT', 'SUPPORT', 'COOPERATE']);

/** Does the draft tell a happening, rather than an act wished for or a relationship fostered? */
export function happening(d: DraftEvent, tokens: readonly Token[]): boolean {
  const k = d.tokens[0];
  if (k === undefined || tokens[k]?.pos !== 'NOUN') return true;
  return d.status !== 'hypothetical' && !(RELATIONS.has(d.plover) && fostered(tokens, k));
}
