/**
 * One draft event from a matched trigger: its roles, then the fallbacks that find a target where the
 * verb governs none (a complement's recipient, a threat's condition, a protest's aim, the place where
 * conflict or an organisation acts), then place, time, quantities, status and the carrying claim.
 */
import type { Doc, Sentence, Token } from '../../core/doc.js';
import type { KnowledgeBase } from '../../knowledge/load-kb.js';
import type { ActorGroup } from './actors.js';
import { complementObject, conditionSubject, crowdBefore, ownerBeforeRecipient, pairModifier, possessiveDeterminer, protestAim, shallowComplement } from './aims.js';
import type { Clause } from './clauses.js';
import { attackAuthor } from './attack-author.js';
import { brokeredBy, MEDIATE } from './brokers.js';
import { custodian } from './custody.js';
import { atMissionVenue, protestedMission } from './embassy-target.js';
import { angerCause } from './protest-cause.js';
import { protestedActDoer } from './protested-act.js';
import { explainingAgent } from './explaining-agent.js';
import { afterMatch, type TriggerMatch } from './match-triggers.js';
import type { DraftEvent } from './merge.js';
import { isDefinite } from './noun-roles.js';
import { receivedFrom } from './received-from.js';
import { partnerWith } from './talk-partner.js';
import { handedTo } from './handover.js';
import { apologyVictims } from './apology.js';
import { tradeParty } from './trade-party.js';
import { captivesHolder } from './holders.js';
import { objectPronounAntecedent } from './coreference.js';
import { jointSides, praisedOwnRelation } from './joint-sides.js';
import { findRoles } from './roles.js';
import { borderOf, foreignersHit } from './place-targets.js';
import { side, withoutSourceCountry } from './event-side.js';
import { carryingClaim, clauseStatus, withClaimStatus } from './status.js';
import { emergencyAfter, isEmergencyRule } from './emergency-rule.js';
import { HOST, hostedGuest, VISIT, visitingAttribute, visitingObject } from './hosting.js';
import { armedGroup, bodySource, homeCountry, homeRuler, unnamedObject } from './home-targets.js';
import { FORCE_ROOTS } from './cameo-roots.js';
import { titleCounterpart, type TitleContext } from './title-actors.js';

/** Categories whose complement is something proposed, not something done: triggers inside it are theirs ("dismissed a ceasefire"). */
export const ABSORBING = new Set(['AGREE', 'REQUEST', 'REJECT']);

/** Conflict categories whose place, when no one else is named, is what they are aimed at ("ruled out a ceasefire in Ukraine", "captured territory in Sumy"). */
const PLACE_TARGETS = new Set(['REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT', 'AID', 'CONCEDE', 'RETREAT', 'SANCTION']);
/**
 * Categories a government most often directs at its own people (PLOVER codes the country as the
 * target: "imposed a curfew in Cizre", "protesters demonstrated in Serbia"): a place of the source's
 * own country is their target too. Violence is left out: "Russian forces in Russia" is no victim.
 */
const DOMESTIC = new Set(['COERCE', 'CONCEDE', 'PROTEST']);
/** Categories of hostile action, which announced on a condition are threats. */
const HOSTILE = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'REJECT']);
/** Actor code prefix of intergovernmental organisations. */
const IGO = 'IGO';
/** CAMEO "occupy territory": taking land at home is no domestic act on one's own people. */
const SEIZE = '192';
/** How far after the aid word its recipients' place may stand ("aid to refugees fleeing the civil war in Liberia"). */
const RECIPIENT_REACH = 8;

/** Is the place where the aid goes: after "to" that follows the aid word, within reach ("assistance to the people in Lebanon")? */
function recipientPlace(tokens: readonly Token[], m: TriggerMatch, place: ActorGroup): boolean {
  const from = m.used.length > 0 ? m.used[m.used.length - 1]! + 1 : m.end;
  if (place.start < from || place.start - from > RECIPIENT_REACH) return false;
  for (let k = from; k < place.start; k++) if (tokens[k]!.normal === 'to') return true;
  return false;
}

/**
 * Is the object of the verb the subject's members themselves: "accused each other", "attacked one
 * another", "X and Y each accused the other", or, with no other target, "each other" in its
 * complement? Then a compound subject acts on itself, as with a reciprocal pattern.
 */
function mutualObject(tokens: readonly Token[], m: TriggerMatch, clauseEnd: number, target: ActorGroup | undefined): boolean {
  if (m.kind !== 'verb') return false;
  const [a, b] = [tokens[m.end]?.normal, tokens[m.end + 1]?.normal];
  if ((a === 'each' && b === 'other') || (a === 'one' && b === 'another') || (a === 'the' && b === 'other' && tokens[m.start - 1]?.normal === 'each')) return true;
  // "Greece and Turkey pledged to respect each other's territorial integrity": further on in the clause, when no one else is the target.
  if (target) return false;
  for (let k = m.end; k + 1 < Math.min(clauseEnd, m.end + MUTUAL_REACH); k++) {
    if ((tokens[k]!.normal === 'each' && tokens[k + 1]!.normal === 'other') || (tokens[k]!.normal === 'one' && tokens[k + 1]!.normal === 'another')) return true;
  }
  return false;
}

/** How far after the verb "each other" may stand in its complement ("agreed to open embassies in each other's capitals"). */
const MUTUAL_REACH = 8;

/** Is a nominal trigger followed by an infinitive, its complement ("readiness to carry on", "offer to mediate")? */
function infinitiveAfter(tokens: readonly Token[], m: TriggerMatch): boolean {
  return m.kind === 'noun' && tokens[m.end]?.normal === 'to' && tokens[m.end + 1]?.pos === 'VERB';
}

/** How far after "with" a partner's name may start to count as named ("with the new Chilean government"). */
const PARTNER_REACH = 4;

/** Does "with" right after the trigger (or its pattern's words) introduce a partner that no actor group names ("talked with the management")? */
export function unnamedPartner(tokens: readonly Token[], m: TriggerMatch, groups: readonly ActorGroup[]): boolean {
  // The "with" may be the pattern's own word ("talk with").
  const w = tokens[m.end]?.normal === 'with' ? m.end : afterMatch(m);
  if (tokens[w]?.normal !== 'with' || !['DET', 'ADJ', 'NOUN'].includes(tokens[w + 1]?.pos ?? '')) return false;
  return !groups.some((g) => g.start > w && g.start <= w + PARTNER_REACH);
}

/** Pronouns, whose resolution the events stage does not trust against the source's own side. */
const PRONOUN = /^(its|their|it|they|them|his|her|he|she|him)$/i;

/** The file of Sitrep's own patterns: patterns of other (converted) dictionaries must find both sides to count (`bothSides`). */
export const OWN_FILE = 'sitrep.verbs';

/** One draft event: roles, place, time, quantities, status and the claim that carries it; `protesters`, a protest participle's people, are its source. */
export function draft(doc: Doc, tokens: readonly Token[], sentence: Sentence, m: TriggerMatch, clause: Clause, clauses: readonly Clause[], groups: readonly ActorGroup[], plover: string, title: TitleContext, kb: KnowledgeBase, protesters?: ActorGroup): DraftEvent {
  // Before anything aims the event: whose own mission, place or country a target is depends on the source (a protest participle's people) and the place (a mission's city).
  const roles = { ...atMissionVenue(tokens, findRoles(tokens, m, clause, clauses, groups), groups), ...(protesters && { source: protesters }) };
  // "Eriador has received money from Osgiliath": the pattern says the subject is the target and the object the source.
  // So does a verb of receiving whose object is named after "from" ("received a telephone call from the Iranian president").
  if (m.swapped || receivedFrom(tokens, m, roles.target)) [roles.source, roles.target] = [roles.target, roles.source];
  // "Nazarbayev received the visiting Chinese foreign minister": the guest's visit, the host its recipient (PLOVER manual).
  const hosted = hostedGuest(tokens, m, roles.source, roles.target);
  if (hosted || visitingAttribute(tokens, m, roles.target) || visitingObject(tokens, m, roles.target)) [roles.source, roles.target] = [roles.target, roles.source];
  // "A Palestinian prisoner died as a result of torture while in Israeli police custody": force on someone held, by no named agent, is
  // the custodian's, and the one held its target.
  const keeper = FORCE_ROOTS.has(m.code.slice(0, 2)) && !groups.some((g) => g.agentive && g.start >= clause.start && g.end <= clause.end) ? custodian(tokens, groups) : undefined;
  if (keeper && keeper !== roles.source && keeper !== roles.target) {
    if (roles.source && keeper.mentions[0]?.country !== roles.source.mentions[0]?.country) roles.target ??= roles.source;
    roles.source = keeper;
  }
  // "the ceasefire initiated by Russia and the USA": the brokers mediate together; neither acts on the other.
  const brokered = brokeredBy(tokens, m, roles.source);
  if (brokered) plover = 'CONSULT';
  let source = roles.source ? side(doc, tokens, roles.source) : undefined;
  let target = roles.target ? side(doc, tokens, roles.target) : undefined;
  let targetGroup = roles.target;
  // A partner named after "with" ("X, Y and Z established ties with their Belarusian partners") is the target of the whole list: only a compound with no partner acts on itself.
  // Nor one that met someone no actor names: "The Presidents talked with the management and long-time workers of the plant".
  // A joint act of "both sides" or "the two leaders" with no one else named is split the same way ("The two leaders confirmed their readiness to continue cooperation").
  const reciprocal = (mutualObject(tokens, m, clause.end, roles.target) || (m.reciprocal && !(roles.target && partnerWith(tokens, roles.target.start)) && !unnamedPartner(tokens, m, groups))) && roles.source !== undefined && roles.source.mentions.length > 1;
  const joint = !roles.target && (jointSides(roles.source, m.code) || praisedOwnRelation(tokens, roles.source, m, clause.end)) && !unnamedPartner(tokens, m, groups);
  if (!brokered && roles.source && (reciprocal || joint)) {
    targetGroup = roles.source;
    source = side(doc, tokens, roles.source, roles.source.mentions.slice(0, 1));
    target = side(doc, tokens, roles.source, roles.source.mentions.slice(1));
  }
  if (target && source && roles.target?.locative && !DOMESTIC.has(plover) && target.actor?.slice(0, 3) === source.actor?.slice(0, 3)) {
    // A place named by the pattern ("arrived in", "an embassy in") of the source's own country is where it acts, not whom it acts on.
    target = undefined;
  }
  if (source && target && roles.target && possessiveDeterminer(tokens, roles.target) && target.actor?.slice(0, 3) === source.actor?.slice(0, 3)) {
    // "reneged on his commitment to the Zambian people": the subject's own possessive is no target; the complement may name one.
    target = undefined;
    targetGroup = undefined;
  }
  // So is it in the infinitive after a nominal of intent: "confirmed Russia's readiness to carry on unified efforts with the United States".
  if (!target && (m.kind === 'verb' || infinitiveAfter(tokens, m)) && (ABSORBING.has(plover) || plover === 'THREATEN')) {
    // "threatened to cut off electricity to the Azerbaijani republic": whom a threat, demand or promise is aimed at stands in its complement.
    // A list may run past the clause's commas: "to lift embargoes … to Iran, Libya, North Korea, Sudan".
    const aimed = groups.find((g) => g.start >= m.end && (g.end <= clause.end || (g.start < clause.end && g.mentions.length > 1)) && !g.locative && !g.agentive && !pairModifier(tokens, g, groups) && !possessiveDeterminer(tokens, g) && !ownerBeforeRecipient(tokens, g, groups, clause.end) && complementObject(tokens, g.start, m.end, plover === 'THREATEN' || plover === 'REJECT') && shallowComplement(tokens, m.end, g.start));
    if (aimed) {
      target = side(doc, tokens, aimed);
      targetGroup = aimed;
    }
  }
  // "Mr Kuchma requested assistance to Ukraine": the own country a request is for is not whom it is made of; a "from" after it may name
  // that ("asked for more aid for Afghanistan from Japan").
  if (plover === 'REQUEST' && source && target && targetGroup && ['to', 'for'].includes(tokens[targetGroup.start - 1]?.normal ?? '')
    && targetGroup.mentions.every((x) => x.type === 'GPE') && target.actor?.slice(0, 3) === source.actor?.slice(0, 3)) {
    const end = targetGroup.end;
    targetGroup = groups.find((g) => g.start > end && g.end <= clause.end && tokens[g.start - 1]?.normal === 'from' && !g.locative);
    target = targetGroup && side(doc, tokens, targetGroup);
  }
  // "pulled out of Badme, handing it over to Eritrean forces": a withdrawal is aimed at whom it hands the ground to;
  // "apologised for its treatment of Zimbabwean migrants": an apology at those its act was done to.
  // "lifted the ban on beef imports from France": a ban or restriction on trade at the side the goods come from or go to.
  // "called for the release of hostages held by Hezbollah": a demand for captives at their holder.
  const receiver = !target && source ? handedTo(tokens, m, clause, clauses, groups) ?? apologyVictims(tokens, m, clause.end, groups) ?? tradeParty(tokens, m, clause.end, groups)
    ?? (plover === 'REQUEST' ? captivesHolder(tokens, m, clause.end, groups) : undefined) : undefined;
  if (receiver) [target, targetGroup] = [side(doc, tokens, receiver), receiver];
  if (!target && source && plover === 'THREATEN') {
    // "threatened to stop negotiations if the United States goes ahead": a threat is aimed at whoever must meet its condition.
    const condition = conditionSubject(tokens, clause, clauses, groups);
    if (condition) {
      const aimed = side(doc, tokens, condition);
      if (aimed.actor && aimed.actor.slice(0, 3) !== source.actor?.slice(0, 3)) target = aimed;
    }
  }
  if (!source && plover === 'PROTEST' && roles.location && m.kind === 'verb' && crowdBefore(tokens, clause.start, m.start)) {
    // "Hundreds of thousands of people blocked streets in Hong Kong": protesters named by no actor are the people of where they protest.
    source = side(doc, tokens, roles.location);
  }
  if (!source && plover === 'ASSAULT') {
    // "were killed when Pakistani troops fired across the border": an agentless passive's agent is the subject of the clause that tells how.
    // "The attack on the convoy, claimed by the Kurdistan Workers Party, killed seven soldiers": an aside names the author.
    const agent = explainingAgent(tokens, m, sentence.endToken, groups) ?? attackAuthor(tokens, m, sentence.firstToken, groups);
    if (agent) source = side(doc, tokens, agent);
  }
  // A protest whose purpose names the protesters' own country ("Algerian landowners … to demand the return of property seized by Algerian government forces") is aimed at their own state.
  let aimedByPurpose = false;
  if (!target && source && plover === 'PROTEST') {
    // "blocked a road to show their disapproval for the United States' policies": a protest is aimed at whom its purpose names.
    const aimed = protestAim(tokens, m.end, sentence.endToken, groups) ?? protestedActDoer(tokens, m.start, sentence.endToken, groups, roles.source);
    if (aimed) {
      target = side(doc, tokens, aimed);
      targetGroup = aimed;
      aimedByPurpose = true;
    }
  }
  // "rallied outside the Russian embassy in Tbilisi": a protest at a foreign mission is aimed at its state, not at the protesters' own city.
  const ownVenue = target !== undefined && roles.target?.locative === true && target.actor?.slice(0, 3) === source?.actor?.slice(0, 3);
  if ((!target || ownVenue) && source && plover === 'PROTEST') {
    // "Palestinians, angered by the killing of a teenager by Israeli soldiers, demonstrated in Hebron": at whom the anger is.
    const aimed = protestedMission(tokens, m.end, clause.end, groups) ?? angerCause(tokens, sentence.firstToken, sentence.endToken, groups);
    const other = aimed && side(doc, tokens, aimed);
    if (other && other.actor?.slice(0, 3) !== source.actor?.slice(0, 3)) [target, targetGroup] = [other, aimed];
  }
  // "Each side accused the other": the subject's two sides act one on the other, the first on the second.
  if (source && target && targetGroup?.bothSides && targetGroup === roles.source) source = side(doc, tokens, targetGroup, targetGroup.mentions.slice(0, 1));
  if (source && target && targetGroup?.bothSides) target = withoutSourceCountry(doc, tokens, targetGroup, source, target);
  if (source && target && targetGroup?.mentions.every((x) => PRONOUN.test(x.text)) && target.actor?.slice(0, 3) === source.actor?.slice(0, 3)) {
    // "Ukraine's strikes that targeted its airfields": a pronoun target resolved to the source's own side is far likelier a coreference slip than self-harm.
    // "Assad arrived in Moscow. Putin promised him arms": an object "him" is no one of its own clause's subject; the previous subject may be whom it means.
    const meant = objectPronounAntecedent(doc, tokens, sentence, targetGroup, groups, source.actor?.slice(0, 3) ?? '');
    target = meant && side(doc, tokens, meant);
    if (meant) targetGroup = meant;
  }
  if (!target && source && roles.location && (PLACE_TARGETS.has(plover) || m.code === VISIT)) {
    const place = side(doc, tokens, roles.location);
    // "threatened to institute a curfew in Algiers": a threat of emergency rule is aimed at one's own people, as the rule itself is.
    const domestic = (DOMESTIC.has(plover) || m.code.startsWith('081') || (plover === 'THREATEN' && emergencyAfter(tokens, m.end, clause.end))) && m.code !== SEIZE && m.origin.startsWith(OWN_FILE);
    const reached = plover !== 'AID' || recipientPlace(tokens, m, roles.location);
    // "killed 15 guerrillas in a clash near the Mozambique border": a border is no place violence is aimed at.
    const border = plover === 'ASSAULT' && borderOf(tokens, roles.location);
    // "ambushed peacekeepers near Mogadishu": foreigners by office hit at a place are not its people.
    const foreign = plover === 'ASSAULT' && foreignersHit(tokens, m.end, roles.location.start);
    // "Arab militiamen backed by Khartoum burned three villages in Darfur": rebels at home strike their own country, as its forces do not.
    const rebels = plover === 'ASSAULT' && armedGroup(source.actor);
    if (place.actor && reached && !border && !foreign && (domestic || rebels || place.actor.slice(0, 3) !== source.actor?.slice(0, 3))) target = place;
  }
  if (!target && source?.actor?.startsWith(IGO) && roles.location && plover !== 'CONSULT') {
    // "The Security Council agreed to extend the force in Lebanon", "Red Cross officials suspended aid deliveries in Baghdad":
    // an international organisation acts on the country where it acts; where it meets is only a venue ("the G20 meeting in Hamburg").
    const place = side(doc, tokens, roles.location);
    if (place.actor && !place.actor.startsWith(IGO)) target = place;
  }
  // "prepared to impose martial law", "lifted the curfew": a curfew, martial law or a state of emergency is imposed on one's own people.
  // Only a country or its bodies name them ("the Ethiopian government imposed a curfew"): "Yoon declared martial law" is not imposed on Yoon.
  // "Egyptian authorities detained a prominent blogger": coercion of people or things no actor names is done at home.
  const onOwnPeople = !target && source !== undefined && bodySource(roles.source)
    && (isEmergencyRule(m.code) || (plover === 'COERCE' && homeRuler(source.actor) && unnamedObject(tokens, m, clause.end, groups)));
  if (onOwnPeople) target = source;
  // "Seven opposition parties in Nepal have organized a general strike": the people of a place protest against its state.
  // "Serb forces killed three ethnic Albanians in Serbia": so may a state and an ethnic group living in it.
  // "Khmer Rouge guerrillas attacked a Cambodian government outpost": one country's entity, two actors of it (KHMREB, KHMGOV) — rebels against their state;
  // so are its people and its state, one of them coded by the bare country ("Serbian nationalists protested against the Serbian government": SRB, SRBGOV).
  const twoActors = source?.actor !== undefined && target?.actor !== undefined && (source.actor.length > 3 || target.actor.length > 3) && source.actor !== target.actor;
  const ownPeople = onOwnPeople || (roles.resident === true || aimedByPurpose || twoActors || (DOMESTIC.has(plover) && roles.source?.locative === true)) && source !== undefined && target !== undefined && target.entities.every((e) => source!.entities.includes(e));
  const startOffset = tokens[m.start]!.start;
  const endOffset = tokens[m.end - 1]!.end;
  const clauseStart = tokens[clause.start]!.start;
  const clauseEnd = tokens[clause.end - 1]!.end;
  const time = (doc.layers.times ?? []).find((t) => t.start >= clauseStart && t.end <= clauseEnd && (t.type === 'DATE' || t.type === 'TIME'));
  const quantities = (doc.layers.quantities ?? []).filter((q) => q.start >= clauseStart && q.end <= clauseEnd).map((q) => q.id);
  const claim = carryingClaim(doc.layers.claims ?? [], startOffset, endOffset);
  // A nominal of an opening phrase has the tense of the main clause it belongs to ("During the talks, X and Y will discuss …").
  const main = roles.mainVerb === undefined ? undefined : clauses.find((c) => c.start <= roles.mainVerb! && roles.mainVerb! < c.end);
  const tensed = main ? clauseStatus(tokens, { ...m, kind: 'verb', start: roles.mainVerb!, end: roles.mainVerb! + 1, head: roles.mainVerb!, used: [] }, main, sentence.firstToken, sentence.endToken) : undefined;
  const status = withClaimStatus(tensed ?? clauseStatus(tokens, m, clause, sentence.firstToken, sentence.endToken), claim, plover);
  // "Opposition leaders in Kenya agreed to call off a march": a domestic act done (a threat is made when uttered), with no other party named, is aimed at its own country.
  if (!target && source && (status === 'occurred' || plover === 'THREATEN')) target = homeCountry(doc, sentence, plover, source, roles.source, clauseEnd, kb);
  if (!target && source && HOSTILE.has(plover) && status !== 'occurred' && status !== 'denied') {
    // "Iran said it would close the Strait of Hormuz if the United States attacked": hostile action announced on a condition (a threat) is
    // aimed at whoever must meet it. Not an offer: "willing to send troops … if the United Nations asks" is not made to the UN.
    const condition = conditionSubject(tokens, clause, clauses, groups);
    const aimed = condition && side(doc, tokens, condition);
    if (aimed?.actor && aimed.actor.slice(0, 3) !== source.actor?.slice(0, 3)) target = aimed;
  }
  // "Putin had a telephone conversation …" under "Telephone conversation with President of France Emmanuel Macron".
  if (!target && source && plover === 'CONSULT') target = titleCounterpart(doc, title, source);
  const locationEntity = roles.location?.mentions[0]?.entity;
  const confidence = 0.5 + (m.specificity > 0 ? 0.15 : 0) + (source ? 0.1 : 0) + (target ? 0.1 : 0);
  return {
    sentence: sentence.index,
    trigger: { start: startOffset, end: endOffset, text: doc.text.slice(startOffset, endOffset) },
    mentions: [{ start: startOffset, end: endOffset }],
    tokens: [m.head, ...m.used],
    plover, cameo: brokered ? MEDIATE : hosted ? VISIT : m.code, specificity: m.specificity, reciprocal: m.reciprocal && !brokered,
    quantities, status, lemmas: [tokens[m.head]!.lemma.toLowerCase()],
    rule: `events/${m.origin}`, confidence,
    ...(m.kind === 'noun' && isDefinite(tokens, m.start) && { anaphoric: true }),
    ...(roles.passiveWithoutActor && { passiveWithoutActor: true }),
    ...(ownPeople && { ownPeople: true }),
    ...(m.mode !== undefined && !brokered && { mode: m.mode }),
    ...((hosted || m.converse !== undefined) && { converse: hosted ? HOST : m.converse }),
    ...(m.context !== undefined && !brokered && { context: m.context }),
    ...(source && { source }),
    ...(target && { target }),
    ...(locationEntity !== undefined && { location: { entity: locationEntity } }),
    ...(time && { time: { time: time.id, value: time.value } }),
    ...(claim && { reportedBy: claim.id }),
    ...(roles.refToken !== undefined && { refToken: roles.refToken }),
  };
}
