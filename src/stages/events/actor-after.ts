import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';

// The actor named right after a preposition of origin: "demands from Chechen rebels", "expelled from the Netherlands",
// "bowed to demands by the striking miners". Read by noun-roles.ts, passive-sides.ts and appeals.ts, each with its own
// filter of which groups may be that actor.

/** Parts of speech that may stand between the preposition and the actor: an article or adjectives. */
const OVER = new Set(['DET', 'ADJ']);

/** The first group after token `at` that `accept` takes, with only an article or adjectives between them; else nothing. */
export function actorRightAfter(tokens: readonly Token[], at: number, groups: readonly ActorGroup[], accept: (g: ActorGroup) => boolean): ActorGroup | undefined {
  const g = groups.find((x) => x.start > at && accept(x));
  if (!g) return undefined;
  for (let k = at + 1; k < g.start; k++) if (!OVER.has(tokens[k]!.pos)) return undefined;
  return g;
}
