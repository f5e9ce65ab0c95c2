/**
 * Whether an actor group after a trigger is governed by it, i.e. is whom the act is done to: its
 * direct object, the object of a recipient preposition, an "of" owner of what force hits. The
 * target-finding half of `roles.ts`.
 */
import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import { inPhraseComma } from './clauses.js';
import { afterMatch, type TriggerMatch } from './match-triggers.js';
import { innerHyphen } from './retag.js';
import { beforeApposedPlace, beforeTitle, titledObject } from './apposition.js';
import { DAYS, DETERMINERS } from './subjects.js';
import { VIOLENCE_ROOTS } from './cameo-roots.js';
import { envoysObject } from './delegation-from.js';

/** How far after a nominal its target may stand ("attacks on four Russian airfields"). */
export const NOUN_TARGET_WINDOW = 8;

/** Possessive determiners before an object ("urged our German colleagues"). */
const POSSESSIVE_PRONOUNS = new Set(['our', 'their', 'its', 'his', 'her', 'my', 'your']);

/** Prepositions that introduce whom an act is done to or with ("met with", "attacks on", "aid to", "sanctions against"). */
const TARGET_PREPS = new Set(['with', 'to', 'against', 'on', 'upon', 'at', 'into', 'toward', 'towards', 'for', 'between', 'from', 'in']);
/** CAMEO root of consultations (04): what they are "on" is their topic ("exchanged views on Ukraine", "talks on Syria"), not a party. */
export const CONSULTING = '04';
/** Verbs of consultation whose direct object is what is talked about ("discussed the Karabakh settlement"). */
const TOPIC_VERBS = new Set(['discuss', 'debate', 'review', 'examine', 'consider', 'address']);
/** Prepositions after a verb's object that aim it at someone ("fired rockets at", "sent troops into", "brought charges against"). */
const AIMING_PREPS = new Set(['at', 'against', 'into']);
/** Prepositions that lay the object on someone ("imposed restrictions on", "dropped bombs on"), only after acts of force, sanctions and coercion: elsewhere "on" names a topic. */
const LAYING_PREPS = new Set(['on', 'upon']);
/** CAMEO roots of acts of force, sanctions and coercion (16–20). */
const LAYING_ROOTS = new Set(['16', '17', '18', '19', '20']);
/** Prepositions of a topic. */
const TOPIC_PREPS = new Set(['on', 'upon']);
/** Prepositions that name a recipient wherever they stand in the verb phrase ("signed a protocol for 1990 with Dagolath"). */
const STRONG_PREPS = new Set(['with', 'against', 'to', 'toward', 'towards', 'into', 'between', 'upon']);

/** Does a noun or pronoun that could be another object stand between `from` and `to`? Then a later "with X" is that object's. */
function groupBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((tokens[k]!.pos === 'VERB' && !attributive(tokens, k, from) && !pathParticiple(tokens, k, to)) || (tokens[k]!.normal === ',' && !inPhraseComma(tokens, k))) return true;
  return false;
}

/** How far after a group the main verb of a participle's noun may stand ("imposed on Iraq by the United Nations remain"). */
const MAIN_VERB_REACH = 6;

/** Does a finite verb or auxiliary follow within reach of `from`, before any clause punctuation? */
function verbAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + MAIN_VERB_REACH && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT') return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !participle(t))) return true;
  }
  return false;
}

/** Participles of a way that says where it goes ("the roads leading into Mordor", "supply lines running to the city"). */
const PATH_PARTICIPLES = new Set(['leading', 'running', 'going', 'heading', 'linking', 'connecting']);
/** Nouns of ways, whose path participle names the place they reach. */
const WAYS = new Set(['road', 'roads', 'route', 'routes', 'highway', 'highways', 'border', 'crossing', 'crossings', 'bridge', 'bridges', 'line', 'lines', 'links', 'link', 'corridor', 'corridors', 'pass', 'railway', 'railways', 'pipeline', 'pipelines', 'streets', 'street', 'access']);

/**
 * Is the verb at `k` a path participle right after a way noun and right before the preposition that
 * ends the gap ("cordoned off the roads leading into Mordor")? Then the place is where the act on
 * that way is aimed, as if the way were named by it.
 */
function pathParticiple(tokens: readonly Token[], k: number, prep: number): boolean {
  return k + 1 === prep && PATH_PARTICIPLES.has(tokens[k]!.normal) && WAYS.has(tokens[k - 1]?.normal ?? '');
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
export const WITHDRAWAL = '087';

/** CAMEO roots of appeals and demands (02, 10). */
export const ASKING_ROOTS = new Set(['02', '10']);

/** CAMEO codes of coercion done to people (173 arrest, detain; 174 expel, deport): not of things ("destruction of Russian science"). */
const PERSON_COERCION = ['173', '174'];
/** Is the act one of force (CAMEO 18–20) or of arresting or expelling people, which its nominal's "of" names the victims of? */
function personForce(m: TriggerMatch): boolean {
  return VIOLENCE_ROOTS.has(m.code.slice(0, 2)) || PERSON_COERCION.some((c) => m.code.startsWith(c));
}

/** Nouns that count the people after their "of" ("thousands of", "dozens of"). */
const COUNTS = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'tens', 'millions', 'hundred', 'thousand', 'dozen', 'group', 'number']);

/** Is the "of" at `of` the nominal's own (at `end`) or the second of a count right after it ("expulsion of thousands of")? */
function countedOf(tokens: readonly Token[], end: number, of: number): boolean {
  if (of === end) return true;
  if (tokens[end]?.normal !== 'of') return false;
  for (let k = end + 1; k < of; k++) if (!COUNTS.has(tokens[k]!.normal) && !['NUM', 'ADJ', 'DET'].includes(tokens[k]!.pos)) return false;
  return true;
}

/** Is the word at `k` a participle used as an adjective, right after a determiner ("the affected villages")? */
function adjectivalParticiple(tokens: readonly Token[], k: number): boolean {
  return (tokens[k]!.pos === 'VERB' && tokens[k - 1]?.pos === 'DET' && participle(tokens[k])) || attributiveIng(tokens, k);
}

/**
 * Is the "-ing" word at `k` an attribute of the noun phrase it opens ("asked the visiting Russian minister",
 * "met with visiting Polish President Andrzej Duda"): right after a determiner or a preposition, before a name or an adjective? Not
 * a gerund with its own object ("the shelling of Kharkiv").
 */
function attributiveIng(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!t.normal.endsWith('ing') || t.pos === 'PROPN' || !['PROPN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '')) return false;
  // After a preposition only the words that are attributes ("met with visiting Polish President …"): "help in freeing American citizen X" is a gerund's object.
  return tokens[k - 1]?.pos === 'DET' || (tokens[k - 1]?.pos === 'ADP' && ATTRIBUTIVE_ING.has(t.normal));
}

/** "-ing" words that stand as attributes before a name after a preposition ("with visiting …", "to outgoing …"). */
const ATTRIBUTIVE_ING = new Set(['visiting', 'outgoing', 'incoming', 'ruling', 'warring', 'fleeing', 'retreating', 'advancing', 'invading', 'neighbouring', 'neighboring']);

/** Prepositions of the way a shot or a strike takes ("across the border", "over the frontier", "from the sea"). */
const PATH_PREPS = new Set(['across', 'over', 'from', 'along', 'through']);
/** Words of such a phrase after its preposition. */
const PATH_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/**
 * Does a path phrase end at `j` ("across the border"), right after the verb's own words or their direct
 * object ("opened fire across the border", "fired shells over the frontier")?
 */
function pathBefore(tokens: readonly Token[], j: number, verbEnd: number): boolean {
  let i = j;
  while (i > verbEnd && PATH_WORDS.has(tokens[i]!.pos)) i--;
  if (i === j || !PATH_PREPS.has(tokens[i]!.normal)) return false;
  return i === verbEnd || directObject(tokens, i - 1, verbEnd);
}

/** Is the token a past participle ("held", "initiated", "taken")? */
export function participle(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'VERB' && t.normal !== t.lemma.toLowerCase() && !t.normal.endsWith('ing') && !t.normal.endsWith('s');
}

/** The "of" before a group over determiners, adjectives, numbers and name words ("of South Lebanon", "of three soldiers"), or -1. */
function ofBefore(tokens: readonly Token[], start: number, from: number): number {
  let k = start - 1;
  while (k >= from && ['DET', 'ADJ', 'NUM', 'PROPN'].includes(tokens[k]!.pos)) k--;
  return k >= from && tokens[k]!.normal === 'of' ? k : -1;
}

/** Is there a verb in `[from, to)`? */
export function verbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'VERB') return true;
  return false;
}

/** Nouns of what one side asks of another ("demands", "calls", "an ultimatum"): proposals, and appeals one may yield to (appeals.ts). */
export const ASKS: readonly string[] = ['appeal', 'appeals', 'demand', 'demands', 'call', 'calls', 'request', 'requests', 'ultimatum'];
/** Nouns of what one side puts to another, whose "from" names who put it. */
const PROPOSALS = new Set([...ASKS, 'offer', 'offers', 'proposal', 'proposals', 'invitation', 'invitations', 'plea', 'pleas', 'overture', 'overtures',
  'initiative', 'initiatives']);

/** Nouns that gather the people named after their "of" ("a delegation of", "a group of"), or head that body ("the heads of the armed forces"). */
const COLLECTIVES = new Set(['group', 'groups', 'bunch', 'delegation', 'delegations', 'team', 'teams', 'contingent', 'band', 'party', 'members', 'representatives', 'heads', 'leaders', 'leadership', 'chiefs', 'officials', 'executives']);

/** CAMEO's first digit of every cooperative code (01-09: verbal and material cooperation, aid, yielding, investigation), whose "to" names an addressee or recipient. */
const COOPERATIVE = '0';

/** Does the word at `k` open the phrase of a partner ("with") or of a cooperative act's addressee or recipient ("to")? */
function partnerPrep(tokens: readonly Token[], k: number, m: TriggerMatch): boolean {
  const w = tokens[k]?.normal;
  return w === 'with' || (w === 'to' && m.code.startsWith(COOPERATIVE));
}

/** Hedges of a number before a counted actor ("return more than 300 Ukrainian children"). */
const HEDGES = new Set(['than', 'more', 'less', 'fewer', 'over', 'nearly', 'almost', 'about', 'some', 'around', 'least', 'up']);
/**
 * Is the group governed by the trigger: its direct object (only determiners and adjectives between),
 * the object of a target preposition right after the trigger or after the pattern's words, or of a
 * target preposition after the trigger's object noun? "discussed supplies of Russian electricity"
 * names no target; "met with the Georgian President" and "attacks on Russian missions" do.
 */
export function governedBy(tokens: readonly Token[], g: ActorGroup, m: TriggerMatch): boolean {
  let k = g.start - 1;
  for (;;) {
    while (k >= m.end && (DETERMINERS.has(tokens[k]!.pos) || HEDGES.has(tokens[k]!.normal) || DAYS.has(tokens[k]!.normal) || POSSESSIVE_PRONOUNS.has(tokens[k]!.normal) || adjectivalParticiple(tokens, k) || innerHyphen(tokens, k, g.start))) k--;
    // "gave shelter to thousands of Rwandan refugees", "met with dozens of Chinese officials": a count before the people is part of the object.
    if (k - 1 >= m.end && tokens[k]!.normal === 'of' && COUNTS.has(tokens[k - 1]!.normal) && !m.used.includes(k - 1)) k -= 2;
    else break;
  }
  // "shelled the southern regional capital Juba": a place noun in apposition before the name is part of the object.
  k = beforeApposedPlace(tokens, g, m, k);
  // "accused opposition leader Sam Rainsy", "ordered the opposition newspaper La Prensa": a title or a body's kind before the name too.
  if (titledObject(tokens, g, m, k)) return true;
  // "the arrest of former prime minister Nawaz Sharif", "the killing of opposition leader Benigno Aquino": so after a nominal of force or arrest's own "of".
  if (m.kind === 'noun' && tokens[m.end]?.normal === 'of' && personForce(m) && titledObject(tokens, g, { ...m, end: m.end + 1 }, k)) return true;
  // "eased restrictions on opposition leader Aung San Suu Kyi": a title after a preposition belongs to the name, whose object the preposition makes it.
  k = beforeTitle(tokens, g, m, k);
  // "discussed Karabakh settlement with Mr Aliev": a place right after a verb of discussing is its topic, not a party.
  if (k < m.end && m.code.startsWith(CONSULTING) && TOPIC_VERBS.has(tokens[m.head]!.lemma.toLowerCase()) && g.mentions.every((x) => x.type === 'GPE' || x.type === 'LOC')) return false;
  if (k < m.end || m.used.includes(k)) return true;
  // "broke into an anti- Gondor parade", "imposed anti - Russian measures": whom the object is against is whom the act is aimed at.
  if (k - 1 >= m.end && tokens[k]!.normal === '-' && tokens[k - 1]!.normal === 'anti' && tokens[g.end]?.pos === 'NOUN') {
    let j = k - 2;
    while (j >= m.end && (DETERMINERS.has(tokens[j]!.pos) || tokens[j]!.pos === 'ADJ')) j--;
    if (j < m.end || m.used.includes(j)) return true;
  }
  const w = tokens[k]!;
  const after = tokens[g.end]?.normal;
  // A possessor of the object ("shelled Ukraine's cities"), not of another verb's ("resigned to allow Haiti's first elections").
  if ((after === "'s" || after === '’s') && g.start - m.end <= NOUN_TARGET_WINDOW && !verbBetween(tokens, m.end, g.start)) return true;
  if (w.pos === 'ADP' && STRONG_PREPS.has(w.normal) && !groupBetween(tokens, m.end, k)) return true;
  // "fired rockets at Hizbollah positions", "imposed restrictions on Russian media": whom the thing the verb sends or lays is aimed at.
  if (w.pos === 'ADP' && m.kind === 'verb' && (AIMING_PREPS.has(w.normal) || (LAYING_PREPS.has(w.normal) && LAYING_ROOTS.has(m.code.slice(0, 2))))) {
    let j = k - 1;
    while (j >= m.end && DETERMINERS.has(tokens[j]!.pos)) j--;
    const objectFrom = m.used[0] === m.end ? m.used[m.used.length - 1]! + 1 : m.end;
    if (j >= m.end && directObject(tokens, j, objectFrom)) return true;
    // "opened fire across the border on Pakistani posts", "fired across the demarcation line at South Korean soldiers": over the way the fire takes.
    if (j >= m.end && pathBefore(tokens, j, objectFrom)) return true;
  }
  // "met a delegation from South Korea", "held talks with a visiting delegation from Japan": envoys met are their country's side.
  if (m.kind === 'verb' && envoysObject(tokens, k, m.used.length > 0 && m.used[0] === m.end ? m.used[m.used.length - 1]! + 1 : m.end)) return true;
  if (w.pos === 'ADP' && TARGET_PREPS.has(w.normal) && !(TOPIC_PREPS.has(w.normal) && m.code.startsWith(CONSULTING))) {
    let j = k - 1;
    while (j >= m.end && DETERMINERS.has(tokens[j]!.pos)) j--;
    // A compound after the pattern's noun keeps it governed: "suspended military aid deliveries to Bosnia".
    while (j > m.end && j - 1 >= m.end && tokens[j]!.pos === 'NOUN' && !m.used.includes(j) && (m.used.includes(j - 1) || tokens[j - 1]!.pos === 'NOUN') && m.used.length > 0 && j - m.used[m.used.length - 1]! <= 2) j--;
    // "Sanctions imposed on Iraq by the UN remain": so does a participle right after a nominal, over which its target is named,
    // when a finite verb follows (the participle is no main verb: "Bilateral contacts started with Peru's talk").
    return j < m.end || m.used.includes(j) || tokens[j]!.pos === 'PART' || (m.kind === 'noun' && w.normal !== 'in' && (w.normal !== 'from' || m.code.startsWith(WITHDRAWAL)) && tokens[j]!.pos === 'NOUN' && j - m.end <= 3)
      || (m.kind === 'noun' && j === m.end && w.normal !== 'in' && participle(tokens[j]) && verbAfter(tokens, g.end));
  }
  // "pulled its troops out of Kherson": a withdrawal's "out of" names whom it is withdrawn from, as "from" does.
  if (w.normal === 'of' && tokens[k - 1]?.normal === 'out' && m.code.startsWith(WITHDRAWAL) && (k - 2 < m.end || m.used.includes(k - 2))) return true;
  // The object may follow the pattern's own words: "set fire to the offices of the Palestinian administrators".
  const objectFrom = m.used.length > 0 && m.used[0] === m.end ? m.used[m.used.length - 1]! + 1 : m.end;
  // Over a people's name that is no actor of its own: "shelled the Moslem enclave of Gorazde".
  if (w.normal === 'of' && m.kind === 'verb' && !m.code.startsWith(COOPERATIVE) && directObject(tokens, k - 1, objectFrom, true)) return true;
  // Cooperation too when the object gathers people: "met a delegation of Chinese officials", "met a bunch of Morgul Orcs".
  // So do people met after "with", the pattern's own or not: "held talks with members of the NATO-Russia Council", "held a meeting with the leadership of";
  // and those a cooperative act is addressed or given to: "appealed to the members of ASEAN", "expressed gratitude to the leaders of", "provided aid to the members of".
  const partnerFrom = partnerPrep(tokens, objectFrom, m) ? objectFrom + 1 : partnerPrep(tokens, afterMatch(m), m) ? afterMatch(m) + 1 : objectFrom;
  if (w.normal === 'of' && (m.kind === 'verb' || partnerFrom > objectFrom) && COLLECTIVES.has(tokens[k - 1]?.normal ?? '') && directObject(tokens, k - 1, partnerFrom)) return true;
  // "of" right after the pattern's own noun names whom that act concerns: "expelled inspectors of the IAEA", "allow the return of U.N. inspectors".
  if (w.normal === 'of' && m.kind === 'verb' && m.used[m.used.length - 1] === k - 1) return true;
  // "demanded support from the Assembly", "sought guarantees from Moscow": whom a demand or appeal is made of.
  if (w.normal === 'from' && m.kind === 'verb' && ASKING_ROOTS.has(m.code.slice(0, 2)) && directObject(tokens, k - 1, objectFrom)) return true;
  // "dismissed an appeal from President Gbagbo", "accepted demands from Shona rebels": whoever made the proposal is whom the answer is to.
  if (w.normal === 'from' && m.kind === 'verb' && PROPOSALS.has(tokens[k - 1]?.normal ?? '') && directObject(tokens, k - 1, objectFrom)) return true;
  // "the invasion of South Lebanon", "the killing of three soldiers": after a nominal of force its "of" names whom it hits.
  const of = ofBefore(tokens, g.start, m.end);
  if (of >= 0 && (m.kind === 'noun' ? of === m.end : m.used.includes(of - 1)) && VIOLENCE_ROOTS.has(m.code.slice(0, 2))) return true;
  // "the forced expulsion of thousands of Afghan refugees", "the arrest of 12 Kurdish activists": a nominal of coercion's "of", over a count, names whom it hits.
  if (of >= 0 && m.kind === 'noun' && personForce(m) && countedOf(tokens, m.end, of)) return true;
  return w.pos === 'PART' && k === m.end;
}

/**
 * Is the noun at `k` the verb's direct object (only determiners and adjectives between)? In conflict
 * its owner is whom the act hits ("shelled positions of the Palestinian security forces", "rejected
 * the proposal of Ukraine"); cooperation is left out: "discussed supplies of Russian electricity"
 * names a topic, not a partner. With `names`, proper nouns may stand between too ("the Moslem enclave").
 */
export function directObject(tokens: readonly Token[], k: number, verbEnd: number, names = false): boolean {
  if (k < verbEnd || tokens[k]!.pos !== 'NOUN') return false;
  let j = k - 1;
  while (j >= verbEnd && (DETERMINERS.has(tokens[j]!.pos) || (names && tokens[j]!.pos === 'PROPN'))) j--;
  return j < verbEnd;
}

/** Words between a possessive pronoun and the actor it owns ("his Russian counterpart"). */
const POSSESSED_POS = new Set(['ADJ', 'NOUN', 'NUM', 'PROPN']);

/** Possessive pronouns, which the entities stage resolves to their owner. */
const POSSESSIVES = new Set(['his', 'her', 'its', 'their']);

/**
 * The actor a possessive pronoun object owns, when one follows inside its noun phrase: "met his
 * Russian counterpart Sergei Lavrov" meets Lavrov, not the subject the pronoun stands for.
 */
export function possessedActor(tokens: readonly Token[], after: readonly ActorGroup[], object: ActorGroup): ActorGroup | undefined {
  if (object.end - object.start !== 1 || !POSSESSIVES.has(tokens[object.start]!.normal)) return undefined;
  const next = after.find((g) => g.start >= object.end);
  if (!next || next.locative || next.agentive || next.start - object.end > 3) return undefined;
  for (let k = object.end; k < next.start; k++) if (!POSSESSED_POS.has(tokens[k]!.pos)) return undefined;
  return next;
}

/** Is the noun at `k` the verb's direct object, over determiners, adjectives and the nouns of a compound ("welcomed the peace accord")? */
export function compoundObject(tokens: readonly Token[], k: number, verbEnd: number): boolean {
  if (k < verbEnd || tokens[k]!.pos !== 'NOUN') return false;
  let j = k - 1;
  while (j >= verbEnd && (DETERMINERS.has(tokens[j]!.pos) || tokens[j]!.pos === 'NOUN')) j--;
  return j < verbEnd;
}
