/**
 * A protest held at a foreign mission is aimed at the state the mission stands for: "Thousands of
 * Georgians rallied outside the Russian embassy in Tbilisi", "students demonstrated in front of the
 * embassy of Iran". The city it stands in is only the venue, and it is the venue: "outside the US
 * embassy in Monrovia" names whose mission it is after a place preposition, not where the act is.
 */
import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';

/** Nouns of a state's mission abroad. */
export const MISSIONS: ReadonlySet<string> = new Set(['embassy', 'embassies', 'consulate', 'consulates', 'legation', 'mission']);
/** Words that may stand between the country and the mission noun ("the Russian trade mission", "the U.S. consulate general"). */
const BETWEEN = new Set(['trade', 'diplomatic']);

/** The index of the mission noun after the group, over at most one word of its kind ("the Russian embassy", "the U.S. trade mission"), or -1. */
export function missionNounAfter(tokens: readonly Token[], g: ActorGroup): number {
  const k = BETWEEN.has(tokens[g.end]?.normal ?? '') ? g.end + 1 : g.end;
  return MISSIONS.has(tokens[k]?.normal ?? '') ? k : -1;
}

/** Is the group named after "embassy of" ("the embassy of Iran")? */
function missionOf(tokens: readonly Token[], g: ActorGroup): boolean {
  return tokens[g.start - 1]?.normal === 'of' && MISSIONS.has(tokens[g.start - 2]?.normal ?? '');
}

/** The state whose mission a protest's clause names after the trigger, if any. */
export function protestedMission(tokens: readonly Token[], from: number, end: number, groups: readonly ActorGroup[]): ActorGroup | undefined {
  return groups.find((g) => g.start >= from && g.end < end && !g.agentive && (missionNounAfter(tokens, g) >= 0 || missionOf(tokens, g)));
}

/** The roles with their place moved off a mission's state to the place the mission stands in ("the US embassy in Monrovia"), or to none when no place follows it. */
export function atMissionVenue<R extends { location?: ActorGroup }>(tokens: readonly Token[], roles: R, groups: readonly ActorGroup[]): R {
  const mission = roles.location ? missionNounAfter(tokens, roles.location) : -1;
  return mission < 0 ? roles : { ...roles, location: groups.find((g) => g.locative && g.prep === mission + 1) };
}
