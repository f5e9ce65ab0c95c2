import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import type { Clause } from './clauses.js';
import type { TriggerMatch } from './match-triggers.js';
import { isPassive } from './subjects.js';

// Whom a violent nominal harmed when the nominal only tells how a death or an injury came about:
// "Three Colombian soldiers were killed in an ambush by FARC guerrillas", "Two policemen died on
// Sunday in an attack by separatist rebels". Read by noun-roles.ts.

/** Verbs of death and injury whose subject (passive, or of the intransitive ones) is the victim. */
const HARM_VERBS = new Set(['kill', 'wound', 'injure', 'hurt', 'maim', 'slay', 'die', 'perish']);
/** Those of them that take no object: their subject is the victim in the active voice. */
const INTRANSITIVE = new Set(['die', 'perish']);
/** Prepositions that make the nominal the means or occasion of the harm. */
const MEANS_PREPS = new Set(['in', 'during']);
/** Words of the nominal's own phrase before it ("a suicide car bombing", "a Hezbollah attack"). */
const NOMINAL_LEAD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Words that may stand between the verb and the preposition: a time or place phrase ("died on Sunday in", "were killed near Goma in"). */
const GAP_WORDS = new Set(['ADP', 'PROPN', 'NOUN', 'NUM', 'DET', 'ADJ', 'ADV']);
/** How many such words. */
const GAP_REACH = 5;

/** Is the word at `k` the "of" of "as a result of", which names a cause, a happening ("as a result of a US strike")? */
export function causeOf(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.normal === 'of' && tokens[k - 1]?.normal === 'result' && tokens[k - 2]?.normal === 'a' && tokens[k - 3]?.normal === 'as';
}

/**
 * The verb of death or injury whose harm the violent nominal starting at `start` tells the means or occasion of: right
 * before the "in"/"during" or "as a result of" phrase that holds the nominal ("were killed in an ambush by …", "was killed
 * as a result of a US strike"). A verb that kills or wounds counts only in the passive: "Rebels killed four soldiers in an
 * ambush" names its own agent. The verb's token index, or undefined.
 */
export function harmedBy(tokens: readonly Token[], start: number, clauseStart: number): number | undefined {
  let k = start - 1;
  while (k > clauseStart && NOMINAL_LEAD.has(tokens[k]!.pos)) k--;
  const end = causeOf(tokens, k) ? k - 3 : k;
  if (end === k && !MEANS_PREPS.has(tokens[k]?.normal ?? '')) return undefined;
  let v = end - 1;
  while (v >= clauseStart && v >= end - 1 - GAP_REACH && GAP_WORDS.has(tokens[v]!.pos)) v--;
  const verb = tokens[v];
  if (v < clauseStart || verb?.pos !== 'VERB') return undefined;
  const lemma = verb.lemma.toLowerCase();
  if (!HARM_VERBS.has(lemma) || (!INTRANSITIVE.has(lemma) && !isPassive(tokens, v, clauseStart))) return undefined;
  return v;
}

/** The victims of the violent nominal at `m`: the subject of the verb of harm it tells the means of (`harmedBy`), when an actor names it. */
export function meansVictims(tokens: readonly Token[], m: TriggerMatch, clause: Clause, inClause: readonly ActorGroup[]): ActorGroup | undefined {
  const v = harmedBy(tokens, m.start, clause.start);
  return v === undefined ? undefined : [...inClause].reverse().find((g) => g.end <= v && !g.locative && !g.agentive);
}
