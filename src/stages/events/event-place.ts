import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import type { Clause } from './clauses.js';
import type { TriggerMatch } from './match-triggers.js';

/** How far after a nominal its place may stand ("talks held in Istanbul"); further places belong to other words. */
const NOUN_PLACE_WINDOW = 6;

/** The place group of a trigger's event: a verb's first locative in its clause, a nominal's own place, or the place a "where" clause stands for. */
export function eventPlace(tokens: readonly Token[], m: TriggerMatch, clause: Clause, groups: readonly ActorGroup[], inClause: readonly ActorGroup[]): ActorGroup | undefined {
  const place = m.kind === 'verb'
    ? inClause.find((g) => g.locative)
    : inClause.find((g) => g.locative && g.start >= m.end && g.start <= m.end + NOUN_PLACE_WINDOW)
      ?? (objectOfVerb(tokens, m, clause) ? inClause.find((g) => g.locative && g.start >= m.end) : undefined);
  // "in Gaza, where Israeli strikes killed 20": the place "where" stands for is the clause's place.
  return place ?? whereAntecedent(tokens, clause, groups);
}

/** The place a "where" clause stands for: its antecedent when that names places only. */
function whereAntecedent(tokens: readonly Token[], clause: Clause, groups: readonly ActorGroup[]): ActorGroup | undefined {
  if (clause.kind !== 'relative' || tokens[clause.start]!.normal !== 'where') return undefined;
  const place = [...groups].reverse().find((g) => g.end <= clause.start && g.end >= clause.start - 2);
  return place && place.mentions.every((x) => x.type === 'GPE' || x.type === 'LOC' || x.type === 'FAC') ? { ...place, locative: true } : undefined;
}

/** Is the nominal the object of a verb of its clause ("announced new support measures … in Brussels")? Then the clause's place is its place too. */
function objectOfVerb(tokens: readonly Token[], m: TriggerMatch, clause: Clause): boolean {
  for (let k = m.start - 1; k >= clause.start; k--) if (tokens[k]!.pos === 'VERB') return true;
  return false;
}
