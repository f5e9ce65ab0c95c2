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

/**
 * The victims of the violent nominal at `m`: the subject of a verb of death or injury right before
 * the "in"/"during" phrase that holds the nominal ("were killed in an ambush by …"), when an actor
 * names it. A verb that kills or wounds counts only in the passive: "Rebels killed four soldiers in
 * an ambush" names the victims as its object, and the verb's own event has them.
 */
export function meansVictims(tokens: readonly Token[], m: TriggerMatch, clause: Clause, inClause: readonly ActorGroup[]): ActorGroup | undefined {
  let k = m.start - 1;
  while (k > clause.start && NOMINAL_LEAD.has(tokens[k]!.pos)) k--;
  if (!MEANS_PREPS.has(tokens[k]?.normal ?? '')) return undefined;
  let v = k - 1;
  while (v >= clause.start && v >= k - 1 - GAP_REACH && GAP_WORDS.has(tokens[v]!.pos)) v--;
  const verb = tokens[v];
  if (v < clause.start || verb?.pos !== 'VERB') return undefined;
  const lemma = verb.lemma.toLowerCase();
  if (!HARM_VERBS.has(lemma) || (!INTRANSITIVE.has(lemma) && !isPassive(tokens, v, clause.start))) return undefined;
  return [...inClause].reverse().find((g) => g.end <= v && !g.locative && !g.agentive);
}
