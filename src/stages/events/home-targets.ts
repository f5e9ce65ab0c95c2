import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import { afterMatch, type TriggerMatch } from './match-triggers.js';

// Acts whose target is the actor's own country when the text names no other: a government's
// coercion of people no actor names ("Egyptian authorities detained a prominent blogger", "the Taliban
// banned women from universities"), and rebels' violence at a place of their own country ("Maoist
// rebels blew up a police station in Jharkhand"). The PLOVER gold codes these X -> X. Read by draft.ts.

/** Actor code roles of armed groups fighting their own state (CAMEO rebels and insurgents). */
const ARMED_GROUPS = new Set(['REB', 'INS']);
/**
 * Actor code roles that coerce at home: government, police, courts, parliament, and armed groups that
 * rule ground ("the Taliban banned women"). Not the military: "the Indian navy arrested 23 pirates" acts at sea.
 */
const HOME_RULERS = new Set(['GOV', 'COP', 'JUD', 'LEG', 'REB', 'INS']);
/** Words a direct object may open with before its noun ("a prominent blogger", "the independent newspaper"): no owner ("their weapons"). */
const OBJECT_LEAD = new Set(['DET', 'ADJ', 'NUM']);
/** How far after the verb the object's noun may stand. */
const OBJECT_REACH = 4;

/** Is the actor code one of an armed group of a country ("SDNREB", "INDREB")? */
export function armedGroup(actor: string | undefined): boolean {
  return actor !== undefined && actor.length > 3 && ARMED_GROUPS.has(actor.slice(3, 6));
}

/** Is the actor code one of a body that coerces at home ("EGYGOV", "AFGREBTAL")? */
export function homeRuler(actor: string | undefined): boolean {
  return actor !== undefined && HOME_RULERS.has(actor.slice(3, 6));
}

/**
 * Does the verb take a direct object that no actor group names ("detained a prominent blogger",
 * "ordered the independent newspaper The Post to suspend publication" with no entity for the paper),
 * with no actor named after it in the clause ("cordoned off the roads leading into Mordor" is aimed at Mordor)?
 */
export function unnamedObject(tokens: readonly Token[], m: TriggerMatch, end: number, groups: readonly ActorGroup[]): boolean {
  if (m.kind !== 'verb') return false;
  const from = afterMatch(m);
  let k = from;
  while (k < end && k < from + OBJECT_REACH && OBJECT_LEAD.has(tokens[k]!.pos)) k++;
  if (k >= end || tokens[k]!.pos !== 'NOUN') return false;
  return !groups.some((g) => g.start >= from && g.start < end);
}
