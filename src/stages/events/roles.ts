import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import { bothObject, dashListObject, hearer, participleObject, sharedObject, warnedOver, zeroThatHearer } from './addressee.js';
import { otherSideAt } from './both-sides.js';
import { withstoodActor } from './despite.js';
import { frontedObject } from './fronted-addressee.js';
import { helpedObject, helpVerbObject, purposeObject, sentToPlace } from './purpose-object.js';
import { listedSubject } from './subject-list.js';
import { blastPlace } from './blast-place.js';
import { talkPartner } from './talk-partner.js';
import { appealNoun, yieldedTo, YIELDING } from './appeals.js';
import { carriedVictims } from './carried-victims.js';
import { speakerOnly, statelessSpeaker } from './speaker-only.js';
import { unnamedAttackersPlace } from './unnamed-attackers.js';
import { ethnicGroup, placedPeople, residence } from './residents.js';
import { allyOfOwner, possessiveDeterminer, recipientAfterOwner } from './aims.js';
import type { Clause } from './clauses.js';
import { compoundObject, CONSULTING, governedBy, participle, possessedActor, verbBetween } from './governed.js';
import { afterMatch, type TriggerMatch } from './match-triggers.js';
import { abstractHead, allegianceOfNamed, authorityOwnerStart, insidePhrase, patron } from './subject-phrase.js';
import { betweenPair, INVESTIGATION, isDefinite, nounRoles, POSSESSIVE } from './noun-roles.js';
import { actSubjectAgent, EXPULSIONS, fromState, ledByAgent, participleNounActors, passiveRecipient, retainedObjectAgent, subjectPhraseAgent } from './passive-sides.js';
import { byAfterNoun, DAYS, DETERMINERS, gerundListGoesOn, inheritedSubject, isPassive, naturalCause, ownSubject, participialPassive, placedAgents, placedByAgent, pronounBefore, reducedRelative } from './subjects.js';
import { VIOLENCE_ROOTS } from './cameo-roots.js';
import { borderOf, foreignersHit, foreignPlace } from './place-targets.js';
import { eventPlace } from './event-place.js';
import { meansVictims } from './means-victims.js';
import { adjectivalMaker, timeGerundSubject } from './gerund-sides.js';
import { pairedObject } from './name-pair.js';

/** The source and target groups of a trigger, and the place group of its clause. */
export interface Roles {
  source?: ActorGroup;
  target?: ActorGroup;
  location?: ActorGroup;
  /** Token whose event's source is this event's target ("respond to the drone strikes", "which Ukraine rejected"). */
  refToken?: number;
  /** A passive with a "by" phrase that names no actor ("was hit by the flood"). */
  passiveWithoutActor?: boolean;
  /** A side is an ethnic group coded by the country it lives in: source and target may then be one country. */
  resident?: boolean;
  /** The verb of the main clause whose subject a nominal in an opening phrase took: its tense is the nominal's ("During the talks, X will discuss"). */
  mainVerb?: number;
}

/** Finds who acts and who is acted on for one trigger, from the groups of its sentence and its clause. */
export function findRoles(tokens: readonly Token[], m: TriggerMatch, clause: Clause, clauses: readonly Clause[], groups: readonly ActorGroup[]): Roles {
  const roles: Roles = {};
  // A list of actors split by the clause commas ("Mordor, Rohan, Fornost and Bree welcomed") belongs to the clause it ends in;
  // one that starts after the trigger belongs to the trigger's clause too ("ties with Mordor, Rohan, Fornost and Bree").
  const inClause = groups.filter((g) => (g.end > clause.start && g.end <= clause.end) || (g.start >= m.end && g.start < clause.end && g.mentions.length > 1));
  roles.location = eventPlace(tokens, m, clause, groups, inClause);
  if (m.kind === 'verb' && !appealNoun(tokens, m)) verbRoles(tokens, m, clause, clauses, groups, inClause, roles);
  else nounRoles(tokens, m, clause, clauses, groups, inClause, roles);
  // "Russia caved in to demands from Chechen rebels": yielding to an appeal yields to whoever made it.
  if (m.kind === 'verb' && !roles.target && m.code.startsWith(YIELDING)) roles.target = yieldedTo(tokens, m, inClause);
  // "Serb forces killed three ethnic Albanians in southeastern Serbia", "Up to 100 ethnic Albanians demonstrated in Serbia":
  // CAMEO codes an ethnic group by the country it lives in, here the country where the clause's act takes place.
  const place = roles.location;
  // A nominal's victims too: "ethnic cleansing in Montenegro against the Albanian population of the province".
  if (place) for (const key of ['source', 'target'] as const) {
    const g = roles[key];
    if (m.kind === 'noun' && key === 'source') continue;
    if (g && ethnicGroup(tokens, g) && place.mentions.every((x) => x.type === 'GPE')) {
      // "Ethnic Albanian rebels in Macedonia": a people the entities stage already placed in a state keeps that code and its sector (MKDREB).
      if (!placedPeople(g)) roles[key] = { ...place, start: g.start, end: g.end, locative: false, prep: -1, wholeSpan: true };
      roles.resident = true;
    }
  }
  // "Gunmen opened fire on a convoy carrying Nigerian soldiers in Borno": the people carried are hit, not the place named after them.
  const carried = m.kind === 'verb' && VIOLENCE_ROOTS.has(m.code.slice(0, 2)) ? carriedVictims(tokens, m, inClause, clause.end) : undefined;
  if (carried && (!roles.target || roles.target.start >= carried.end)) roles.target = carried;
  if (!roles.source && VIOLENCE_ROOTS.has(m.code.slice(0, 2))) {
    // "A roadside bombing near the town of Samarra killed …", "were killed by an improvised explosive device outside … Basra":
    // an unclaimed blast is the violence of the country where it went off.
    // "Gunmen ambushed a Nigerian army convoy near Maiduguri": so are attackers the text does not name.
    const blast = blastPlace(tokens, m, clause, inClause, roles.target !== undefined) ?? unnamedAttackersPlace(tokens, m, clause, inClause);
    if (blast) {
      roles.source = blast;
      delete roles.passiveWithoutActor;
      // "A journalist has been killed in a car bomb explosion in … Beirut": victims named by no actor are the place's people.
      if (!roles.target) [roles.target, roles.resident] = [blast, true];
    }
  }
  // "massed troops near the Armenian border", "deployed warships near Taiwan": a show of force at another country's place is aimed at it.
  if (m.code.startsWith(FORCE_SHOW) && place && roles.source && !roles.target && foreignPlace(place, roles.source)) roles.target = { ...place, locative: false };
  // "shelled a displacement camp near El Fasher", "bombed an oil pipeline in Arauca": an attack on a thing at a place is aimed at
  // the country that holds the place (CAMEO codes the place's country as the target, whoever attacks).
  // Not a border named by its country ("killed 15 guerrillas in a clash near the Mozambique border"): the clash may be on either side.
  else if (VIOLENCE_ROOTS.has(m.code.slice(0, 2)) && m.kind === 'verb' && !m.reciprocal && !m.swapped && place && place.start > m.end && roles.source && !roles.target
    && place.mentions.every((x) => x.type === 'GPE') && !borderOf(tokens, place) && !foreignersHit(tokens, m.end, place.start)) roles.target = { ...place, locative: false };
  if (m.reciprocal && !roles.source && !roles.target) {
    const both = groups.find((g) => g.bothSides);
    if (both) roles.source = both;
  }
  if (!roles.target && !roles.refToken && clause.kind === 'relative' && m.kind === 'verb' && !PERSONAL_OR_PLACE.has(tokens[clause.start]!.normal)) {
    const owner = groups.find((g) => g.end <= clause.start && g.end >= clause.start - 4 && !g.locative && g !== roles.source);
    if (owner) roles.target = owner;
  }
  if (!roles.target && !roles.refToken && clause.kind === 'relative' && m.kind === 'verb') {
    const at = clause.start - 1 - (tokens[clause.start - 1]?.normal === ',' ? 1 : 0);
    if (at >= 0 && (tokens[at]!.pos === 'NOUN' || tokens[at]!.pos === 'PROPN') && !PERSONAL_OR_PLACE.has(tokens[clause.start]!.normal)) roles.refToken = at;
  }
  return roles;
}

/** Particles of phrasal verbs that may stand between a participle and its "by" ("put forward by", "drawn up by", "handed down by"). */
const PHRASAL_PARTICLES = new Set(['up', 'out', 'down', 'forward', 'off']);

/** Subject before the verb (or inherited), object after it; swapped for a passive with its "by" agent. */
function verbRoles(tokens: readonly Token[], m: TriggerMatch, clause: Clause, clauses: readonly Clause[], groups: readonly ActorGroup[], inClause: readonly ActorGroup[], roles: Roles): void {
  // "Russia's shelling of Kharkiv": a gerund after a possessive is a nominal whose possessor acts, whatever phrase holds it.
  // "wounded in Indian shelling": so is a people's adjective that opens the gerund's noun phrase.
  const possessor = gerundPossessor(tokens, m, inClause) ?? adjectivalMaker(tokens, m, inClause);
  // "met Peruvian officials after visiting Bolivia": the visit is the subject's of "met", not the object's right before it.
  const found = possessor ?? timeGerundSubject(tokens, m, clause, inClause) ?? [...inClause].reverse().find((g) => g.end <= m.start && !g.locative && (ledByAgent(tokens, g) || (!g.agentive && !insidePhrase(tokens, g, clause.start))) && !patron(tokens, g) && !abstractHead(tokens, g)
    && !speakerOnly(tokens, g.end, m.start) && !allegianceOfNamed(tokens, g, inClause));
  // "Bundestag deputies, members of the French and Italian parliaments and many other people visited Crimea": the whole list acts.
  const listed = found && !possessor ? listedSubject(tokens, clause, clauses, groups, found, m.start) : undefined;
  const local = (found && residence(tokens, found, inClause, m.start)) ?? listed ?? found ?? placedAgents(tokens, inClause, m.start, clause.start);
  const setOff = participialPassive(tokens, m.start, clause.start);
  const passive = isPassive(tokens, m.start, clause.start) || reducedRelative(tokens, m.start, clause.start) || setOff;
  // "It was not exactly destroyed": a passive's pronoun subject is a thing far more often than the earlier actor.
  const inherit = !local && !ownSubject(tokens, clause, m.start) && !(passive && clause.kind !== 'relative' && pronounBefore(tokens, clause.start, m.start))
    && !gerundListGoesOn(tokens, m.start, clause, clauses);
  // "Food aid donated by Japan arrived in Nampo": a subject phrase that names no actor acts for the agent that made or sent it.
  const subject = local ?? (inherit ? inheritedSubject(tokens, clause, clauses, groups) : undefined) ?? (passive ? undefined : subjectPhraseAgent(tokens, inClause, clause.start, m.start));
  const after = inClause.filter((g) => g.start >= m.end);
  // Failing any other, a place whose preposition the pattern names is no mere location: "opened an embassy in Tehran", "sought refuge in Germany".
  // "helped arm Hezbollah fighters against Israel": the object of the bare verb after "help" comes before any later governed phrase.
  const helped = helpVerbObject(tokens, m, after, clause.end);
  // "were wounded in Indian shelling": a gerund nominal with no "of" tells how the passive's subject was harmed, as a noun does.
  let object = (possessor ? after.find((g) => g.start === m.end + 1 && tokens[m.end]!.normal === 'of' && !g.locative) ?? meansVictims(tokens, m, clause, inClause) : undefined)
    ?? helped
    ?? after.find((g) => !g.locative && !g.agentive && governedBy(tokens, g, m))
    ?? after.find((g) => g.locative && m.used.includes(g.prep) && governedBy(tokens, g, m));
  if (!object) {
    // "demanded that Hamas renounce …", "urged that Russia withdraw": the subject of a that-clause right after the verb is whom it addresses,
    // or the body whose authority is its subject ("demanded that control of the Interior Ministry be taken away").
    // The gap is counted after the pattern's own words and a day ("expressed hopes on Thursday that Osgiliath …").
    const next = clauses[clauses.indexOf(clause) + 1];
    let from = afterMatch(m);
    while (next && from < next.start && (DAYS.has(tokens[from]!.normal) || (tokens[from]!.normal === 'on' && DAYS.has(tokens[from + 1]?.normal ?? '')))) from++;
    const gap = next ? next.start - from : Infinity;
    if (next && tokens[next.start]!.normal === 'that' && gap <= 2) object = groups.find((g) => g.start >= next.start && (g.start <= next.start + 3 || g.start === authorityOwnerStart(tokens, next.start + 1)) && !g.locative);
  }
  object ??= sharedObject(tokens, m, groups) ?? participleObject(tokens, m.end, clause, clauses, groups) ?? bothObject(tokens, m.end, clause, groups) ?? hearer(tokens, clause, clauses, groups, local)
    ?? dashListObject(tokens, m.end, clause, clauses, groups) ?? zeroThatHearer(tokens, clause, groups, local);
  // "Merkel told her French counterpart that Berlin backed his proposal": an owner pronoun in the that-clause stands for the hearer.
  if (object && possessiveDeterminer(tokens, object)) object = hearer(tokens, clause, clauses, groups, local) ?? zeroThatHearer(tokens, clause, groups, local) ?? object;
  // "In a letter to the U.N. Security Council, Eritrea asked the world body …": a verbal act with no direct object is aimed at the opening phrase's addressee.
  object = frontedObject(tokens, m, clause, clauses, groups, object, after, subject) ?? object;
  // "opened fire to disperse Moslem fundamentalist demonstrators": force is aimed at whom its crowd-control purpose acts on;
  // "will send troops to help guard Afghanistan's northern border": help, at whom its purpose's object belongs to;
  // "declined to resign despite growing pressure by the Commission": a refusal, at whom it withstands; "sent personnel to Bosnia to investigate": there.
  // The place sent to comes last: an object the purpose's own verb governs names whom the act is aimed at more surely than where its actors went.
  object ??= purposeObject(tokens, m, groups, clauses[clauses.length - 1]?.end ?? clause.end) ?? helpedObject(tokens, m, groups, clause.end) ?? withstoodActor(tokens, m, groups, clauses[clauses.length - 1]?.end ?? clause.end) ?? sentToPlace(tokens, m, groups);
  // "Each side accused the other": the other of the two sides, which the draft keeps of the subject's group.
  if (!object && subject?.bothSides && otherSideAt(tokens, m.end)) object = subject;
  if (object) object = warnedOver(tokens, object, clause, clauses, groups, subject) ?? object;
  if (object && m.code.startsWith(GRIEVANCE)) object = grievanceObject(tokens, after, object) ?? object;
  // The two never both apply (a possessive pronoun object has no "'s" after it, an ally's owner has), so their order is free.
  else if (object) object = possessedActor(tokens, after, object) ?? allyOfOwner(tokens, after, object) ?? object;
  // "discussed the Iraqi crisis by telephone with his Saudi counterpart": talks are held with the partner after "with", not with the topic's modifier.
  object = talkPartner(tokens, m, object, after, clause.end) ?? object;
  // "praised American-Chinese relations": both names of the pair, less the subject's own ("Putin praised Russian-Ukrainian relations").
  // Not what talks are about: "discussed Russian-Ukrainian relations with Merkel" is held with Merkel, whom the pair does not name.
  const paired = m.code.startsWith(CONSULTING) ? undefined : pairedObject(tokens, object, after, subject);
  if (paired !== undefined) object = paired ?? undefined;
  // "captured the town of Kisangani from Zairean government troops": land seized is taken from whom "from" names, not from its own name.
  if (m.code.startsWith(SEIZURE) && !passive) object = after.find((g) => !g.agentive && fromBefore(tokens, g.start, m.end)) ?? object;
  // "would block European Union aid to Turkey", "lifted EU sanctions on Iran": an act on a thing that goes to someone is aimed at the
  // recipient, not at the thing's maker (whom praise or blame of the thing is aimed at: "condemned Israeli attacks on Gaza" stays Israel's).
  // Those helped are no thing's owner: "helped arm Hezbollah fighters against Israel" is no aid to Israel.
  if (object && object !== helped && RECIPIENT_ROOTS.has(m.code.slice(0, 2))) object = recipientAfterOwner(tokens, object, after, clause.end) ?? object;
  // "extradited a Russian businessman to the United States": judicial cooperation is with the state the suspect is handed to.
  if (m.code === EXTRADITION) object = after.find((g) => tokens[g.start - 1 - (tokens[g.start - 1]?.pos === 'DET' ? 1 : 0)]?.normal === 'to') ?? object;
  const agent = after.find((g) => g.agentive);
  // "is investigating alleged war crimes by Croatian extremists against Serb civilians": an inquiry is aimed at whom the wrong it looks into is ascribed to.
  if (agent && !passive && m.code.startsWith(INVESTIGATION) && !verbBetween(tokens, m.end, agent.start - 2)) object = agent;
  // "rejected calls by Kofi Annan": the agent of the object noun (which the tagger may read as a verb) is whom the act answers;
  // so is the agent of a participle right after it ("welcomed memos sent by Bree", "rejected the proposal made by Kyiv").
  // The noun before "by", over the agent's determiners and adjectives ("the proposal by the African Union").
  let by = agent ? agent.start - 1 : -1;
  while (by > m.end && tokens[by]!.normal !== 'by' && DETERMINERS.has(tokens[by]!.pos)) by--;
  // "rejected a ceasefire plan put forward by Kenyan mediators", "the sentence handed down by a court": a phrasal participle's particle stands before "by".
  const particle = agent && PHRASAL_PARTICLES.has(tokens[by - 1]?.normal ?? '') && tokens[by - 2]?.pos === 'VERB' ? 1 : 0;
  const byAt = agent ? by - 1 - particle - ((particle || participle(tokens[by - 1])) && (m.used.includes(by - 2 - particle) || compoundObject(tokens, by - 2 - particle, m.end)) ? 1 : 0) : -1;
  // Only a noun of the verb's own complement, with no other verb on the way ("work to undo … a proposal by the Bush administration" is undo's).
  const objectsAgent = agent !== undefined && agent.start > m.end && !verbBetween(tokens, m.end, byAt) && nounOrUsed(tokens, m, byAt);
  // "condemned the visit by Taiwan's president to the United States": whom the object's act was aimed at, after its agent, is no side
  // of the verb's act; the agent is. Not for talks: "discussed the attack by Peru on Chile with Norway" is held with Norway.
  if (objectsAgent && (!object || (object.start >= agent.end && !m.code.startsWith(CONSULTING)))) object = agent;
  if (passive) {
    // "by" after a common noun is that noun's ("was discussed following the missile test by the DPRK"), not the passive's agent.
    const placed = agent ? undefined : placedByAgent(tokens, after, m.end);
    // "were given food and shelter by Tanzania": a bare retained object (or a time) before "by" leaves the agent the passive's.
    if (agent && (!byAfterNoun(tokens, agent) || retainedObjectAgent(tokens, m, agent))) roles.source = agent;
    else if (placed) roles.source = placed;
    else if (tokens[m.end]?.normal === 'by' || tokens[m.end + 1]?.normal === 'by') roles.passiveWithoutActor = true;
    // The victim of a passive may sit inside its subject phrase ("a camp for Congolese refugees was attacked").
    // "The peace plan put forward by Norway was endorsed": a subject phrase that names no actor stands for the agent that made it.
    // "A Security Council resolution sponsored by Britain was backed": a mere modifier of the subject noun yields to its maker.
    // "The attack on the Chilean embassy by Peruvian students was condemned": an act's author before the victim its phrase names.
    const patient = (subject && tokens[subject.end]?.pos === 'NOUN' ? subjectPhraseAgent(tokens, inClause, clause.start, m.start) : undefined) ?? subject
      ?? actSubjectAgent(tokens, inClause, clause.start, m.start) ?? [...inClause].reverse().find((g) => g.end <= m.start && !g.locative && !g.agentive && !statelessSpeaker(tokens, g, m.start)) ?? subjectPhraseAgent(tokens, inClause, clause.start, m.start)
      ?? (setOff ? participleNounActors(tokens, groups, m.start - 1) : undefined);
    // "The issue of salvaging the Kursk submarine was discussed at the meeting": what is discussed is a topic, no party to the talk.
    if (patient && !TOPIC_VERBS.has(tokens[m.head]!.lemma.toLowerCase())) roles.target = patient;
    // "was extradited to Spain by France", "troops were sent to the Afghan border": whom the thing or people moved are handed or sent to.
    const recipient = !patient || m.code === EXTRADITION ? passiveRecipient(tokens, after, m) : undefined;
    if (recipient) roles.target = recipient;
    // "Greek navy vessels were dispatched to …", "Russian missiles had been deployed in Belarus": forces moved with no agent named are their owner's move.
    if (!roles.source && !agent && patient && m.code.startsWith('15')) [roles.source, roles.target] = [patient, undefined];
    // "Two Canadian citizens were arrested in China", "was put under investigation in Italy": with no agent, an arrest, detention,
    // raid or inquiry is the state's where it happens.
    // Only with a known victim: "The Academy is charged with overseeing research in the Russian Federation" names none.
    const state = roles.source || agent || !patient || !STATE_ACTS.some((c) => m.code.startsWith(c)) ? undefined : after.find((g) => g.locative && tokens[g.prep]!.normal === 'in' && g.mentions.every((x) => x.type === 'GPE'));
    if (state) roles.source = { ...state, locative: false };
    // "Two Russian diplomats were expelled from the Netherlands": with no agent, those expelled or deported are sent out by the state they leave.
    const expeller = roles.source || agent || !patient || !EXPULSIONS.has(tokens[m.head]!.lemma.toLowerCase()) ? undefined : fromState(tokens, after, m);
    if (expeller) roles.source = expeller;
  } else {
    if (subject) roles.source = subject;
    if (object) roles.target = object;
    // "Heavy fighting between Peru and Chile killed 30": a reciprocal act's "between" pair are its two sides, which the draft splits.
    // Only the verb's own "between": "discussed the implementation of agreements between the Russian and Ukrainian Presidents" is the agreements' pair.
    if (!subject && object && m.reciprocal && betweenPair(tokens, object) && tokens[afterMatch(m)]?.normal === 'between') {
      [roles.source, roles.target] = [object, undefined];
    }
    // "A powerful earthquake has hit southern Iran": a force of nature or an accident does what only an actor's act would code.
    // A relative or participle clause looks at what it hangs on: "the quake, which struck", "a quake shook the area, killing 10".
    const from = clause.kind === 'relative' || clause.kind === 'participle' ? clauses[Math.max(0, clauses.indexOf(clause) - 1)]!.start : clause.start;
    if (!subject && naturalCause(tokens, from, m.start)) roles.passiveWithoutActor = true;
  }
  for (const k of m.used) if (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN') {
    if (!roles.target && isDefinite(tokens, k)) roles.refToken = k;
    break;
  }
}

/** The actor right before a gerund's possessive particle ("Russia's shelling of Kharkiv"), if the trigger is such a gerund. */
function gerundPossessor(tokens: readonly Token[], m: TriggerMatch, inClause: readonly ActorGroup[]): ActorGroup | undefined {
  if (!tokens[m.start]!.normal.endsWith('ing') || !POSSESSIVE.has(tokens[m.start - 1]?.normal ?? '')) return undefined;
  return inClause.find((g) => g.end === m.start - 1 && !g.agentive);
}

/** Verbs of talk whose passive subject is what is talked about ("was discussed", "were examined"), not a side. */
const TOPIC_VERBS = new Set(['discuss', 'debate', 'examine', 'consider', 'review', 'raise', 'address']);

/** Relative words whose antecedent is not what the clause's act is done to: a person who acts, a place where it happens. */
const PERSONAL_OR_PLACE = new Set(['who', 'where']);

/** CAMEO root of military posturing (15, PLOVER MOBILIZE). */
const FORCE_SHOW = '15';

/** CAMEO judicial cooperation (063): extradition. */
const EXTRADITION = '063';
/** CAMEO roots of acts only a state does where it holds the place: investigations (09); arrests, detentions, seizures, restrictions (17). */
const STATE_ACTS = ['09', '17'];

/** Is the word at `k` a noun, or one of the pattern's own words? */
function nounOrUsed(tokens: readonly Token[], m: TriggerMatch, k: number): boolean {
  return tokens[k]?.pos === 'NOUN' || m.used.includes(k);
}

/**
 * CAMEO roots of acts whose object is a thing sent or withheld (07 aid, 08 yield, 13 threaten, 16 reduce relations, 17 coerce).
 * Not a rejection (12): "Russia vetoed a United Nations Security Council resolution on Syria" rejects the resolution's makers.
 */
const RECIPIENT_ROOTS = new Set(['07', '08', '13', '16', '17']);
/** CAMEO "occupy territory": seizing a place, taken from someone. */
const SEIZURE = '192';

/** Does "from" stand before `start`, over determiners and adjectives, after the verb ("from Zairean government troops")? */
function fromBefore(tokens: readonly Token[], start: number, verbEnd: number): boolean {
  let k = start - 1;
  while (k > verbEnd && DETERMINERS.has(tokens[k]!.pos)) k--;
  return k >= verbEnd && tokens[k]!.normal === 'from';
}

/** CAMEO root of accusing and complaining (11): whom a complaint is addressed to is not whom it is about. */
const GRIEVANCE = '11';
/** Prepositions that name what a complaint is about ("complained to the UN over Israeli air raids"). */
const GRIEVANCE_PREPS = new Set(['over', 'about', 'against']);

/** "complained to the United Nations over two Israeli air raids": the group after "over"/"about"/"against" (over a few modifiers) is whom the complaint is about. */
function grievanceObject(tokens: readonly Token[], after: readonly ActorGroup[], addressee: ActorGroup): ActorGroup | undefined {
  let to = addressee.start - 1;
  while (to >= 0 && DETERMINERS.has(tokens[to]!.pos)) to--;
  if (tokens[to]?.normal !== 'to') return undefined;
  return after.find((g) => {
    if (g.start <= addressee.start || g.locative) return false;
    for (let k = g.start - 1, n = 0; k >= addressee.end && n < 4; k--, n++) if (GRIEVANCE_PREPS.has(tokens[k]!.normal)) return true;
    return false;
  });
}

