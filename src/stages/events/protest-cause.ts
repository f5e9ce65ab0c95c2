/**
 * A protest whose protesters are said to be angered by something is aimed at whoever that something is
 * ascribed to: "Thousands of Palestinians, angered by the killing of a teenager by Israeli soldiers,
 * demonstrated in Hebron", "Protesters enraged over the fatal shooting of a teenager by police poured
 * into Brooklyn streets". The town they march in is only the venue.
 */
import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';

/** Words of anger that open the cause of a protest. */
const ANGER = new Set(['angered', 'enraged', 'outraged', 'incensed', 'infuriated', 'furious', 'angry']);
/** Prepositions that follow them before the cause. */
const CAUSE_PREPS = new Set(['by', 'over', 'at', 'about']);
/** How far after the anger word the cause's actor may stand ("angered by the killing of a teenager by Israeli soldiers"). */
const CAUSE_REACH = 10;

/** The first actor of the cause an anger word names in `[from, to)`, if any, not a place. */
export function angerCause(tokens: readonly Token[], from: number, to: number, groups: readonly ActorGroup[]): ActorGroup | undefined {
  for (let k = from; k < to; k++) {
    if (!ANGER.has(tokens[k]!.normal) || !CAUSE_PREPS.has(tokens[k + 1]?.normal ?? '')) continue;
    return groups.find((g) => g.start > k + 1 && g.start <= k + 1 + CAUSE_REACH && g.end <= to && !g.locative);
  }
  return undefined;
}
