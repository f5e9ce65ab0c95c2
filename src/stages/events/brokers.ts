import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import { participle } from './governed.js';
import type { TriggerMatch } from './match-triggers.js';

// A third party's hand in an act between two others: "the ceasefire initiated by Russia and the USA",
// "a truce brokered by Qatar and Egypt between Israel and Hamas", "talks mediated by Norway". The
// participle's "by" agents broker the act together: they are its joint source (not one acting on the
// other, as the parties of a reciprocal act are), and the parties "between" them, when named, its
// target. What they do is mediation (CAMEO 045, PLOVER CONSULT). Read by noun-roles.ts and draft.ts.

/** CAMEO "engage in mediation". */
export const MEDIATE = '045';
/** Lemmas of participles that make their agent a broker of the nominal before them. */
const BROKERING = new Set(['broker', 'mediate', 'initiate', 'sponsor', 'facilitate', 'arrange', 'guarantee']);

/** Is the group the "by" agent of a brokering participle right after the nominal trigger ("truce brokered by Qatar and Egypt")? */
export function brokeredBy(tokens: readonly Token[], m: TriggerMatch, g: ActorGroup | undefined): boolean {
  // Only a two-sided act has parties apart from its broker: "an investigation initiated by Senator Kefauver" is his own.
  if (m.kind !== 'noun' || !m.reciprocal || !g?.agentive) return false;
  const verb = tokens[m.end];
  if (!participle(verb) || !BROKERING.has(verb!.lemma.toLowerCase()) || tokens[m.end + 1]?.normal !== 'by') return false;
  return g.start === m.end + 2 || (g.start === m.end + 3 && tokens[m.end + 2]!.pos === 'DET');
}
