/**
 * Where an act is aimed when its verb governs no object: a recipient inside its complement
 * ("threatened to cut off electricity to …"), whoever must meet a threat's condition, what a
 * protest's purpose names; and who protests when only a crowd is named.
 */
import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import type { Clause } from './clauses.js';
import { innerHyphen } from './retag.js';
import { SECTOR_PEOPLE } from './sector-people.js';
import { PHRASE_WORDS } from './subjects.js';

/** Is the group the first half of a two-country modifier ("Russian-French coordination")? It names a relation, not whom an act is aimed at. */
export function pairModifier(tokens: readonly Token[], g: ActorGroup, groups: readonly ActorGroup[]): boolean {
  return tokens[g.end]?.normal === '-' && groups.some((h) => h.start === g.end + 1);
}

/** Prepositions that name whom a thing in a complement goes to or is aimed at ("aid to Turkey", "sanctions against Iran"). */
const RECIPIENT_PREPS = new Set(['to', 'against', 'on', 'for']);
/** How far after a modifying group the noun it modifies and the recipient's preposition may stand ("European Union aid to Turkey"). */
const RECIPIENT_REACH = 4;

/**
 * Is the group only the owner of a thing that a later group receives ("would block European Union
 * aid to Turkey", "cut off Russian gas supplies to Ukraine")? It names a noun's maker, and whom the
 * complement aims at follows after "to" or "against".
 */
export function ownerBeforeRecipient(tokens: readonly Token[], g: ActorGroup, groups: readonly ActorGroup[], end: number): boolean {
  return recipientAfterOwner(tokens, g, groups, end) !== undefined;
}

/** The group that receives the thing a modifying group owns ("European Union aid to Turkey": Turkey), if any. */
export function recipientAfterOwner(tokens: readonly Token[], g: ActorGroup, groups: readonly ActorGroup[], end: number): ActorGroup | undefined {
  if (tokens[g.end]?.pos !== 'NOUN') return undefined;
  let k = g.end;
  while (k < Math.min(end, g.end + RECIPIENT_REACH) && tokens[k]!.pos === 'NOUN') k++;
  if (!RECIPIENT_PREPS.has(tokens[k]?.normal ?? '')) return undefined;
  let j = k + 1;
  while (j < end && ['DET', 'ADJ', 'NUM'].includes(tokens[j]!.pos)) j++;
  return groups.find((h) => h.start === j && !h.locative);
}

/** Nouns of a side that stands with an owner without being it ("Saudi Arabia's Yemeni allies", "Iran's proxies"). */
const ALLIES = new Set(['ally', 'allies', 'proxy', 'proxies']);
/** How many words may stand between an owner's "'s" and its ally noun ("Israel's militia ally", "the army's tribal allies"). */
const ALLY_REACH = 4;

/**
 * The side an owner's ally is, when the object is the owner of an ally noun: a group inside the phrase ("a commander of
 * Saudi Arabia's Yemeni allies": Yemen) or the place right after it ("Israel's militia ally in southern Lebanon": Lebanon).
 * An ally is no part of its owner: the owner is no target.
 */
export function allyOfOwner(tokens: readonly Token[], groups: readonly ActorGroup[], owner: ActorGroup): ActorGroup | undefined {
  if (tokens[owner.end]?.normal !== "'s" && tokens[owner.end]?.normal !== '’s') return undefined;
  let k = owner.end + 1;
  while (k < owner.end + 1 + ALLY_REACH && PHRASE_WORDS.has(tokens[k]?.pos ?? '') && !ALLIES.has(tokens[k]!.normal)) k++;
  if (!ALLIES.has(tokens[k]?.normal ?? '')) return undefined;
  return groups.find((g) => g.start > owner.end && g.end <= k && !g.locative) ?? groups.find((g) => g.locative && g.prep === k + 1 && tokens[k + 1]!.normal === 'in');
}

/** Possessive determiners that may stand before a complement's object ("a dispute with its European common market partners"). */
const OWNERS = new Set(['its', 'their', 'his', 'her', 'our']);

/** Is the group only a possessive determiner of a noun after it ("his commitment to …")? It owns the object; it is not the object. */
export function possessiveDeterminer(tokens: readonly Token[], g: ActorGroup): boolean {
  return g.end - g.start === 1 && OWNERS.has(tokens[g.start]!.normal) && PHRASE_WORDS.has(tokens[g.end]?.pos ?? '');
}

/**
 * Is the group at `start` an object inside a complement (after a verb or a recipient preposition, over determiners)?
 * With `owner`, also the owner after "of" of a noun there ("threatened to annex a disputed region of Guyana", "warned it
 * would respond to the deployment of U.S. missiles"): a threat is aimed at whose land or act its complement names, a refusal
 * at whose gathering or authority ("rejected an invitation to attend a meeting of Palestinian factions").
 */
export function complementObject(tokens: readonly Token[], start: number, from: number, owner = false): boolean {
  let k = start - 1;
  while (k > from && (['DET', 'ADJ', 'NUM'].includes(tokens[k]!.pos) || OWNERS.has(tokens[k]!.normal) || innerHyphen(tokens, k, start))) k--;
  const w = tokens[k]!;
  // After people, "from" says where they come from ("their counterparts from Belarus"), not whom the complement aims at ("support from the Assembly").
  if (w.normal === 'from' && ORIGIN_NOUNS.has(tokens[k - 1]?.normal ?? '')) return false;
  if (owner && w.normal === 'of' && tokens[k - 1]?.pos === 'NOUN' && k - 1 > from) return true;
  return w.pos === 'VERB' || ((w.pos === 'ADP' || w.pos === 'PART') && COMPLEMENT_PREPS.has(w.normal));
}

/**
 * Is the group at `start` no deeper than the first infinitive after the trigger? "rejected an invitation to attend a meeting …
 * to debate plans for independence from Israel": what the second infinitive's verb is aimed at is not what the rejection is.
 */
export function shallowComplement(tokens: readonly Token[], from: number, start: number): boolean {
  let infinitives = 0;
  for (let k = from; k < start; k++) if (tokens[k]!.normal === 'to' && tokens[k + 1]?.pos === 'VERB' && tokens[k + 2]?.normal !== '-' && ++infinitives > 1) return false;
  return true;
}

/** People whose "from" names their origin. */
export const ORIGIN_NOUNS = new Set(['counterparts', 'colleagues', 'partners', 'representatives', 'delegations', 'delegates', 'experts', 'officials', 'specialists',
  'guests', 'participants', 'people', 'refugees', 'migrants', 'students', 'investors', 'companies', 'businesses', 'envoys', 'diplomats', 'leaders', 'negotiators',
  'delegation', 'delegate', 'representative', 'envoy', 'official', 'diplomat', 'negotiator', 'team', 'teams']);
/** Prepositions of a complement's recipient ("threatened to cut off electricity to", "agreed to provide aid for"). */
const COMPLEMENT_PREPS = new Set(['with', 'to', 'against', 'on', 'at', 'into', 'toward', 'towards', 'from', 'for']);

/** Words opening the condition of a threat. */
const CONDITIONS = new Set(['if', 'unless']);

/** The subject of the first conditional clause after `clause` ("unless Israel rescinded …"): the group right after "if" / "unless", before its verb. */
export function conditionSubject(tokens: readonly Token[], clause: Clause, clauses: readonly Clause[], groups: readonly ActorGroup[]): ActorGroup | undefined {
  const at = clauses.indexOf(clause);
  // The next two clauses only: a condition further on belongs to a later verb.
  const next = clauses.slice(at + 1, at + 3).find((c) => CONDITIONS.has(tokens[c.start]!.normal));
  if (!next) return undefined;
  let verb = next.start + 1;
  while (verb < next.end && tokens[verb]!.pos !== 'VERB' && tokens[verb]!.pos !== 'AUX') verb++;
  return groups.find((g) => g.start > next.start && g.end <= verb && !g.locative && !g.agentive);
}

/**
 * Nouns of the crowds that protest ("Hundreds of thousands of people blocked streets"): the people of a sector (SECTOR_PEOPLE:
 * "workers", "journalists", "farmers") and crowds of no sector; not police, who block streets to keep order, nor lawmakers, whose
 * "protest" the pattern may have reached too far for.
 */
const CROWDS = new Set(['people', 'thousands', 'hundreds', 'crowd', 'activists', 'supporters', 'miners', 'strikers', 'women', ...SECTOR_PEOPLE]);

/** Is the token a crowd noun ("demonstrators", "villagers", "thousands")? */
export function crowdNoun(t: Token | undefined): boolean {
  return t !== undefined && CROWDS.has(t.normal);
}

/** Does a crowd noun stand before the verb in its clause? */
export function crowdBefore(tokens: readonly Token[], from: number, verb: number): boolean {
  for (let k = from; k < verb; k++) if (crowdNoun(tokens[k])) return true;
  return false;
}

/** Words that open what a protest is for or against ("to demand", "calling for", "in defiance of", "over"). */
const PROTEST_AIMS = new Set(['to', 'against', 'calling', 'demanding', 'protesting', 'defiance', 'over']);
/** How far after the trigger the aim may open, and how far after the aim word its actor may stand. */
const AIM_REACH = 10;
const AIM_ACTOR_REACH = 12;

/** The first actor named in a protest's purpose after the trigger; none past a comma (", police said"). */
export function protestAim(tokens: readonly Token[], from: number, end: number, groups: readonly ActorGroup[]): ActorGroup | undefined {
  // Each aim word in turn: "blocked roads leading to the city centre on Sunday to press their demands … from President Bouteflika's government".
  for (let k = from; k < Math.min(end, from + AIM_REACH); k++) {
    if (tokens[k]!.normal === ',') return undefined;
    if (!PROTEST_AIMS.has(tokens[k]!.normal)) continue;
    let stop = k + 1;
    while (stop < Math.min(end, k + 1 + AIM_ACTOR_REACH) && tokens[stop]!.normal !== ',') stop++;
    // The agent of what is protested is aimed at too: "to demand the return of property seized by Algerian government forces".
    // The protesters' own "their" owns the feeling ("to show their disapproval for the United States' policies"), at no one.
    const aimed = groups.find((g) => g.start > k && g.end <= stop && !g.locative && !possessiveDeterminer(tokens, g));
    if (aimed) return aimed;
  }
  return undefined;
}
