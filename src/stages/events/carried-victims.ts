import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import { afterMatch, type TriggerMatch } from './match-triggers.js';

// "Gunmen opened fire on a convoy carrying Nigerian soldiers", "A roadside bomb struck a vehicle
// carrying British soldiers in Basra": an attack on a vehicle is an attack on the people it carries,
// not on the place it happened in (the place is only the venue, or the attackers' home when they are
// not named). Read by roles.ts.

/** Nouns of vehicles and of the columns they travel in. */
const VEHICLES = new Set(['convoy', 'bus', 'minibus', 'vehicle', 'car', 'truck', 'van', 'jeep', 'train', 'plane', 'aircraft', 'helicopter',
  'boat', 'ship', 'ferry', 'motorcade', 'patrol', 'column']);
/** Participles of carrying. */
const CARRYING = new Set(['carrying', 'transporting', 'ferrying']);
/** How far after the trigger (or its pattern's words) the vehicle noun may stand ("opened fire on a military convoy"). */
const REACH = 5;
/** Words that may stand between the participle and the people carried ("carrying 30 Afghan police officers"). */
const LEAD = new Set(['DET', 'ADJ', 'NUM']);

/** The people a vehicle attacked carries, named right after "carrying" over an article, numbers or adjectives; undefined when none. */
export function carriedVictims(tokens: readonly Token[], m: TriggerMatch, inClause: readonly ActorGroup[], clauseEnd: number): ActorGroup | undefined {
  const from = afterMatch(m);
  for (let k = from; k < Math.min(clauseEnd, from + REACH); k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && !CARRYING.has(t.normal)) return undefined;
    if (!VEHICLES.has(t.normal) || !CARRYING.has(tokens[k + 1]?.normal ?? '')) continue;
    const g = inClause.find((x) => x.start > k + 1 && !x.locative && !x.agentive);
    if (!g) return undefined;
    for (let j = k + 2; j < g.start; j++) if (!LEAD.has(tokens[j]!.pos)) return undefined;
    return g;
  }
  return undefined;
}
