import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import type { Clause } from './clauses.js';
import { WITHDRAWAL } from './governed.js';
import type { TriggerMatch } from './match-triggers.js';

// Whom a withdrawal yields ground to. "Ethiopian troops pulled out of Badme, handing it over to Eritrean
// forces", "Armenian troops pulled out of the Kelbajar district, handing the region back to Azerbaijan":
// the participle clause right after the withdrawal says who gets what was held, and the withdrawal is
// aimed at them (the PLOVER manual's RETREAT "withdraw from territory" is coded towards the side that
// gains it). Read by draft.ts when the withdrawal names no target of its own.

/** Participles of handing over what was held. */
const HANDING = new Set(['handing', 'turning', 'returning', 'ceding', 'transferring', 'giving', 'leaving']);
/** Words that may stand between "to" and the receiver's name ("to the Eritrean forces", "to Peruvian units"). */
const RECEIVER_LEAD = new Set(['DET', 'ADJ', 'NUM']);

/** The receiver named after "to" in a handing-over participle clause right after a withdrawal's clause, if any. */
export function handedTo(tokens: readonly Token[], m: TriggerMatch, clause: Clause, clauses: readonly Clause[], groups: readonly ActorGroup[]): ActorGroup | undefined {
  if (!m.code.startsWith(WITHDRAWAL)) return undefined;
  const next = clauses[clauses.indexOf(clause) + 1];
  if (!next || next.kind !== 'participle' || !HANDING.has(tokens[next.start]!.normal)) return undefined;
  for (let k = next.start + 1; k < next.end; k++) {
    if (tokens[k]!.normal !== 'to') continue;
    let j = k + 1;
    while (j < next.end && RECEIVER_LEAD.has(tokens[j]!.pos)) j++;
    return groups.find((g) => g.start === j && !g.locative && !g.agentive);
  }
  return undefined;
}
