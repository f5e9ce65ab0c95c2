import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import type { Clause } from './clauses.js';
import type { TriggerMatch } from './match-triggers.js';

// A bombing whose perpetrator the text does not name is coded, as PLOVER's gold codes it, from the
// country where it went off: "A roadside bombing near the town of Samarra killed one U.S. soldier"
// is Iraq's violence against the United States. Read by roles.ts, only when no source was found.

/** Nouns of a blast or of a device that goes off with no one named who set it. */
const BLASTS = new Set(['bomb', 'bombs', 'bombing', 'bombings', 'explosion', 'explosions', 'blast', 'blasts', 'device', 'devices', 'mine', 'mines',
  'landmine', 'landmines', 'minefield', 'ied', 'ieds', 'car-bomb']);
/** Prepositions of the place where it went off. */
const PLACE_PREPS = new Set(['in', 'near', 'outside', 'at', 'inside']);
/** Words that may stand between such a preposition and the place's name ("outside of the Iraqi city of Basra", "in a residential sector of … Beirut"). */
const PLACE_LEAD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADV', 'NUM']);
/** How far back from the name its preposition may stand. */
const PLACE_REACH = 8;
/** How far after a passive's "by" or "in" the blast noun may stand ("killed by an improvised explosive device"). */
const BLAST_REACH = 6;
/** Words that may stand before it there. */
const BLAST_LEAD = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);

/** Is the word at `k` a blast noun that heads its phrase ("a roadside bombing", "a car bomb explosion"), not a modifier ("a bomb technician")? */
function blastHead(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return BLASTS.has(tokens[k]!.normal) && !(next?.pos === 'NOUN' && !BLASTS.has(next.normal));
}

/**
 * How a blast did the harm, if it did: as the subject before the trigger ("A roadside bombing …
 * killed"), as the cause after a passive's "by" ("killed by an improvised explosive device"), or as
 * the circumstance after its "in" ("killed in a car bomb explosion"). A blast among the means of a
 * named subject ("Youths attacked a police station with petrol bombs") did not.
 */
function blastRole(tokens: readonly Token[], m: TriggerMatch, clause: Clause): 'subject' | 'by' | 'in' | undefined {
  for (let k = m.start - 1; k >= clause.start; k--) {
    if (tokens[k]!.pos === 'VERB') break;
    if (blastHead(tokens, k)) return 'subject';
  }
  const prep = tokens[m.end]?.normal;
  if (prep !== 'by' && prep !== 'in') return undefined;
  for (let k = m.end + 1; k < Math.min(clause.end, m.end + BLAST_REACH); k++) {
    if (blastHead(tokens, k)) return prep;
    if (!BLAST_LEAD.has(tokens[k]!.pos)) return undefined;
  }
  return undefined;
}

/** Does a place preposition stand before the group, over its modifiers and "of" phrases, with no verb between? */
function placeBefore(tokens: readonly Token[], g: ActorGroup, from: number): boolean {
  for (let k = g.start - 1; k >= Math.max(from, g.start - PLACE_REACH); k--) {
    const t = tokens[k]!;
    if (PLACE_PREPS.has(t.normal)) return true;
    if (!PLACE_LEAD.has(t.pos) && t.normal !== 'of') return false;
  }
  return false;
}

/**
 * The place of an unclaimed blast that the violence at `m` tells of: a group of places only, after a
 * place preposition in the trigger's clause. Nothing when no blast noun stands close to the trigger,
 * nor for a blast that is only the circumstance ("killed in a bombing") of victims an actor names
 * ("three Iraqi civilians"): the place then says where, not whose violence it was.
 */
export function blastPlace(tokens: readonly Token[], m: TriggerMatch, clause: Clause, inClause: readonly ActorGroup[], victimNamed: boolean): ActorGroup | undefined {
  const role = m.kind === 'verb' ? blastRole(tokens, m, clause) : undefined;
  if (!role || (role === 'in' && victimNamed)) return undefined;
  const place = inClause.find((g) => g.mentions.every((x) => x.type === 'GPE') && (g.locative || placeBefore(tokens, g, clause.start)));
  return place ? { ...place, locative: false } : undefined;
}
