import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import { ASKING_ROOTS, ASKS } from './governed.js';
import { actorRightAfter } from './actor-after.js';
import { afterMatch, type TriggerMatch } from './match-triggers.js';

// Appeals and yielding to them: "Russia caved in to demands from Chechen rebels" is the rebels'
// demand on Russia and Russia's yielding to the rebels. The tagger reads "to demands" as an
// infinitive; no infinitive takes a bare "from", so the asking word there is the noun. Read by roles.ts.

/** CAMEO root of yielding (08). */
export const YIELDING = '08';
/** Nouns of an appeal that one yields to ("demands", "pressure", "calls"): what one asks, and pressure. */
const APPEALS = new Set([...ASKS, 'pressure', 'pressures']);

/**
 * Is the asking verb the trigger matched a noun after "to" and before "from" ("caved in to demands from Chechen rebels",
 * "yielded to pressure from the United States")? The tagger reads an infinitive there, but no infinitive takes a bare "from".
 */
export function appealNoun(tokens: readonly Token[], m: TriggerMatch): boolean {
  return ASKING_ROOTS.has(m.code.slice(0, 2)) && tokens[m.start - 1]?.normal === 'to' && tokens[m.end]?.normal === 'from';
}

/** The maker of the appeal right after a yielding verb's "to" ("gave in to demands from the EU", "bowed to the demands by striking miners"). */
export function yieldedTo(tokens: readonly Token[], m: TriggerMatch, inClause: readonly ActorGroup[]): ActorGroup | undefined {
  let k = afterMatch(m);
  if (tokens[k]?.normal !== 'to') return undefined;
  k++;
  while (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ') k++;
  if (!APPEALS.has(tokens[k]?.normal ?? '') || (tokens[k + 1]?.normal !== 'from' && tokens[k + 1]?.normal !== 'by')) return undefined;
  return actorRightAfter(tokens, k + 1, inClause, (g) => !g.locative);
}
