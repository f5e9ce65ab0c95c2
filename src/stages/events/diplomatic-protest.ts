/**
 * Protests lodged by one state with another. PLOVER's PROTEST is collective civilian action; its
 * manual files diplomatic protests under ACCUSE mode disapprove. "Greece protested to Turkey over
 * the violation of its airspace" is a complaint by a state (CAMEO 114), not a demonstration;
 * "Palestinians protested against the occupation" stays PROTEST.
 */
import type { EntityMention } from '../../core/mention.js';
import { actorCode } from './actors.js';
import type { DraftEvent } from './merge.js';

/** CAMEO "complain officially". */
const COMPLAIN = '114';
/** Verbs of protesting whose subject may be a state. */
const PROTESTING = new Set(['protest']);

/** Does the side name a state or its government: a country's name, or an actor coded as a government? */
function stateSide(entities: readonly string[], mentions: readonly EntityMention[]): boolean {
  return entities.some((e) => mentions.some((m) => m.entity === e && (m.type === 'GPE' || (actorCode(m) ?? '').slice(3, 6) === 'GOV')));
}

/** Sectors of a state's own voice: a government protests to another state, its students or workers demonstrate. */
const STATE_SECTORS = new Set(['GOV', 'ELI']);

/** Is the actor a state itself (a bare country code) or its government? */
function stateActor(actor: string): boolean {
  return actor.length === 3 || STATE_SECTORS.has(actor.slice(3, 6));
}

/**
 * The draft recoded as an official complaint when a state protests to another state; else the draft as it is.
 * "Hundreds of Iranian students gathered outside the French embassy to protest …": people of a sector stay demonstrators,
 * and so do a crowd coded by the place it protests in.
 */
export function diplomaticProtest(d: DraftEvent, mentions: readonly EntityMention[]): DraftEvent {
  if (d.plover !== 'PROTEST' || !d.source?.actor || !d.target?.actor || !PROTESTING.has(d.lemmas[0] ?? '')) return d;
  if (!stateActor(d.source.actor)) return d;
  // "Hundreds of demonstrators protested outside the Danish embassy in Islamabad": protesters named by no actor stand for the
  // people of the place where they protest (draft.ts), so the source is the protest's own place; a state protesting is named as one.
  if (d.location && d.source.entities.every((e) => e === d.location!.entity)) return d;
  if (d.source.actor.slice(0, 3) === d.target.actor.slice(0, 3) || !stateSide(d.source.entities, mentions)) return d;
  return { ...d, cameo: COMPLAIN, plover: 'ACCUSE', mode: 'disapprove', rule: `${d.rule}+diplomatic` };
}
