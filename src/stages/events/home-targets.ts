import type { Doc, Sentence, Token } from '../../core/doc.js';
import type { EntityMention, EventActor } from '../../core/mention.js';
import type { KnowledgeBase } from '../../knowledge/load-kb.js';
import { actorCode, PRONOUN_RULE, type ActorGroup } from './actors.js';
import { afterMatch, type TriggerMatch } from './match-triggers.js';

// Acts whose target is the actor's own country when the text names no other: a government's
// coercion of people no actor names ("Egyptian authorities detained a prominent blogger", "the Taliban
// banned women from universities"), and rebels' violence at a place of their own country ("Maoist
// rebels blew up a police station in Jharkhand"). The PLOVER gold codes these X -> X. Read by draft.ts.
// So, by the CAMEO/KEDS convention the gold follows, are acts with no recipient in a text that names
// no other party ("Opposition leaders in Kenya agreed to call off the march"): see homeCountry.

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

/**
 * Categories whose act, with no recipient and no other party named, is done at home. The PLOVER
 * manual requires no recipient for them; the X -> X target is the CAMEO/KEDS convention. Not CONSULT
 * (a meeting needs a partner), nor support, cooperation or aid, whose missing party is an attachment miss.
 */
const HOME_ACTS = new Set(['AGREE', 'REJECT', 'THREATEN', 'RETREAT', 'PROTEST', 'REQUEST', 'CONCEDE']);
/** Mention types that name a country by place, adjective or possessive ("in Kenya", "Kazakh", "Ankara's"). */
const COUNTRY_NAMES = new Set(['GPE', 'NORP', 'LOC']);
/** KB id prefix of countries (their names and demonyms). */
export const COUNTRY_ID = 'country:';

/** Is the source group a body or people, no person or pronoun ("Yoon declared martial law" is not imposed on Yoon)? */
export function bodySource(group: ActorGroup | undefined): boolean {
  return group?.mentions.every((x) => x.type !== 'PERSON' && x.rule !== PRONOUN_RULE) === true;
}

/** Does the mention name the country itself: its name, its adjective or its capital ("Kenya", "Serbian", "Baku"), not any town of it? */
function namesCountry(mention: EntityMention, country: string, kb: KnowledgeBase): boolean {
  if (mention.kb === undefined) return false;
  if (mention.kb.startsWith(COUNTRY_ID)) return true;
  return kb.entries.get(mention.kb)?.name === kb.capitals.get(country);
}

/**
 * The source's own country as the target of a domestic act ("Opposition leaders in Kenya agreed to call
 * off a march": KEN): when the source is a body or people of that country (a leader's act with no
 * addressee is policy, not aimed at his country), the sentence names the country by a mention of its
 * own (not a pronoun: "our country"), apart from the source's words and not after the act's clause,
 * and neither it nor the sentence before names any party of another country or an IGO (whom the act
 * would rather be aimed at).
 */
export function homeCountry(doc: Doc, sentence: Sentence, plover: string, source: EventActor, group: ActorGroup | undefined, clauseEnd: number, kb: KnowledgeBase): EventActor | undefined {
  const own = source.actor?.slice(0, 3);
  if (!HOME_ACTS.has(plover) || own === undefined || !bodySource(group)) return undefined;
  const from = doc.layers.sentences?.[sentence.index - 1]?.start ?? sentence.start;
  const near = (doc.layers.entities ?? []).filter((x) => x.start >= from && x.end <= sentence.end);
  if (near.some((x) => { const code = actorCode(x); return code !== undefined && code.slice(0, 3) !== own; })) return undefined;
  // Outside the source's own words: "U.S." of "the U.S. Forest Service" is the source's name, not the country it acts on.
  // Not after the act's clause: "apologizes if … her bid for the vice presidency of the United States" names the country in another matter.
  const apart = (x: EntityMention): boolean => x.start >= sentence.start && x.end <= clauseEnd && (x.end <= (source.start ?? 0) || x.start >= (source.end ?? 0)) && !source.entities.includes(x.entity);
  const named = near.find((x) => apart(x) && COUNTRY_NAMES.has(x.type) && x.rule !== PRONOUN_RULE && actorCode(x)?.slice(0, 3) === own && namesCountry(x, own, kb));
  return named && { entities: [named.entity], actor: own, text: doc.text.slice(named.start, named.end), start: named.start, end: named.end };
}
