import type { Doc, Sentence, Token } from '../../core/doc.js';
import type { EntityMention, EventActor } from '../../core/mention.js';
import { lookupCode, type CodeTable } from '../../knowledge/verbs/code-table.js';
import type { VerbDictionary } from '../../knowledge/verbs/types.js';
import { actorCode, sentenceGroups, type ActorGroup } from './actors.js';
import { splitClauses, type Clause } from './clauses.js';
import { hasEntries, matchTrigger, wordsOf, type TriggerMatch } from './match-triggers.js';
import { isCapability, isTopic, notAHappening, otherSense } from './happening.js';
import type { DraftEvent } from './merge.js';
import { findRoles, isDefinite } from './roles.js';
import { carryingClaim, clauseStatus, withClaimStatus } from './status.js';

/** What detection needs besides the document. */
export interface DetectOptions {
  readonly dictionary: VerbDictionary;
  readonly codes: CodeTable;
  /** Keep codes the code table does not know (test-only PETRARCH codes); dropped by default. */
  readonly keepUnknownCodes?: boolean;
}

/** Categories whose complement is something proposed, not something done: triggers inside it are theirs ("dismissed a ceasefire"). */
const ABSORBING = new Set(['AGREE', 'REQUEST', 'REJECT']);
/** Draft events of one sentence, in text order. */
export function detectSentence(doc: Doc, sentence: Sentence, entities: readonly EntityMention[], dyad: readonly EntityMention[], options: DetectOptions): DraftEvent[] {
  const tokens = doc.layers.tokens ?? [];
  if (!anyTrigger(tokens, sentence, options.dictionary)) return [];
  const clauses = splitClauses(tokens, sentence.firstToken, sentence.endToken);
  const matches: { m: TriggerMatch; clause: Clause; plover: string }[] = [];
  let present: Set<string> | undefined;
  let c = 0;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const pos = tokens[i]!.pos;
    if (pos !== 'VERB' && pos !== 'NOUN' && pos !== 'PROPN') continue;
    while (c < clauses.length && clauses[c]!.end <= i) c++;
    const clause = clauses[c];
    if (!clause || clause.start > i) continue;
    if (!hasEntries(tokens[i]!, options.dictionary)) continue;
    present ??= wordsOf(tokens, sentence.firstToken, sentence.endToken);
    const m = matchTrigger(tokens, i, clause, options.dictionary, present);
    if (!m) continue;
    const row = lookupCode(options.codes, m.code);
    if (!row && !options.keepUnknownCodes) continue;
    if (m.code.startsWith('01')) continue;
    matches.push({ m, clause, plover: m.plover ?? row?.plover ?? '' });
    i = Math.max(i, m.end - 1);
  }
  const absorbed = new Set<number>();
  for (const { m, clause, plover } of matches) {
    // "demanded that Israel ease restrictions", "its demand that Israel ease restrictions": what is demanded in the that-clause did not happen.
    const asked = ABSORBING.has(plover) ? thatClauseAfter(tokens, m.end, clause, clauses) : undefined;
    if (asked) for (const other of matches) if (other.clause === asked) absorbed.add(other.m.head);
    if (m.kind !== 'verb') continue;
    for (const k of m.used) if (!isDefinite(tokens, k)) absorbed.add(k);
    if (ABSORBING.has(plover) || (plover === 'THREATEN' && !m.used.some((k) => isDefinite(tokens, k)))) {
      for (const other of matches) if (other.m.start >= m.end && other.clause === clause && !(plover === 'THREATEN' && isDefinite(tokens, other.m.head))) absorbed.add(other.m.head);
    }
  }
  if (matches.length === 0) return [];
  const groups = sentenceGroups(tokens, sentence.firstToken, sentence.endToken, entities, dyad);
  const drafts: DraftEvent[] = [];
  for (const { m, clause, plover } of matches) {
    if (absorbed.has(m.head) || (m.kind === 'noun' && isTopic(tokens, m.start, clause.start)) || isCapability(tokens, m.start, clause.start)) continue;
    if (m.kind === 'verb' && notAHappening(doc.text, tokens, m.start, sentence.firstToken, sentence.endToken)) continue;
    if (m.kind === 'verb' && otherSense(tokens, m, sentence.endToken)) continue;
    const d = draft(doc, tokens, sentence, m, clause, clauses, groups, plover);
    if (d.passiveWithoutActor) continue;
    if (!m.origin.startsWith(OWN_FILE) && !options.keepUnknownCodes && !bothSides(d)) continue;
    const antecedent = clause.kind === 'relative' && m.kind === 'verb' ? drafts.find((o) => o.plover === plover && o.tokens[0] === clause.start - 1) : undefined;
    if (antecedent) {
      // "drone strikes that targeted its airfields": the relative clause restates its antecedent's event.
      if (!antecedent.target && d.target && d.target.actor?.slice(0, 3) !== antecedent.source?.actor?.slice(0, 3)) antecedent.target = d.target;
      continue;
    }
    drafts.push(d);
  }
  return drafts;
}

/**
 * Does a draft name a source and a target that is someone else? Patterns of converted dictionaries
 * count only then; the two may share a country ("Sandinista government … ordered La Prensa").
 */
function bothSides(d: DraftEvent): boolean {
  return d.source !== undefined && d.target !== undefined && d.target.entities.some((e) => !d.source!.entities.includes(e));
}

/** The clause opened by "that" right after a trigger (over a day word: "its demand today that …"), if any. */
function thatClauseAfter(tokens: readonly Token[], end: number, clause: Clause, clauses: readonly Clause[]): Clause | undefined {
  const next = clauses[clauses.indexOf(clause) + 1];
  return next && tokens[next.start]!.normal === 'that' && next.start - end <= 2 ? next : undefined;
}

/** Is the group the first half of a two-country modifier ("Russian-French coordination")? It names a relation, not whom an act is aimed at. */
function pairModifier(tokens: readonly Token[], g: ActorGroup, groups: readonly ActorGroup[]): boolean {
  return tokens[g.end]?.normal === '-' && groups.some((h) => h.start === g.end + 1);
}

/** Conflict categories whose place, when no one else is named, is what they are aimed at ("ruled out a ceasefire in Ukraine", "captured territory in Sumy"). */
const PLACE_TARGETS = new Set(['REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT', 'AID', 'CONCEDE', 'RETREAT', 'SANCTION']);
/**
 * Categories a government most often directs at its own people (PLOVER codes the country as the
 * target: "imposed a curfew in Cizre", "protesters demonstrated in Serbia"): a place of the source's
 * own country is their target too. Violence is left out: "Russian forces in Russia" is no victim.
 */
const DOMESTIC = new Set(['COERCE', 'CONCEDE', 'PROTEST']);
/** Actor code prefix of intergovernmental organisations. */
const IGO = 'IGO';
/** CAMEO "make a visit": whom a visit is paid to is where the visitor arrives ("arrived in Amman"). */
const VISIT = '042';
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

/** Is the group at `start` an object inside a complement (after a verb or a recipient preposition, over determiners)? */
function complementObject(tokens: readonly Token[], start: number, from: number): boolean {
  let k = start - 1;
  while (k > from && ['DET', 'ADJ', 'NUM'].includes(tokens[k]!.pos)) k--;
  const w = tokens[k]!;
  // After people, "from" says where they come from ("their counterparts from Belarus"), not whom the complement aims at ("support from the Assembly").
  if (w.normal === 'from' && ORIGIN_NOUNS.has(tokens[k - 1]?.normal ?? '')) return false;
  return w.pos === 'VERB' || ((w.pos === 'ADP' || w.pos === 'PART') && COMPLEMENT_PREPS.has(w.normal));
}

/** People whose "from" names their origin. */
const ORIGIN_NOUNS = new Set(['counterparts', 'colleagues', 'partners', 'representatives', 'delegations', 'delegates', 'experts', 'officials', 'specialists',
  'guests', 'participants', 'people', 'refugees', 'migrants', 'students', 'investors', 'companies', 'businesses', 'envoys', 'diplomats', 'leaders']);
/** Prepositions of a complement's recipient ("threatened to cut off electricity to", "agreed to provide aid for"). */
const COMPLEMENT_PREPS = new Set(['with', 'to', 'against', 'on', 'at', 'into', 'toward', 'towards', 'from', 'for']);

/** Pronouns, whose resolution the events stage does not trust against the source's own side. */
const PRONOUN = /^(its|their|it|they|them|his|her|he|she|him)$/i;

/** The file of Sitrep's own patterns: patterns of other (converted) dictionaries must find both sides to count (`bothSides`). */
const OWN_FILE = 'sitrep.verbs';

/** Words opening the condition of a threat. */
const CONDITIONS = new Set(['if', 'unless']);

/** The subject of the first conditional clause after `clause` ("unless Israel rescinded …"): the group right after "if" / "unless", before its verb. */
function conditionSubject(tokens: readonly Token[], clause: Clause, clauses: readonly Clause[], groups: readonly ActorGroup[]): ActorGroup | undefined {
  const at = clauses.indexOf(clause);
  // The next two clauses only: a condition further on belongs to a later verb.
  const next = clauses.slice(at + 1, at + 3).find((c) => CONDITIONS.has(tokens[c.start]!.normal));
  if (!next) return undefined;
  let verb = next.start + 1;
  while (verb < next.end && tokens[verb]!.pos !== 'VERB' && tokens[verb]!.pos !== 'AUX') verb++;
  return groups.find((g) => g.start > next.start && g.end <= verb && !g.locative && !g.agentive);
}

/**
 * Nouns of the crowds that protest ("Hundreds of thousands of people blocked streets"); not police, who
 * block streets to keep order, nor lawmakers, whose "protest" the pattern may have reached too far for.
 */
const CROWDS = new Set(['people', 'protesters', 'protestors', 'demonstrators', 'students', 'workers', 'thousands', 'hundreds', 'crowds', 'crowd',
  'youths', 'residents', 'activists', 'supporters', 'villagers', 'farmers', 'miners', 'strikers', 'prisoners', 'refugees', 'citizens', 'women']);

/** Does a crowd noun stand before the verb in its clause? */
function crowdBefore(tokens: readonly Token[], from: number, verb: number): boolean {
  for (let k = from; k < verb; k++) if (CROWDS.has(tokens[k]!.normal)) return true;
  return false;
}

/** Words that open what a protest is for or against ("to demand", "calling for", "in defiance of", "over"). */
const PROTEST_AIMS = new Set(['to', 'against', 'calling', 'demanding', 'protesting', 'defiance', 'over']);
/** How far after the trigger the aim may open, and how far after the aim word its actor may stand. */
const AIM_REACH = 10;
const AIM_ACTOR_REACH = 12;

/** The first actor named in a protest's purpose after the trigger; none past a comma (", police said"). */
function protestAim(tokens: readonly Token[], from: number, end: number, groups: readonly ActorGroup[]): ActorGroup | undefined {
  // Each aim word in turn: "blocked roads leading to the city centre on Sunday to press their demands … from President Bouteflika's government".
  for (let k = from; k < Math.min(end, from + AIM_REACH); k++) {
    if (tokens[k]!.normal === ',') return undefined;
    if (!PROTEST_AIMS.has(tokens[k]!.normal)) continue;
    let stop = k + 1;
    while (stop < Math.min(end, k + 1 + AIM_ACTOR_REACH) && tokens[stop]!.normal !== ',') stop++;
    const aimed = groups.find((g) => g.start > k && g.end <= stop && !g.locative && !g.agentive);
    if (aimed) return aimed;
  }
  return undefined;
}

/** Does any word of the sentence start a trigger? Most sentences have none and cost nothing more. */
function anyTrigger(tokens: readonly Token[], sentence: Sentence, dictionary: DetectOptions['dictionary']): boolean {
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const pos = tokens[i]!.pos;
    if ((pos === 'VERB' || pos === 'NOUN' || pos === 'PROPN') && hasEntries(tokens[i]!, dictionary)) return true;
  }
  return false;
}

/** One draft event: roles, place, time, quantities, status and the claim that carries it. */
function draft(doc: Doc, tokens: readonly Token[], sentence: Sentence, m: TriggerMatch, clause: Clause, clauses: readonly Clause[], groups: readonly ActorGroup[], plover: string): DraftEvent {
  const roles = findRoles(tokens, m, clause, clauses, groups);
  let source = roles.source ? side(doc, tokens, roles.source) : undefined;
  let target = roles.target ? side(doc, tokens, roles.target) : undefined;
  let targetGroup = roles.target;
  if (m.reciprocal && roles.source && roles.source.mentions.length > 1) {
    targetGroup = roles.source;
    source = side(doc, tokens, roles.source, roles.source.mentions.slice(0, 1));
    target = side(doc, tokens, roles.source, roles.source.mentions.slice(1));
  }
  if (target && source && roles.target?.locative && !DOMESTIC.has(plover) && target.actor?.slice(0, 3) === source.actor?.slice(0, 3)) {
    // A place named by the pattern ("arrived in", "an embassy in") of the source's own country is where it acts, not whom it acts on.
    target = undefined;
  }
  if (!target && m.kind === 'verb' && (ABSORBING.has(plover) || plover === 'THREATEN')) {
    // "threatened to cut off electricity to the Azerbaijani republic": whom a threat, demand or promise is aimed at stands in its complement.
    // A list may run past the clause's commas: "to lift embargoes … to Iran, Libya, North Korea, Sudan".
    const aimed = groups.find((g) => g.start >= m.end && (g.end <= clause.end || (g.start < clause.end && g.mentions.length > 1)) && !g.locative && !g.agentive && !pairModifier(tokens, g, groups) && complementObject(tokens, g.start, m.end));
    if (aimed) {
      target = side(doc, tokens, aimed);
      targetGroup = aimed;
    }
  }
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
  if (!target && source && plover === 'PROTEST') {
    // "blocked a road to show their disapproval for the United States' policies": a protest is aimed at whom its purpose names.
    const aimed = protestAim(tokens, m.end, sentence.endToken, groups);
    if (aimed) {
      target = side(doc, tokens, aimed);
      targetGroup = aimed;
    }
  }
  if (source && target && targetGroup?.bothSides) target = withoutSourceCountry(doc, tokens, targetGroup, source, target);
  if (source && target && targetGroup?.mentions.every((x) => PRONOUN.test(x.text)) && target.actor?.slice(0, 3) === source.actor?.slice(0, 3)) {
    // "Ukraine's strikes that targeted its airfields": a pronoun target resolved to the source's own side is far likelier a coreference slip than self-harm.
    target = undefined;
  }
  if (!target && source && roles.location && (PLACE_TARGETS.has(plover) || m.code === VISIT)) {
    const place = side(doc, tokens, roles.location);
    const domestic = (DOMESTIC.has(plover) || m.code.startsWith('081')) && m.code !== SEIZE && m.origin.startsWith(OWN_FILE);
    const reached = plover !== 'AID' || recipientPlace(tokens, m, roles.location);
    if (place.actor && reached && (domestic || place.actor.slice(0, 3) !== source.actor?.slice(0, 3))) target = place;
  }
  if (!target && source?.actor?.startsWith(IGO) && roles.location && plover !== 'CONSULT') {
    // "The Security Council agreed to extend the force in Lebanon", "Red Cross officials suspended aid deliveries in Baghdad":
    // an international organisation acts on the country where it acts; where it meets is only a venue ("the G20 meeting in Hamburg").
    const place = side(doc, tokens, roles.location);
    if (place.actor && !place.actor.startsWith(IGO)) target = place;
  }
  // "Seven opposition parties in Nepal have organized a general strike": the people of a place protest against its state.
  const ownPeople = DOMESTIC.has(plover) && roles.source?.locative === true && source !== undefined && target !== undefined && target.entities.every((e) => source!.entities.includes(e));
  const startOffset = tokens[m.start]!.start;
  const endOffset = tokens[m.end - 1]!.end;
  const clauseStart = tokens[clause.start]!.start;
  const clauseEnd = tokens[clause.end - 1]!.end;
  const time = (doc.layers.times ?? []).find((t) => t.start >= clauseStart && t.end <= clauseEnd && (t.type === 'DATE' || t.type === 'TIME'));
  const quantities = (doc.layers.quantities ?? []).filter((q) => q.start >= clauseStart && q.end <= clauseEnd).map((q) => q.id);
  const claim = carryingClaim(doc.layers.claims ?? [], startOffset, endOffset);
  const status = withClaimStatus(clauseStatus(tokens, m, clause, sentence.firstToken, sentence.endToken), claim, plover);
  const locationEntity = roles.location?.mentions[0]?.entity;
  const confidence = 0.5 + (m.specificity > 0 ? 0.15 : 0) + (source ? 0.1 : 0) + (target ? 0.1 : 0);
  return {
    sentence: sentence.index,
    trigger: { start: startOffset, end: endOffset, text: doc.text.slice(startOffset, endOffset) },
    mentions: [{ start: startOffset, end: endOffset }],
    tokens: [m.head, ...m.used],
    plover, cameo: m.code, specificity: m.specificity, reciprocal: m.reciprocal,
    quantities, status, lemmas: [tokens[m.head]!.lemma.toLowerCase()],
    rule: `events/${m.origin}`, confidence,
    ...(m.kind === 'noun' && isDefinite(tokens, m.start) && { anaphoric: true }),
    ...(roles.passiveWithoutActor && { passiveWithoutActor: true }),
    ...(ownPeople && { ownPeople: true }),
    ...(m.mode !== undefined && { mode: m.mode }),
    ...(m.context !== undefined && { context: m.context }),
    ...(source && { source }),
    ...(target && { target }),
    ...(locationEntity !== undefined && { location: { entity: locationEntity } }),
    ...(time && { time: { time: time.id, value: time.value } }),
    ...(claim && { reportedBy: claim.id }),
    ...(roles.refToken !== undefined && { refToken: roles.refToken }),
  };
}

/** An event side from a group (or some of its mentions): entity ids, a shared actor code, its text span. */
export function side(doc: Doc, tokens: readonly Token[], group: ActorGroup, mentions: readonly EntityMention[] = group.mentions): EventActor {
  const start = group.bothSides || group.wholeSpan ? tokens[group.start]!.start : mentions[0]!.start;
  const end = group.bothSides || group.wholeSpan ? tokens[group.end - 1]!.end : mentions[mentions.length - 1]!.end;
  const codes = [...new Set(mentions.map((m) => actorCode(m)!))];
  const entities = [...new Set(mentions.map((m) => m.entity))];
  return { entities, ...(codes.length >= 1 && { actor: codes[0]! }), text: doc.text.slice(start, end), start, end };
}

/** A target without the members that belong to the source's own country ("both sides", seen from one of them). */
function withoutSourceCountry(doc: Doc, tokens: readonly Token[], group: ActorGroup, source: EventActor, target: EventActor): EventActor | undefined {
  const own = source.actor?.slice(0, 3);
  const rest = group.mentions.filter((m) => target.entities.includes(m.entity) && actorCode(m)?.slice(0, 3) !== own);
  if (rest.length === target.entities.length || rest.length === 0) return rest.length === 0 ? undefined : target;
  return side(doc, tokens, group, rest);
}
