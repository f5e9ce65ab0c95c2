import type { Token } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import type { TriggerMatch } from './match-triggers.js';
import { PLACED_PREPS, subjectEnd } from './subjects.js';

// An attitude of a population is no act. PLOVER's SUPPORT and REJECT (and CAMEO's appeals) are acts of
// actors: a government backing a bid, a party opposing a plan. "Most Germans support sending tanks",
// "both Russians and Ukrainians supported the idea", "the public favours talks" tell what a people, a
// public or a share of a population thinks: an opinion poll's finding, which no one did. Read by detect.ts.

/** Verbs of attitude: what one thinks of something, not what one does about it (CAMEO 05x/12x read as acts only of actors). */
const ATTITUDE_VERBS = new Set(['support', 'favour', 'favor', 'back', 'oppose', 'want', 'like', 'dislike', 'trust', 'distrust', 'prefer']);

/** Nouns that name a population as a whole or a share of one: as a subject they hold opinions, they do not act. */
const POPULATION = new Set(['people', 'peoples', 'public', 'citizens', 'residents', 'inhabitants', 'voters', 'electorate', 'population', 'populace', 'majority', 'minority']);

/** Words before "of" that make the people after it a share of a population ("the majority of Britons", "60 percent of Germans", "a third of"). */
const SHARES = new Set(['majority', 'minority', 'most', 'many', 'percent', 'per', 'cent', 'share', 'proportion', 'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'all', 'both']);

/** Quantifiers right before a people's name that make it a share of that people ("most Germans", "many Israelis"). */
const QUANTIFIERS = new Set(['most', 'many', 'few', 'all', 'both', 'ordinary']);

/** Words of a clause that tell of an act after all: a vote, a rally, a petition ("voters backed the plan in a referendum"). */
const ACT_WORDS = new Set(['vote', 'voted', 'votes', 'voting', 'referendum', 'ballot', 'ballots', 'election', 'elections', 'poll-booth', 'rally', 'rallied', 'rallies', 'petition', 'petitions', 'march', 'marched', 'demonstration', 'demonstrations', 'protest', 'protests', 'protested', 'signed', 'signatures', 'streets']);

/**
 * Is the verb trigger an attitude of a population: an attitude verb whose subject, right before it, is a population noun
 * ("the public", "local residents", "most people"), a people's name alone with a quantifier or in a list ("most Germans",
 * "Russians and Ukrainians") or a share "of" a people ("the majority of Britons"), with no act word in the clause?
 */
export function populationAttitude(tokens: readonly Token[], m: TriggerMatch, clause: { start: number; end: number }, entities: readonly EntityMention[]): boolean {
  if (m.kind !== 'verb' || !ATTITUDE_VERBS.has(tokens[m.head]!.lemma.toLowerCase())) return false;
  const k = subjectEnd(tokens, m.start, clause.start);
  if (k < clause.start || !(populationSubject(tokens, k, clause.start, entities) || placedPopulation(tokens, k, clause.start))) return false;
  for (let j = clause.start; j < clause.end; j++) if (ACT_WORDS.has(tokens[j]!.normal)) return false;
  return true;
}

/** Prepositions of a place after a population noun ("residents of Gaza", "people in Serbia", "voters across the country"). */
const PLACE_PREPS: ReadonlySet<string> = new Set([...PLACED_PREPS, 'of']);

/** Does the subject ending at `k` end in a place phrase after a population noun ("Local residents in Gaza want …")? */
function placedPopulation(tokens: readonly Token[], k: number, from: number): boolean {
  let j = k;
  while (j >= from && (tokens[j]!.pos === 'PROPN' || tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'DET')) j--;
  return j > from && j < k && PLACE_PREPS.has(tokens[j]!.normal) && POPULATION.has(tokens[j - 1]!.normal);
}

/** Is the noun at `k`, the end of a subject, a population, a people or a share of one? */
function populationSubject(tokens: readonly Token[], k: number, from: number, entities: readonly EntityMention[]): boolean {
  const head = tokens[k]!;
  if (POPULATION.has(head.normal)) return true;
  if (!peopleName(head, entities)) return false;
  const before = tokens[k - 1];
  if (k - 1 < from || !before) return true;
  // "most Germans", "the majority of Britons", "Russians and Ukrainians": a share of a people, or peoples listed.
  if (QUANTIFIERS.has(before.normal)) return true;
  if (before.normal === 'of') return SHARES.has(tokens[k - 2]?.normal ?? '');
  if (before.pos === 'CCONJ') return peopleName(tokens[k - 2], entities);
  return before.pos === 'DET' || before.pos === 'PUNCT' || before.pos === 'SCONJ';
}

/** Is the token a people's name, a plural demonym coded as that country's people ("Russians": RUSCVL), alone in its mention? */
function peopleName(token: Token | undefined, entities: readonly EntityMention[]): boolean {
  if (!token) return false;
  return entities.some((e) => e.start === token.start && e.end === token.end && /^[A-Z]{3}CVL$/.test(e.actor ?? '') && token.normal.endsWith('s'));
}
