import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import type { Clause } from './clauses.js';
import type { TriggerMatch } from './match-triggers.js';
import { ethnicGroup, placedPeople } from './residents.js';
import { PHRASE_WORDS } from './subjects.js';

/** How far after a nominal its place may stand ("talks held in Istanbul"); further places belong to other words. */
const NOUN_PLACE_WINDOW = 6;

/**
 * The place group of a trigger's event: a verb's first locative in its clause (past the subject's own place when one follows the
 * verb), a nominal's own place, or the place a "where" clause stands for.
 */
export function eventPlace(tokens: readonly Token[], m: TriggerMatch, clause: Clause, groups: readonly ActorGroup[], inClause: readonly ActorGroup[]): ActorGroup | undefined {
  const first = inClause.find((g) => g.locative);
  // "A rebel group based in Uganda attacked a village in eastern Congo": a place inside the subject phrase says where the subject is,
  // the place after the verb where it acts. A fronted place stands before the subject ("In Uganda, rebels attacked …") and stays.
  const acted = m.kind === 'verb' && first && first.end <= m.start && subjectsPlace(tokens, first, inClause) ? inClause.find((g) => g.locative && g.start >= m.end) : undefined;
  const place = m.kind === 'verb'
    ? acted ?? first
    : inClause.find((g) => g.locative && g.start >= m.end && g.start <= m.end + NOUN_PLACE_WINDOW)
      ?? (objectOfVerb(tokens, m, clause) ? inClause.find((g) => g.locative && g.start >= m.end) : undefined);
  // "in Gaza, where Israeli strikes killed 20": the place "where" stands for is the clause's place.
  return place ?? whereAntecedent(tokens, clause, groups);
}

/**
 * Is the locative part of the subject phrase before it: right after an actor group, over the rest of its noun phrase and one
 * participle ("rebels in Uganda", "a rebel group based in Uganda", "militiamen operating in Congo")?
 */
function subjectsPlace(tokens: readonly Token[], place: ActorGroup, inClause: readonly ActorGroup[]): boolean {
  const owner = [...inClause].reverse().find((g) => g.end <= place.prep && !g.locative && !g.agentive);
  // "Ethnic Albanians in Macedonia": a people's place is where they live, which roles.ts codes them by; it stays the clause's,
  // unless the entities stage already coded them with it ("Ethnic Albanian rebels in Macedonia": MKDREB).
  if (!owner || (ethnicGroup(tokens, owner) && !placedPeople(owner))) return false;
  let k = place.prep - 1;
  if (k >= owner.end && tokens[k]!.pos === 'VERB' && /(ed|ing)$/.test(tokens[k]!.normal)) k--;
  while (k >= owner.end && PHRASE_WORDS.has(tokens[k]!.pos)) k--;
  return k < owner.end;
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
