import type { Token } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import { actorCode, type ActorGroup } from './actors.js';

// Both names of a hyphenated pair that premodifies an object noun: "Peru and Chile praised American-Chinese relations"
// praise the relation of both, the United States and China, not only the first name; "Russia welcomed Indian-Pakistani
// talks" welcomes India and Pakistan. A name of the subject's own country is no other party of its act ("Putin praised
// Russian-Ukrainian relations" praises them with Ukraine; "Peru and Chile praised Peruvian-Chilean relations" leaves no
// one else, and the draft splits the subject's joint praise). Read by roles.ts.

/** The country a mention stands for (its code's first three letters). */
function countryOf(m: EntityMention): string | undefined {
  return (m.country ?? actorCode(m))?.slice(0, 3);
}

/**
 * The object widened to the second name of its hyphenated pair, without the subject's own countries; `null` when no
 * name is left; undefined when the object opens no such pair (left as it is).
 */
export function pairedObject(tokens: readonly Token[], object: ActorGroup | undefined, after: readonly ActorGroup[], subject: ActorGroup | undefined): ActorGroup | null | undefined {
  if (!object || tokens[object.end]?.normal !== '-') return undefined;
  const second = after.find((g) => g.start === object.end + 1 && !g.locative && !g.agentive);
  if (!second || tokens[second.end]?.pos !== 'NOUN') return undefined;
  const own = new Set((subject?.mentions ?? []).map(countryOf));
  const mentions = [...object.mentions, ...second.mentions].filter((m) => !own.has(countryOf(m)));
  if (mentions.length === 0) return null;
  return { ...object, mentions, end: second.end };
}
