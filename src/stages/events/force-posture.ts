import type { Token } from '../../core/doc.js';

/** Verbs of readying forces for an act: "the army prepared to resume shelling", "troops are preparing to attack". */
const READYING = new Set(['prepare', 'ready']);
/** Verbs of an act's phase between the readying verb and the act ("prepared to resume shelling", "preparing to launch an attack"). */
const PHASES = new Set(['resume', 'continue', 'start', 'begin', 'launch', 'renew', 'step', 'mount']);
/** Copulas: "is prepared to attack" states a willingness (a verbal threat), not a move of forces. */
const COPULAS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'seem', 'appear', 'remain', 'say', 'said']);
/** How far back from the act its readying verb is looked for ("prepared to resume the shelling of"). */
const REACH = 5;

/**
 * Is the violent act at `head` one the actor readies its forces for, not one it announces ("The
 * Macedonian army prepared to resume shelling rebel-held territory")? The PLOVER manual files
 * "military or police moves that fall short of the actual use of force" and shows of "readiness"
 * under MOBILIZE (CAMEO 150), and keeps THREATEN for what is "typically verbal"; a willingness
 * stated with a copula ("is prepared to use force") stays a threat.
 */
export function readiedForce(tokens: readonly Token[], head: number): boolean {
  for (let k = head - 1; k >= Math.max(0, head - REACH); k--) {
    const t = tokens[k]!;
    const lemma = t.lemma.toLowerCase();
    // "are preparing to attack" readies forces; "is prepared to attack" only states a willingness.
    if (READYING.has(lemma) && t.pos === 'VERB') return tokens[k + 1]?.normal === 'to' && !(t.normal !== 'preparing' && COPULAS.has(tokens[k - 1]?.lemma.toLowerCase() ?? ''));
    if (t.normal === 'to' || t.pos === 'ADV' || t.pos === 'DET' || PHASES.has(lemma)) continue;
    return false;
  }
  return false;
}
