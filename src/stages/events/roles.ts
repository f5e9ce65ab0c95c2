import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import { nounList, type Clause } from './clauses.js';
import type { TriggerMatch } from './match-triggers.js';
import { byAfterNoun, DAYS, DETERMINERS, inheritedSubject, isPassive, naturalCause, ownSubject, placedAgents, pronounBefore } from './subjects.js';

/** The source and target groups of a trigger, and the place group of its clause. */
export interface Roles {
  source?: ActorGroup;
  target?: ActorGroup;
  location?: ActorGroup;
  /** Token whose event's source is this event's target ("respond to the drone strikes", "which Ukraine rejected"). */
  refToken?: number;
  /** A passive with a "by" phrase that names no actor ("was hit by the flood"). */
  passiveWithoutActor?: boolean;
}

/** Verbs whose object nominal is the subject's own act: "launched attacks", "held talks", "reported successful strikes", "reiterated its demand", "lodged a protest". */
const LIGHT_VERBS = new Set(['reiterate', 'repeat', 'renew', 'voice', 'issue', 'express', 'lodge', 'file', 'launch', 'carry', 'conduct', 'stage', 'mount', 'hold', 'have', 'begin', 'start', 'continue', 'resume', 'intensify', 'step', 'engage', 'make', 'report', 'announce', 'claim', 'confirm', 'complete', 'unleash', 'plan', 'prepare', 'propose', 'open', 'speed', 'accelerate', 'order']);
/** Verbs whose subject takes part in a reciprocal nominal it governs ("Zelenskyy indicated expectations for a swap"). */
const PARTY_VERBS = new Set(['indicate', 'expect', 'anticipate', 'agree', 'seek', 'want', 'welcome', 'call', 'push']);
/** The possessive particle. */
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** Words that may stand between a premodifying actor and its nominal: "Ukraine's recent drone strikes". */
const PREMOD_POS = new Set(['ADJ', 'NOUN', 'NUM', 'PART', 'PROPN']);
/** How far after a nominal its target may stand ("attacks on four Russian airfields"). */
const NOUN_TARGET_WINDOW = 8;
/** How far after a nominal its place may stand ("talks held in Istanbul"); further places belong to other words. */
const NOUN_PLACE_WINDOW = 6;

/** Finds who acts and who is acted on for one trigger, from the groups of its sentence and its clause. */
export function findRoles(tokens: readonly Token[], m: TriggerMatch, clause: Clause, clauses: readonly Clause[], groups: readonly ActorGroup[]): Roles {
  const roles: Roles = {};
  // A list of actors split by the clause commas ("Mordor, Rohan, Fornost and Bree welcomed") belongs to the clause it ends in;
  // one that starts after the trigger belongs to the trigger's clause too ("ties with Mordor, Rohan, Fornost and Bree").
  const inClause = groups.filter((g) => (g.end > clause.start && g.end <= clause.end) || (g.start >= m.end && g.start < clause.end && g.mentions.length > 1));
  roles.location = m.kind === 'verb'
    ? inClause.find((g) => g.locative)
    : inClause.find((g) => g.locative && g.start >= m.end && g.start <= m.end + NOUN_PLACE_WINDOW)
      ?? (objectOfVerb(tokens, m, clause) ? inClause.find((g) => g.locative && g.start >= m.end) : undefined);
  if (m.kind === 'verb') verbRoles(tokens, m, clause, clauses, groups, inClause, roles);
  else nounRoles(tokens, m, clause, clauses, groups, inClause, roles);
  if (m.reciprocal && !roles.source && !roles.target) {
    const both = groups.find((g) => g.bothSides);
    if (both) roles.source = both;
  }
  if (!roles.target && !roles.refToken && clause.kind === 'relative' && m.kind === 'verb' && tokens[clause.start]!.normal !== 'who') {
    const owner = groups.find((g) => g.end <= clause.start && g.end >= clause.start - 4 && !g.locative && g !== roles.source);
    if (owner) roles.target = owner;
  }
  if (!roles.target && !roles.refToken && clause.kind === 'relative' && m.kind === 'verb') {
    const at = clause.start - 1 - (tokens[clause.start - 1]?.normal === ',' ? 1 : 0);
    if (at >= 0 && (tokens[at]!.pos === 'NOUN' || tokens[at]!.pos === 'PROPN') && tokens[clause.start]!.normal !== 'who') roles.refToken = at;
  }
  return roles;
}

/** Subject before the verb (or inherited), object after it; swapped for a passive with its "by" agent. */
function verbRoles(tokens: readonly Token[], m: TriggerMatch, clause: Clause, clauses: readonly Clause[], groups: readonly ActorGroup[], inClause: readonly ActorGroup[], roles: Roles): void {
  const found = [...inClause].reverse().find((g) => g.end <= m.start && !g.locative && !g.agentive && !insidePhrase(tokens, g, clause.start));
  const local = (found && residence(tokens, found, inClause, m.start)) ?? found ?? placedAgents(tokens, inClause, m.start, clause.start);
  const passive = isPassive(tokens, m.start, clause.start);
  // "It was not exactly destroyed": a passive's pronoun subject is a thing far more often than the earlier actor.
  const inherit = !local && !ownSubject(tokens, clause, m.start) && !(passive && clause.kind !== 'relative' && pronounBefore(tokens, clause.start, m.start));
  const subject = local ?? (inherit ? inheritedSubject(tokens, clause, clauses, groups) : undefined);
  const after = inClause.filter((g) => g.start >= m.end);
  // Failing any other, a place whose preposition the pattern names is no mere location: "opened an embassy in Tehran", "sought refuge in Germany".
  let object = after.find((g) => !g.locative && !g.agentive && governedBy(tokens, g, m))
    ?? after.find((g) => g.locative && m.used.includes(g.prep) && governedBy(tokens, g, m));
  if (!object) {
    // "demanded that Hamas renounce …", "urged that Russia withdraw": the subject of a that-clause right after the verb is whom it addresses.
    const next = clauses[clauses.indexOf(clause) + 1];
    const gap = next ? next.start - m.end : Infinity;
    if (next && tokens[next.start]!.normal === 'that' && gap <= 2) object = groups.find((g) => g.start >= next.start && g.start <= next.start + 3 && !g.locative);
  }
  if (object && m.code.startsWith(GRIEVANCE)) object = grievanceObject(tokens, after, object) ?? object;
  const agent = after.find((g) => g.agentive);
  // "is investigating alleged war crimes by Croatian extremists against Serb civilians": an inquiry is aimed at whom the wrong it looks into is ascribed to.
  if (agent && !passive && m.code.startsWith(INVESTIGATION) && !verbBetween(tokens, m.end, agent.start - 2)) object = agent;
  // "rejected calls by Kofi Annan": the agent of the object noun (which the tagger may read as a verb) is whom the act answers.
  if (!object && agent && agent.start > m.end && (tokens[agent.start - 2]?.pos === 'NOUN' || m.used.includes(agent.start - 2))) object = agent;
  if (passive) {
    // "by" after a common noun is that noun's ("was discussed following the missile test by the DPRK"), not the passive's agent.
    if (agent && !byAfterNoun(tokens, agent)) roles.source = agent;
    else if (tokens[m.end]?.normal === 'by' || tokens[m.end + 1]?.normal === 'by') roles.passiveWithoutActor = true;
    // The victim of a passive may sit inside its subject phrase ("a camp for Congolese refugees was attacked").
    const patient = subject ?? [...inClause].reverse().find((g) => g.end <= m.start && !g.locative && !g.agentive);
    if (patient) roles.target = patient;
  } else {
    if (subject) roles.source = subject;
    if (object) roles.target = object;
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

/** Prepositions after a people's name that say where they live ("Albanians in south Serbia", "Albanians of southern Serbia"). */
const RESIDENCE_PREPS = new Set(['in', 'of']);

/**
 * The place a people named by nationality lives in, when the subject says so: "Ethnic Albanians in
 * south Serbia are demanding …" act as people of Serbia (CAMEO codes an ethnic group by the country it
 * lives in), not of Albania.
 */
function residence(tokens: readonly Token[], g: ActorGroup, inClause: readonly ActorGroup[], verb: number): ActorGroup | undefined {
  if (!g.mentions.every((x) => x.type === 'NORP') || !RESIDENCE_PREPS.has(tokens[g.end]?.normal ?? '')) return undefined;
  const place = inClause.find((h) => h.start > g.end && h.end <= verb && h.start - g.end <= 3 && h.mentions.every((x) => x.type === 'GPE'));
  if (!place) return undefined;
  for (let k = g.end + 1; k < place.start; k++) if (!DETERMINERS.has(tokens[k]!.pos) && tokens[k]!.pos !== 'PROPN') return undefined;
  return { ...place, start: g.start, locative: false, prep: -1, wholeSpan: true };
}

/** CAMEO root of investigating (09). */
const INVESTIGATION = '09';
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

/** Possessive determiners before an object ("urged our German colleagues"). */
const POSSESSIVE_PRONOUNS = new Set(['our', 'their', 'its', 'his', 'her', 'my', 'your']);
/** Is the group the object of a preposition ("the basing of Russian naval units … meets"): then it is not the clause's subject. */
function insidePhrase(tokens: readonly Token[], g: ActorGroup, from: number): boolean {
  let k = g.start - 1;
  while (k >= from && DETERMINERS.has(tokens[k]!.pos)) k--;
  return k >= from && tokens[k]!.pos === 'ADP' && !countingPhrase(tokens, k, from);
}

/**
 * Nouns that count or gather the people named after their "of", or make them the side of the actor
 * named there: "Thousands of Iraqi Kurds demonstrated", "a group of Chechen refugees", "supporters of
 * former President Ben Bella blocked roads".
 */
const COUNTING_HEADS = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'tens', 'millions', 'hundred', 'thousand', 'dozen', 'group', 'groups', 'number', 'crowd', 'crowds', 'band', 'members', 'supporters', 'followers', 'loyalists', 'sympathizers', 'sympathisers']);
/** Prepositions that hedge a number ("up to 100", "about 200", "more than 1,000"). */
const NUMBER_HEDGES = new Set(['to', 'about', 'around', 'over', 'than', 'some', 'nearly', 'almost', 'under']);
/**
 * Is the preposition at `k` part of a counted subject rather than a phrase of its own: a hedge before
 * a number ("Up to 100 ethnic Albanians demonstrated") or the "of" after a counting noun ("Thousands
 * of Nigerians", "Members of the Association of African Jurists")? Then the group is the subject.
 */
function countingPhrase(tokens: readonly Token[], k: number, from: number): boolean {
  const w = tokens[k]!.normal;
  if (NUMBER_HEDGES.has(w) && tokens[k + 1]?.pos === 'NUM') return true;
  if (w !== 'of') return false;
  let j = k - 1;
  while (j >= from && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NUM')) j--;
  return j >= from && COUNTING_HEADS.has(tokens[j]!.normal) && (j === from || tokens[j - 1]!.pos !== 'ADP' || countingPhrase(tokens, j - 1, from));
}

/** Is the nominal the object of a verb of its clause ("announced new support measures … in Brussels")? Then the clause's place is its place too. */
function objectOfVerb(tokens: readonly Token[], m: TriggerMatch, clause: Clause): boolean {
  for (let k = m.start - 1; k >= clause.start; k--) if (tokens[k]!.pos === 'VERB') return true;
  return false;
}

/** Premodifier or "by" agent as source (else the subject of a light verb), "between X and Y", the object of a following preposition as target. */
function nounRoles(tokens: readonly Token[], m: TriggerMatch, clause: Clause, clauses: readonly Clause[], groups: readonly ActorGroup[], inClause: readonly ActorGroup[], roles: Roles): void {
  const before = [...inClause].reverse().find((g) => g.end <= m.start && !g.locative);
  if (before && before.end >= m.start - 4 && onlyPremodifiers(tokens, before.end, m.start)) {
    roles.source = before;
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
  const agent = near.find((g) => g.agentive && !verbBetween(tokens, m.end + (participle(tokens[m.end]) ? 1 : 0), g.start));
  if (agent) roles.source = agent;
  const between = near.find((g) => tokens[g.start - 1]?.normal === 'between' && g.mentions.length > 1);
  if (between) {
    roles.source = between;
    return;
  }
  const target = near.find((g) => !g.locative && !g.agentive && governedBy(tokens, g, m));
  if (target) roles.target = target;
  else if (ASKING_ROOTS.has(m.code.slice(0, 2))) {
    // "its demand today that Israel ease restrictions": the subject of the that-clause is whom the demand addresses.
    const next = clauses[clauses.indexOf(clause) + 1];
    if (next && tokens[next.start]!.normal === 'that' && next.start - m.end <= 2) {
      const addressed = groups.find((g) => g.start > next.start && g.start <= next.start + 3 && !g.locative);
      if (addressed) roles.target = addressed;
    }
  }
  if (!roles.source) {
    for (let k = m.start - 1; k >= clause.start; k--) {
      const t = tokens[k]!;
      if (t.pos === 'VERB') {
        if (LIGHT_VERBS.has(t.lemma.toLowerCase()) || (m.reciprocal && PARTY_VERBS.has(t.lemma.toLowerCase()))) {
          const subject = [...inClause].reverse().find((g) => g.end <= k && !g.locative && !g.agentive) ?? inheritedSubject(tokens, clause, clauses, groups);
          if (subject) roles.source = subject;
        }
        break;
      }
    }
  }
}

/** Prepositions that introduce whom an act is done to or with ("met with", "attacks on", "aid to", "sanctions against"). */
const TARGET_PREPS = new Set(['with', 'to', 'against', 'on', 'upon', 'at', 'into', 'toward', 'towards', 'for', 'between', 'from', 'in']);
/** Prepositions that name a recipient wherever they stand in the verb phrase ("signed a protocol for 1990 with Dagolath"). */
const STRONG_PREPS = new Set(['with', 'against', 'to', 'toward', 'towards', 'into', 'between', 'upon']);

/** Does a noun or pronoun that could be another object stand between `from` and `to`? Then a later "with X" is that object's. */
function groupBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((tokens[k]!.pos === 'VERB' && !attributive(tokens, k, from)) || (tokens[k]!.normal === ',' && !nounList(tokens, k))) return true;
  return false;
}

/** Participles that stand before a noun as adjectives of the people it names ("suspected British militant", "ousted president"). */
const ATTRIBUTIVE = new Set(['suspected', 'alleged', 'accused', 'wanted', 'jailed', 'detained', 'exiled', 'ousted', 'deposed', 'convicted', 'elected', 'armed',
  'wounded', 'injured', 'displaced', 'captured', 'kidnapped', 'abducted', 'imprisoned', 'arrested', 'banned', 'outlawed']);

/** Is the verb at `k` such a participle at the head of the object ("extradited suspected British militant … to Britain")? */
function attributive(tokens: readonly Token[], k: number, from: number): boolean {
  const next = tokens[k + 1]?.pos;
  return (k === from || tokens[k - 1]!.pos === 'DET') && ATTRIBUTIVE.has(tokens[k]!.normal) && (next === 'ADJ' || next === 'NOUN' || next === 'PROPN');
}

/** CAMEO code prefix of military de-escalation and withdrawal (087): after its nominal's object, "from" names whom it is withdrawn from ("the withdrawal of its forces from Panama"). */
const WITHDRAWAL = '087';

/** CAMEO roots of appeals and demands (02, 10). */
const ASKING_ROOTS = new Set(['02', '10']);

/** CAMEO roots of violence (18–20), whose nominal's "of" object is the one they are done to ("destruction of Russian science" is no coercion). */
const FORCE_ROOTS = new Set(['18', '19', '20']);

/** Is the word at `k` a participle used as an adjective, right after a determiner ("the affected villages")? */
function adjectivalParticiple(tokens: readonly Token[], k: number): boolean {
  return tokens[k]!.pos === 'VERB' && tokens[k - 1]?.pos === 'DET' && participle(tokens[k]);
}

/** Is the token a past participle ("held", "initiated", "taken")? */
function participle(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'VERB' && t.normal !== t.lemma.toLowerCase() && !t.normal.endsWith('ing') && !t.normal.endsWith('s');
}

/** The "of" before a group over determiners, adjectives, numbers and name words ("of South Lebanon", "of three soldiers"), or -1. */
function ofBefore(tokens: readonly Token[], start: number, from: number): number {
  let k = start - 1;
  while (k >= from && ['DET', 'ADJ', 'NUM', 'PROPN'].includes(tokens[k]!.pos)) k--;
  return k >= from && tokens[k]!.normal === 'of' ? k : -1;
}

/** Is there a verb in `[from, to)`? */
function verbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'VERB') return true;
  return false;
}

/** Hedges of a number before a counted actor ("return more than 300 Ukrainian children"). */
const HEDGES = new Set(['than', 'more', 'less', 'fewer', 'over', 'nearly', 'almost', 'about', 'some', 'around', 'least', 'up']);
/**
 * Is the group governed by the trigger: its direct object (only determiners and adjectives between),
 * the object of a target preposition right after the trigger or after the pattern's words, or of a
 * target preposition after the trigger's object noun? "discussed supplies of Russian electricity"
 * names no target; "met with the Georgian President" and "attacks on Russian missions" do.
 */
function governedBy(tokens: readonly Token[], g: ActorGroup, m: TriggerMatch): boolean {
  let k = g.start - 1;
  while (k >= m.end && (DETERMINERS.has(tokens[k]!.pos) || HEDGES.has(tokens[k]!.normal) || DAYS.has(tokens[k]!.normal) || POSSESSIVE_PRONOUNS.has(tokens[k]!.normal) || adjectivalParticiple(tokens, k))) k--;
  if (k < m.end || m.used.includes(k)) return true;
  const w = tokens[k]!;
  const after = tokens[g.end]?.normal;
  // A possessor of the object ("shelled Ukraine's cities"), not of another verb's ("resigned to allow Haiti's first elections").
  if ((after === "'s" || after === '’s') && g.start - m.end <= NOUN_TARGET_WINDOW && !verbBetween(tokens, m.end, g.start)) return true;
  if (w.pos === 'ADP' && STRONG_PREPS.has(w.normal) && !groupBetween(tokens, m.end, k)) return true;
  if (w.pos === 'ADP' && TARGET_PREPS.has(w.normal)) {
    let j = k - 1;
    while (j >= m.end && DETERMINERS.has(tokens[j]!.pos)) j--;
    // A compound after the pattern's noun keeps it governed: "suspended military aid deliveries to Bosnia".
    while (j > m.end && j - 1 >= m.end && tokens[j]!.pos === 'NOUN' && !m.used.includes(j) && (m.used.includes(j - 1) || tokens[j - 1]!.pos === 'NOUN') && m.used.length > 0 && j - m.used[m.used.length - 1]! <= 2) j--;
    return j < m.end || m.used.includes(j) || tokens[j]!.pos === 'PART' || (m.kind === 'noun' && w.normal !== 'in' && (w.normal !== 'from' || m.code.startsWith(WITHDRAWAL)) && tokens[j]!.pos === 'NOUN' && j - m.end <= 3);
  }
  // The object may follow the pattern's own words: "set fire to the offices of the Palestinian administrators".
  const objectFrom = m.used.length > 0 && m.used[0] === m.end ? m.used[m.used.length - 1]! + 1 : m.end;
  if (w.normal === 'of' && m.kind === 'verb' && m.code[0] !== '0' && directObject(tokens, k - 1, objectFrom)) return true;
  // "of" right after the pattern's own noun names whom that act concerns: "expelled inspectors of the IAEA", "allow the return of U.N. inspectors".
  if (w.normal === 'of' && m.kind === 'verb' && m.used[m.used.length - 1] === k - 1) return true;
  // "demanded support from the Assembly", "sought guarantees from Moscow": whom a demand or appeal is made of.
  if (w.normal === 'from' && m.kind === 'verb' && ASKING_ROOTS.has(m.code.slice(0, 2)) && directObject(tokens, k - 1, objectFrom)) return true;
  // "the invasion of South Lebanon", "the killing of three soldiers": after a nominal of force its "of" names whom it hits.
  const of = ofBefore(tokens, g.start, m.end);
  if (of >= 0 && (m.kind === 'noun' ? of === m.end : m.used.includes(of - 1)) && FORCE_ROOTS.has(m.code.slice(0, 2))) return true;
  return w.pos === 'PART' && k === m.end;
}

/**
 * Is the noun at `k` the verb's direct object (only determiners and adjectives between)? In conflict
 * its owner is whom the act hits ("shelled positions of the Palestinian security forces", "rejected
 * the proposal of Ukraine"); cooperation is left out: "discussed supplies of Russian electricity"
 * names a topic, not a partner.
 */
function directObject(tokens: readonly Token[], k: number, verbEnd: number): boolean {
  if (k < verbEnd || tokens[k]!.pos !== 'NOUN') return false;
  let j = k - 1;
  while (j >= verbEnd && DETERMINERS.has(tokens[j]!.pos)) j--;
  return j < verbEnd;
}

/** Only premodifying words (possessive, adjectives, nouns, numbers) between `from` and `to`? */
function onlyPremodifiers(tokens: readonly Token[], from: number, to: number): boolean {
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
