import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import { afterMatch, type TriggerMatch } from './match-triggers.js';

// "The two leaders confirmed their readiness to continue cooperation", "Both sides agreed to resume
// talks": a joint act of a "both sides" or "the two leaders" subject is done by each side with the
// other, as a reciprocal pattern's compound subject is. Without a split the event kept the first side
// alone and lost the counterpart the text names, the commonest false event of the judged Kremlin samples.

/**
 * CAMEO codes of acts two sides do with each other: agreeing, consulting (03, 04), material cooperation
 * (06) and signing an agreement (057). Not the rest of 05: "the two leaders praised the prisoner
 * exchange" praises a third party's act, not each other.
 */
const JOINT = /^(03|04|06|057)/;

/** Is the group a "both sides" or "the two leaders" phrase whose act on nobody named is done between its sides? */
export function jointSides(group: ActorGroup | undefined, cameo: string): group is ActorGroup {
  return group !== undefined && group.bothSides && group.mentions.length > 1 && JOINT.test(cameo);
}

/** CAMEO root of diplomatic cooperation, praise and support (05). */
const SUPPORTING = '05';
/** Nouns of a relation between states ("relations", "ties", "contacts"): praised by both its sides, each praises it with the other. */
const RELATIONS = new Set(['relations', 'ties', 'contacts', 'cooperation', 'dialogue', 'partnership', 'interaction']);
/** Adjectives that make a relation the subject's own with each other ("bilateral cooperation", "mutual trust"). */
const MUTUAL = new Set(['bilateral', 'mutual']);
/** How far after the trigger the relation noun may stand ("praised the level of Russian-Ukrainian contacts"). */
const RELATION_REACH = 8;

/**
 * Does a praise or support act (CAMEO 05) of a subject of two or more members aim at their own relation
 * with each other: "The two leaders praised the level of Russian-Ukrainian contacts", "X and Y expressed
 * support for bilateral cooperation", "… for cooperation between the two countries"? A relation noun of
 * the complement marks it, when "bilateral"/"mutual" or a two-country modifier ("Russian-Ukrainian")
 * stands right before it or "between" right after it. Then each side praises it with the other, as a
 * joint agreement is split; "praised the prisoner exchange" still praises no one named.
 */
export function praisedOwnRelation(tokens: readonly Token[], group: ActorGroup | undefined, m: TriggerMatch, clauseEnd: number): boolean {
  if (!group || group.mentions.length < 2 || !m.code.startsWith(SUPPORTING) || JOINT.test(m.code)) return false;
  for (let k = afterMatch(m); k < Math.min(clauseEnd, m.end + RELATION_REACH); k++) {
    if (!RELATIONS.has(tokens[k]!.normal)) continue;
    if (MUTUAL.has(tokens[k - 1]?.normal ?? '') || tokens[k - 2]?.normal === '-' || tokens[k + 1]?.normal === 'between') return true;
  }
  return false;
}
