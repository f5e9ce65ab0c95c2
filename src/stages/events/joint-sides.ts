import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import { bothSidesAt } from './both-sides.js';
import { afterMatch, type TriggerMatch } from './match-triggers.js';
import { mentionCountry } from './mention-index.js';

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
/**
 * How far after the trigger the relation noun may stand. 8 tokens hold an article, a head noun and "of"
 * ("the level of", "the development of"), a three-token hyphenated modifier ("Russian-Ukrainian") and one
 * word to spare ("the further development of"); a relation noun farther on belongs to another phrase.
 */
const RELATION_REACH = 8;
/** Possessives after "between" that stand for the subject's own members ("cooperation between their ports"). */
const OWN = new Set(['their', 'our']);

/**
 * Does a praise or support act (CAMEO 05) of a subject of two or more countries aim at their own relation
 * with each other: "The two leaders praised the level of Russian-Ukrainian contacts", "X and Y expressed
 * support for bilateral cooperation", "… for cooperation between the two countries"? A relation noun of
 * the complement marks it, when "bilateral"/"mutual" or a modifier of two proper names ("Russian-Ukrainian",
 * not "long-term") stands right before it, or "between" right after it opens the members themselves ("the
 * two countries", "both sides", "their"). Then each side praises it with the other, as a joint agreement is
 * split; "praised the prisoner exchange" or "the dialogue between the warring factions" praises no one named.
 * Members of one country ("Putin and Medvedev praised bilateral relations") have no other side to aim at.
 */
export function praisedOwnRelation(tokens: readonly Token[], group: ActorGroup | undefined, m: TriggerMatch, clauseEnd: number): boolean {
  if (!group || new Set(group.mentions.map(mentionCountry)).size < 2 || !m.code.startsWith(SUPPORTING) || JOINT.test(m.code)) return false;
  for (let k = afterMatch(m); k < Math.min(clauseEnd, m.end + RELATION_REACH); k++) {
    if (!RELATIONS.has(tokens[k]!.normal)) continue;
    if (MUTUAL.has(tokens[k - 1]?.normal ?? '') || namePair(tokens, k - 3) || (tokens[k + 1]?.normal === 'between' && ownMembersAt(tokens, k + 2))) return true;
  }
  return false;
}

/** Do two different proper names joined by a hyphen start at `i` ("Russian-Ukrainian", "Russia-Finland"; not "long-term", "EU-funded")? */
function namePair(tokens: readonly Token[], i: number): boolean {
  const [a, dash, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  return dash?.normal === '-' && a?.pos === 'PROPN' && b?.pos === 'PROPN' && a.normal !== b.normal;
}

/** Does a phrase standing for the subject's own members start at `k`: "the two countries", "both sides", "their"? */
function ownMembersAt(tokens: readonly Token[], k: number): boolean {
  return OWN.has(tokens[k]?.normal ?? '') || bothSidesAt(tokens, k) || (tokens[k]?.normal === 'the' && bothSidesAt(tokens, k + 1));
}
