import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import type { Clause } from './clauses.js';
import type { TriggerMatch } from './match-triggers.js';

// Attackers the text does not name, coded as the country where they struck: "Gunmen ambushed a
// Nigerian army convoy near Maiduguri" is Nigeria's violence, as an unclaimed blast is (blast-place.ts).
// Read by roles.ts for violence with no source.

/** Nouns of attackers that name no side ("Gunmen", "Unidentified assailants", "Suspected militants"). */
const UNNAMED = new Set(['gunmen', 'gunman', 'assailants', 'assailant', 'attackers', 'attacker', 'bombers', 'bomber', 'kidnappers', 'militants', 'insurgents', 'raiders']);
/** Words that may stand before them ("Unidentified", "A group of", "Masked"). */
const LEAD = new Set(['DET', 'ADJ', 'NUM']);

/**
 * The place whose country unnamed attackers at the head of the verb's clause are coded as: a place
 * group after the verb in its clause ("near Maiduguri", "in Kandahar"). Only when the subject is such
 * a noun alone, right before the verb, and no actor group stands before the verb.
 */
export function unnamedAttackersPlace(tokens: readonly Token[], m: TriggerMatch, clause: Clause, inClause: readonly ActorGroup[]): ActorGroup | undefined {
  if (m.kind !== 'verb' || inClause.some((g) => g.end <= m.start)) return undefined;
  let k = m.start - 1;
  while (k > clause.start && tokens[k]!.pos === 'ADV') k--;
  if (!UNNAMED.has(tokens[k]?.normal ?? '')) return undefined;
  for (let j = clause.start; j < k; j++) if (!LEAD.has(tokens[j]!.pos) && tokens[j]!.normal !== 'of' && tokens[j]!.normal !== 'group') return undefined;
  const place = inClause.find((g) => g.locative && g.start > m.end && g.mentions.every((x) => x.type === 'GPE'));
  return place ? { ...place, locative: false } : undefined;
}
