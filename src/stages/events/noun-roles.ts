import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import { brokeredBy } from './brokers.js';
import type { Clause } from './clauses.js';
import { ASKING_ROOTS, governedBy, NOUN_TARGET_WINDOW, participle, verbBetween } from './governed.js';
import { withdrawingActor } from './withdrawing-actor.js';
import { actorRightAfter } from './actor-after.js';
import { afterMatch, type TriggerMatch } from './match-triggers.js';
import { meansVictims } from './means-victims.js';
import type { Roles } from './roles.js';
import { byAfterNoun, DAYS, inheritedSubject, isPassive } from './subjects.js';
import { VIOLENCE_ROOTS } from './cameo-roots.js';
import { COUNTRY_ID } from './home-targets.js';
import { frontedNominalObject } from './fronted-addressee.js';

// Who acts and who is acted on for a nominal trigger ("Russia's strikes on Kyiv", "talks between
// Armenia and Azerbaijan", "launched an investigation into …"), and whether a nominal is definite.
// Read by roles.ts.

/** Verbs whose object nominal is the subject's own act: "launched attacks", "held talks", "reported successful strikes", "reiterated its demand", "lodged a protest". */
const LIGHT_VERBS = new Set(['reiterate', 'repeat', 'renew', 'voice', 'issue', 'express', 'lodge', 'file', 'launch', 'carry', 'conduct', 'stage', 'mount', 'hold', 'have', 'begin', 'start', 'continue', 'resume', 'intensify', 'step', 'engage', 'make', 'report', 'announce', 'claim', 'confirm', 'reaffirm', 'complete', 'unleash', 'plan', 'prepare', 'propose', 'open', 'speed', 'accelerate', 'order']);
/**
 * The light verbs that report an act rather than do it: their object nominal, owned by another, is that owner's act reported
 * ("confirmed Italy's support for Ukraine"), where one that does the act keeps it ("Russia launched Ukraine's largest drone attack").
 */
export const REPORTING_LIGHT_VERBS = new Set(['reiterate', 'repeat', 'renew', 'voice', 'express', 'report', 'announce', 'claim', 'confirm', 'reaffirm']);
/** Verbs whose subject takes part in a reciprocal nominal it governs ("Zelenskyy indicated expectations for a swap"). */
const PARTY_VERBS = new Set(['indicate', 'expect', 'anticipate', 'agree', 'seek', 'want', 'welcome', 'call', 'push']);
/** The possessive particle. */
export const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** Words that may stand between a premodifying actor and its nominal: "Ukraine's recent drone strikes". */
const PREMOD_POS = new Set(['ADJ', 'NOUN', 'NUM', 'PART', 'PROPN']);
/** CAMEO root of investigating (09). */
export const INVESTIGATION = '09';

/** Premodifier or "by" agent as source (else the subject of a light verb), "between X and Y", the object of a following preposition as target. */
export function nounRoles(tokens: readonly Token[], m: TriggerMatch, clause: Clause, clauses: readonly Clause[], groups: readonly ActorGroup[], inClause: readonly ActorGroup[], roles: Roles): void {
  // "killed in a US strike": a country named inside the nominal's own phrase is its maker, as in "a US strike killed", though the phrase's
  // preposition marks the group a place; the place is the strike's, not the country's.
  const before = [...inClause].reverse().find((g) => g.end <= m.start && (!g.locative || countryPremodifier(tokens, g, m)));
  if (before && before.end >= m.start - 4 && onlyPremodifiers(tokens, before.end, m.start)) {
    roles.source = before;
    if (before.locative && roles.location === before) delete roles.location;
    // "Russian-French contacts", "Russian-Ukrainian talks": a two-country modifier names both sides.
    const first = tokens[before.start - 1]?.normal === '-' ? inClause.find((g) => g.end === before.start - 1) : undefined;
    if (first) {
      roles.source = first;
      roles.target = before;
      return;
    }
  }
  const near = inClause.filter((g) => g.start >= m.end && g.start <= m.end + NOUN_TARGET_WINDOW);
  // A "by" agent past a verb is that verb's ("demonstrations to demand reforms by President Suharto's government").
  // A participle right after the nominal leaves the agent its own ("negotiations held by the prime ministers").
  // So is one after another act's noun: "demonstrations against the alleged human rights violations by the Israeli military".
  const agent = near.find((g) => g.agentive && !verbBetween(tokens, m.end + (participle(tokens[m.end]) ? 1 : 0), g.start) && !otherActsAgent(tokens, m, g));
  // "An investigation into alleged war crimes by Ethiopian troops": the agent of the wrong an inquiry looks into is its target.
  if (agent && m.code.startsWith(INVESTIGATION) && byAfterNoun(tokens, agent) && !m.used.includes(agent.start - 2) && agent.start - 2 >= m.end) roles.target = agent;
  else if (agent) roles.source = agent;
  // "Russia caved in to demands from Chechen rebels", "rejected calls from Washington": an appeal "from" someone is theirs, made to the clause's subject.
  // Only with that subject found: an appeal whose addressee the sentence does not give is left to the readings below.
  const asker = agent || !ASKING_ROOTS.has(m.code.slice(0, 2)) ? undefined : fromActor(tokens, m, near);
  const addressee = asker && (inClause.find((g) => g.end <= m.start && !g.locative && !g.agentive) ?? inheritedSubject(tokens, clause, clauses, groups));
  if (asker && addressee) {
    [roles.source, roles.target] = [asker, addressee];
    return;
  }
  // Over a determiner too: "talks between the Armenian and Azerbaijani foreign ministers".
  const between = near.find((g) => betweenPair(tokens, g));
  if (between) {
    // "Norway's mediation between Peru and Chile": a third party's act between two is aimed at both; "talks between" two are theirs.
    // So are truce and talks a broker's ("a truce brokered by Qatar and Egypt between Israel and Hamas").
    if (roles.source && (!m.reciprocal || brokeredBy(tokens, m, roles.source)) && !between.mentions.some((x) => roles.source!.mentions.includes(x))) roles.target = between;
    else roles.source = between;
    return;
  }
  // "An arms embargo imposed by the European Union on Myanmar": the object of the participle's preposition after its agent.
  const target = near.find((g) => !g.locative && !g.agentive && governedBy(tokens, g, m)) ?? (agent ? afterParticipleAgent(tokens, m, agent, near) : undefined);
  if (target) roles.target = target;
  else if (ASKING_ROOTS.has(m.code.slice(0, 2))) {
    // "its demand today that Israel ease restrictions": the subject of the that-clause is whom the demand addresses.
    const next = clauses[clauses.indexOf(clause) + 1];
    if (next && tokens[next.start]!.normal === 'that' && next.start - m.end <= 2) {
      const addressed = groups.find((g) => g.start > next.start && g.start <= next.start + 3 && !g.locative);
      if (addressed) roles.target = addressed;
    }
  }
  // "Three soldiers were killed in an ambush by FARC guerrillas": the nominal tells how the subject's victims died.
  if (!roles.target && VIOLENCE_ROOTS.has(m.code.slice(0, 2))) {
    const victims = meansVictims(tokens, m, clause, inClause);
    if (victims && victims !== roles.source) roles.target = victims;
  }
  if (!roles.source) roles.source = withdrawingActor(tokens, m, near);
  if (!roles.source) {
    roles.source = openingPhraseSubject(tokens, clause, clauses, groups);
    if (roles.source) roles.mainVerb = firstVerb(tokens, clauses[1]!);
  }
  if (!roles.source) roles.source = passiveLightAgent(tokens, m, clause, inClause);
  if (!roles.source) {
    for (let k = m.start - 1; k >= clause.start; k--) {
      const t = tokens[k]!;
      // "Germany had talks with China": the tagger reads a main verb "have" as an auxiliary; no verb stands between it and the nominal.
      if (t.pos === 'VERB' || (t.pos === 'AUX' && t.lemma.toLowerCase() === 'have' && tokens[k + 1]?.pos !== 'AUX' && tokens[k + 1]?.pos !== 'VERB')) {
        if (LIGHT_VERBS.has(t.lemma.toLowerCase()) || (m.reciprocal && PARTY_VERBS.has(t.lemma.toLowerCase()))) {
          const subject = [...inClause].reverse().find((g) => g.end <= k && !g.locative && !g.agentive) ?? inheritedSubject(tokens, clause, clauses, groups);
          if (subject) roles.source = subject;
        }
        break;
      }
    }
  }
  // Last, as a fallback: a target the nominal's own phrase names ("readiness to supply electricity to Kenya") comes first.
  roles.target ??= frontedNominalObject(tokens, m, clause, clauses, groups, roles.source);
}

/** The actor named right after a nominal's "from", over an article or adjectives ("demands from Chechen rebels", "pressure from the United States"). */
function fromActor(tokens: readonly Token[], m: TriggerMatch, near: readonly ActorGroup[]): ActorGroup | undefined {
  const from = afterMatch(m);
  return tokens[from]?.normal === 'from' ? actorRightAfter(tokens, from, near, (x) => !x.locative && !x.agentive) : undefined;
}

/** Endings of nouns of acts ("violations", "killing", "deployment", "occupation"). */
const ACT_NOUN = /(tions?|sions?|ments?|ings?|ures?)$/;
/** Nouns of acts without such an ending. */
const ACT_NOUNS = new Set(['abuse', 'abuses', 'arrest', 'arrests', 'attack', 'attacks', 'raid', 'raids', 'crackdown', 'crimes', 'atrocities', 'policy', 'policies', 'decision', 'actions', 'aggression']);

/**
 * Is the "by" of the agentive group right after the noun of another act than the trigger ("protests
 * against abuses by the army")? Then the agent is that act's. Not after the trigger's own words.
 */
function otherActsAgent(tokens: readonly Token[], m: TriggerMatch, g: ActorGroup): boolean {
  let by = g.start - 1;
  while (by > m.end && tokens[by]!.normal !== 'by') by--;
  const noun = by - 1;
  if (noun < m.end || m.used.includes(noun) || tokens[noun]!.pos !== 'NOUN') return false;
  return actNoun(tokens[noun]!);
}

/** Is the noun one of an act ("violations", "killing", "attack", "raids")? */
export function actNoun(t: Token): boolean {
  return ACT_NOUN.test(t.normal) || ACT_NOUNS.has(t.normal);
}

/** Prepositions after a participle's agent that name whom the participle's act is aimed at ("imposed by the EU on Myanmar", "sent by Japan to Bangladesh"). */
const AIMED_PREPS = new Set(['on', 'upon', 'against', 'to']);

/** The group right after a participle's "by" agent and a preposition of aim, when the participle follows the nominal ("embargo imposed by X on Y"). */
function afterParticipleAgent(tokens: readonly Token[], m: TriggerMatch, agent: ActorGroup, near: readonly ActorGroup[]): ActorGroup | undefined {
  if (!participle(tokens[m.end]) || tokens[m.end + 1]?.normal !== 'by') return undefined;
  if (!AIMED_PREPS.has(tokens[agent.end]?.normal ?? '')) return undefined;
  return near.find((g) => g.start > agent.end && !g.locative && !g.agentive && tokens.slice(agent.end + 1, g.start).every((t) => t.pos === 'DET' || t.pos === 'ADJ'));
}

/** Prepositions that open a sentence with a phrase about the main clause's act ("During talks with …", "At a meeting with …"). */
const OPENING_PREPS = new Set(['during', 'at', 'after', 'following', 'before', 'in', 'on', 'ahead']);
/** How far into the main clause its subject may start ("…, Russian President Vladimir Putin said"). */
const SUBJECT_REACH = 3;

/**
 * The subject of the main clause, for a nominal in a phrase that opens the sentence and ends at its
 * comma ("During talks with Chinese President Xi Jinping, Vladimir Putin discussed …"): the talks are
 * the subject's.
 */
function openingPhraseSubject(tokens: readonly Token[], clause: Clause, clauses: readonly Clause[], groups: readonly ActorGroup[]): ActorGroup | undefined {
  const next = clauses[1];
  if (clauses[0] !== clause || !next || !OPENING_PREPS.has(tokens[clause.start]!.normal) || tokens[clause.end]?.normal !== ',') return undefined;
  // A phrase, not a clause of its own: "At least three Iraqi civilians have been killed in a bombing, police said" has its own verb.
  for (let k = clause.start; k < clause.end; k++) if (tokens[k]!.pos === 'AUX' || (tokens[k]!.pos === 'VERB' && !tokens[k]!.normal.endsWith('ing') && !participle(tokens[k]))) return undefined;
  return groups.find((g) => g.start >= next.start && g.start <= next.start + SUBJECT_REACH && !g.locative && !g.agentive);
}

/** The first verb of a clause, if any. */
function firstVerb(tokens: readonly Token[], clause: Clause): number | undefined {
  for (let k = clause.start; k < clause.end; k++) if (tokens[k]!.pos === 'VERB') return k;
  return undefined;
}

/**
 * The "by" agent of a passive light verb whose subject the nominal is ("An investigation … was
 * launched by the UN Human Rights Council", "Talks were held by the two foreign ministers").
 */
function passiveLightAgent(tokens: readonly Token[], m: TriggerMatch, clause: Clause, inClause: readonly ActorGroup[]): ActorGroup | undefined {
  for (let k = m.end; k < clause.end; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB') continue;
    if (!LIGHT_VERBS.has(t.lemma.toLowerCase()) || !isPassive(tokens, k, clause.start)) return undefined;
    // "Talks with Iran were held in Vienna by the IAEA chief": a place phrase may stand before the "by".
    const by = sceneEnd(tokens, k + 1, clause.end);
    if (tokens[by]?.normal !== 'by') return undefined;
    return inClause.find((g) => g.agentive && g.start > by && g.start <= by + 2);
  }
  return undefined;
}

/** Is the group a pair or more after "between", over a determiner too ("between the Armenian and Azerbaijani foreign ministers")? */
export function betweenPair(tokens: readonly Token[], g: ActorGroup): boolean {
  return g.mentions.length > 1 && (tokens[g.start - 1]?.normal === 'between' || (tokens[g.start - 1]?.pos === 'DET' && tokens[g.start - 2]?.normal === 'between'));
}

/** Prepositions of a place phrase after a passive light verb ("held in Vienna", "launched at dawn"). */
const SCENE_PREPS = new Set(['in', 'at', 'near', 'on']);
/** Words of that phrase after its preposition, and how many. */
const SCENE_WORDS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM']);
const SCENE_REACH = 4;

/** Where a place phrase that starts at `k` ends ("in the Austrian capital"), or `k` when none starts there. */
function sceneEnd(tokens: readonly Token[], k: number, end: number): number {
  if (!SCENE_PREPS.has(tokens[k]?.normal ?? '')) return k;
  let j = k + 1;
  while (j < end && j <= k + SCENE_REACH && SCENE_WORDS.has(tokens[j]!.pos)) j++;
  return j > k + 1 ? j : k;
}

/**
 * Is the place group a country's name premodifying the nominal after an article ("in a US strike near the Syrian border"):
 * the preposition governs the nominal's phrase, not the name? Only when the phrase names its target or place apart after
 * the nominal: alone, "killed in a Syria raid", "an Iraq ambush" say where it happened. Not a city's or a region's
 * either: "the Kyiv attack", "the Gaza strikes" name where they hit.
 */
function countryPremodifier(tokens: readonly Token[], g: ActorGroup, m: TriggerMatch): boolean {
  return g.mentions.every((x) => x.kb?.startsWith(COUNTRY_ID) === true && x.type === 'GPE') && tokens[g.start - 1]?.pos === 'DET' && g.prep === g.start - 2
    && onlyPremodifiers(tokens, g.end, m.start) && !POSSESSIVE.has(tokens[g.end]?.normal ?? '') && aimApart(tokens, afterMatch(m));
}

/** Prepositions after a nominal that name its target or place apart from its premodifier ("a US strike on Baghdad's airport", "near the border"). */
const APART_PREPS = new Set(['on', 'upon', 'against', 'near']);

/** Does a target or place phrase start at `k` ("on the airport"), not a day's ("on Sunday", "on 3 May")? */
function aimApart(tokens: readonly Token[], k: number): boolean {
  if (!APART_PREPS.has(tokens[k]?.normal ?? '')) return false;
  const head = tokens[k + 1]?.pos === 'DET' ? tokens[k + 2] : tokens[k + 1];
  return head !== undefined && head.pos !== 'NUM' && !DAYS.has(head.normal);
}

/** Only premodifying words (possessive, adjectives, nouns, numbers) between `from` and `to`? */
export function onlyPremodifiers(tokens: readonly Token[], from: number, to: number): boolean {
  // Of the particles only the possessive: "Russia's response to the increasing shelling" does not make Russia the shelling's source.
  for (let k = from; k < to; k++) if ((!PREMOD_POS.has(tokens[k]!.pos) || (tokens[k]!.pos === 'PART' && !POSSESSIVE.has(tokens[k]!.normal))) && tokens[k]!.normal !== '-') return false;
  return true;
}

/** Is the noun at `k` definite ("the strikes", "Ukraine's strikes", "these attacks"): a happening already known? */
export function isDefinite(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const w = tokens[j]!.normal;
    if (['the', 'these', 'those', 'this', 'its', 'their', "'s", '’s', 'his', 'her', 'recent'].includes(w)) return true;
    if (tokens[j]!.pos !== 'ADJ' && tokens[j]!.pos !== 'NOUN') return false;
  }
  return false;
}
