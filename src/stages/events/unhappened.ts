/**
 * Drafts that name an act without telling that it happened. A hypothetical nominal ("a possible
 * visit by the President of France", "the importance of … a direct dialogue between Kiev and
 * Donetsk") is an act only wished for or weighed; a hypothetical verb between two known sides
 * ("could meet Chile") is kept. A relation nominal that a verb of fostering governs ("would help
 * develop constructive Russian-British dialogue", "to expand cooperation between Russia and
 * Belarus") is the relationship itself, not a meeting or an act of cooperation. An act hoped or
 * wished for ("said he hoped to visit Japan", "hoped that the two sides would sign the treaty") is
 * no happening, not even one expected; a meeting named as a deadline ("must be ready by the summit",
 * "ahead of the talks") is a point in time, not the meeting told.
 */
import type { Token } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
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

/** Words of wishing: what they govern is wished for. Expecting ("expectations for a swap") is not among them: an expectation is kept as expected. */
const WISHING = new Set(['hope', 'hopes', 'hoped', 'hoping', 'hopeful', 'wish', 'wishes', 'wished', 'wishing']);
/** Words of expecting, planning or telling: the nearest of them before the trigger governs it, not a wish further back. */
const NOT_WISHING = new Set(['expect', 'expected', 'expects', 'expectation', 'expectations', 'anticipate', 'plan', 'plans', 'planned', 'said', 'says', 'announced', 'agreed', 'decided']);
/** Punctuation a wish does not reach over. */
const WISH_END = new Set(['.', ';', ':', '?', '!']);

/** Is the trigger at `k`, given the status "expected", governed by a word of hoping or wishing before it in its sentence ("hoped to visit", "hope that … would sign")? */
function hoped(tokens: readonly Token[], k: number, sentenceStart: number, mentions: readonly EntityMention[]): boolean {
  for (let j = k - 1; j >= sentenceStart; j--) {
    const t = tokens[j]!;
    if (WISH_END.has(t.normal) || NOT_WISHING.has(t.normal)) return false;
    // A word of a name is no wish: "The Children's Hope Foundation donated medical supplies".
    if (WISHING.has(t.normal)) return !mentions.some((m) => m.start <= t.start && t.end <= m.end);
  }
  return false;
}

/** Prepositions after which a meeting is the time something is due by or done before ("by the summit", "before the talks", "until the visit"). */
const DEADLINE = new Set(['by', 'before', 'until', 'till']);
/** Two-word prepositions of the same kind, by their last word and the word before it ("ahead of", "prior to", "eve of", "up to": "the run-up to" is tokenised "run - up to"). */
const DEADLINE_PAIRS = new Set(['ahead of', 'prior to', 'eve of', 'up to']);
/** Words that may stand between the preposition and the meeting's noun ("by the next Russia-EU summit", "before his visit"). */
const NOUN_PHRASE = new Set(['DET', 'PRON', 'ADJ', 'PROPN', 'NOUN', 'NUM', 'PART', 'PUNCT']);
/** How far back the preposition may stand ("in the run-up to the November 2003 Russia-EU summit"). */
const DEADLINE_REACH = 8;

/** Is the token a verb's past participle ("followed", "marked", "overshadowed", "taken")? */
function participle(t: Token | undefined): boolean {
  return t?.pos === 'VERB' && t.normal !== t.lemma.toLowerCase() && !t.normal.endsWith('ing') && !t.normal.endsWith('s');
}

/** Is the meeting nominal at `k` the object of a preposition of time ("by the summit", "ahead of the talks")? */
function deadline(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - DEADLINE_REACH); j--) {
    const t = tokens[j]!;
    // "was followed by talks", "marked by a meeting": "by" after a past participle names the passive's agent, no deadline.
    if (DEADLINE.has(t.normal)) return !(t.normal === 'by' && participle(tokens[j - 1]));
    if (DEADLINE_PAIRS.has(`${tokens[j - 1]?.normal ?? ''} ${t.normal}`)) return true;
    // Only a hyphen ("Russia-EU") or a possessive is read over among punctuation: a comma ends the phrase.
    if (!NOUN_PHRASE.has(t.pos) || (t.pos === 'PUNCT' && t.normal !== '-')) return false;
  }
  return false;
}

/**
 * Is the draft an act only hoped or wished for ("said he hoped to visit Japan", "I hope that meetings between Russia and Germany
 * will continue")? It is dropped, not kept as a wish: a wish lends its sides to any happening of its category in the article,
 * and a hope's sides ("the authorities in Kiev … establishing direct dialogue with the Donbass region") would be lent to a
 * meeting of others told elsewhere.
 */
export function hopedFor(d: DraftEvent, tokens: readonly Token[], sentenceStart: number, mentions: readonly EntityMention[]): boolean {
  const k = d.tokens[0];
  return k !== undefined && d.status === 'expected' && hoped(tokens, k, sentenceStart, mentions);
}

/** Does the draft tell a happening, rather than an act wished for, a relationship fostered or a meeting named as a deadline? */
export function happening(d: DraftEvent, tokens: readonly Token[]): boolean {
  const k = d.tokens[0];
  if (k === undefined || tokens[k]?.pos !== 'NOUN') return true;
  if ((d.basePlover ?? d.plover) === 'CONSULT' && deadline(tokens, k)) return false;
  return d.status !== 'hypothetical' && !(RELATIONS.has(d.plover) && fostered(tokens, k));
}
