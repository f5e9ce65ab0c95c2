/**
 * A protest named "in protest of" or "(in) protest at" an act is aimed at whoever does that act: its
 * possessor ("in protest of the Venezuelan government's increase in diesel prices") or the agent of
 * its "by" phrase ("in protest at the arrest of a colleague by Egyptian police"). A mere "of" after
 * the act noun ("at settlement of Russian immigrants") may name the act's doer or its object, so it
 * names no target.
 */
import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import { POSSESSIVE } from './noun-roles.js';

/** Prepositions after the protest noun or verb that open the protested act. */
const PROTESTED = new Set(['of', 'at']);
/** How far after the trigger's start the protest word may stand ("boycotted court hearings for a week in protest at"). */
const PROTEST_REACH = 12;
/** How far after the preposition the doer may stand ("at the arrest of a colleague by Egyptian police"). */
const DOER_REACH = 12;

/** How many head nouns may stand between a possessor's name and its "'s" ("the Venezuelan government's"). */
const HEAD_NOUNS = 2;
/** Tags of those head nouns. */
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);

/** Is the group the possessor of what follows it, over at most two head nouns ("Bogota's", "the Venezuelan government's")? */
function possessor(tokens: readonly Token[], g: ActorGroup): boolean {
  let k = g.end;
  while (k < g.end + HEAD_NOUNS && NOUN_TAGS.has(tokens[k]?.pos ?? '')) k++;
  return POSSESSIVE.has(tokens[k]?.normal ?? '');
}

/**
 * The possessor or "by" agent of the act a protest word in `[from, end)` names after "of" or "at"; none past a comma,
 * and not the protest's own source (a noun trigger may have taken the act's agent for its own).
 */
export function protestedActDoer(tokens: readonly Token[], from: number, end: number, groups: readonly ActorGroup[], source: ActorGroup | undefined): ActorGroup | undefined {
  for (let k = from; k < Math.min(end, from + PROTEST_REACH); k++) {
    if (tokens[k]!.normal === ',') return undefined;
    if (!tokens[k]!.normal.startsWith('protest') || !PROTESTED.has(tokens[k + 1]?.normal ?? '')) continue;
    let stop = k + 2;
    while (stop < Math.min(end, k + 2 + DOER_REACH) && tokens[stop]!.normal !== ',') stop++;
    const inside = groups.filter((g) => g.start > k + 1 && g.end <= stop && !g.locative && g.start !== source?.start);
    // The act's own agent before any owner: "in protest at their leader's arrest by police" is aimed at the police, not at "their".
    return inside.find((g) => g.agentive) ?? inside.find((g) => tokens[g.start]!.pos !== 'PRON' && possessor(tokens, g));
  }
  return undefined;
}
