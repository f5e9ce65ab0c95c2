/**
 * Verbal acts whose trigger is a courtesy or a piece of advice, not the act its code names. A host
 * who "welcomed President Putin when he arrived" hosts a visit (CAMEO 042/043, PLOVER CONSULT); one who
 * "warmly welcomed war veterans" greets guests: CAMEO 051 (praise) is for welcoming a decision, a
 * step or a proposal. A leader who "warned
 * against confusing migration cards with registration" cautions: CAMEO 130 (threaten) needs a
 * penalty or an act warned against someone, not advice about doing something. An apology for
 * keeping a guest waiting is politeness, not the regret for an act that PLOVER codes as CONCEDE.
 */
import type { Token } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import type { DraftEvent } from './merge.js';

/** Nouns of people one greets: a welcome of them is hospitality, not praise. */
const GUESTS = new Set([
  'president', 'minister', 'premier', 'chancellor', 'king', 'queen', 'prince', 'emir', 'sheikh', 'leader', 'leaders', 'guest', 'guests',
  'delegation', 'delegations', 'delegate', 'delegates', 'participant', 'participants', 'veteran', 'veterans', 'visitor', 'visitors',
  'colleague', 'colleagues', 'friend', 'friends', 'expert', 'experts', 'scientist', 'scientists', 'businessman', 'businessmen',
  'athlete', 'athletes', 'student', 'students', 'representative', 'representatives', 'counterpart', 'counterparts', 'ambassador',
  'envoy', 'people', 'everyone', 'you', 'him', 'her', 'them', 'members',
]);
/** Guests whose welcome is a state's hosting of a visit (CAMEO 043, PLOVER CONSULT): officials, not experts or veterans. */
const OFFICIALS = new Set(['president', 'minister', 'premier', 'chancellor', 'king', 'queen', 'prince', 'emir', 'sheikh', 'leader', 'leaders', 'delegation', 'delegations', 'counterpart', 'counterparts', 'ambassador', 'envoy']);
/** Words the welcomed phrase may open with before its head ("warmly welcomed the Russian art experts"). */
const PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADV', 'NUM', 'PRON']);
/** How many words the welcomed phrase is read over. */
const REACH = 6;

/** Does the object after the welcome at `k` name people ("welcomed President Putin", "welcomed war veterans"), not a thing of theirs ("welcomed President Reagan's latest policy statement")? */
function welcomed(tokens: readonly Token[], k: number, end: number, mentions: readonly EntityMention[], nominal: boolean): 'official' | 'people' | undefined {
  let people: 'official' | 'people' | undefined;
  const from = nominal ? welcomeTo(tokens, k, end) : k + 1;
  for (let j = from; j < Math.min(end, from + REACH); j++) {
    const t = tokens[j]!;
    // A possessive names the owner of what is welcomed: "welcomed Ukraine's moves", "welcomed President Reagan's statement".
    if (t.normal === "'s" || t.normal === '’s' || t.normal === "'") return undefined;
    // "welcomed visiting Cuban President Fidel Castro": the guest's participle is part of the phrase.
    if (t.normal === 'visiting') continue;
    // After a nominal welcome's "to" the tagger may read the first word as an infinitive ("a warm welcome to war veterans").
    if (nominal && j === from && t.pos === 'VERB') continue;
    if (!PHRASE.has(t.pos)) break;
    if (OFFICIALS.has(t.normal) || mentions.some((m) => m.type === 'PERSON' && m.start === t.start)) people = 'official';
    else if (GUESTS.has(t.normal)) people ??= 'people';
  }
  return people;
}

/** How far after a nominal welcome its "to" may stand ("a warm welcome on Thursday to …"). */
const TO_REACH = 4;

/** Where the guests of a nominal welcome start: after its "to" ("gave a warm welcome to visiting Cuban President Fidel Castro"), or nowhere. */
function welcomeTo(tokens: readonly Token[], k: number, end: number): number {
  for (let j = k + 1; j < Math.min(end, k + 1 + TO_REACH); j++) if (tokens[j]!.normal === 'to') return j + 1;
  return end;
}

/** Adverbs that may stand between a passive's auxiliary and its participle ("was warmly welcomed"). */
const PASSIVE_ADVERBS = new Set(['ADV', 'PART']);

/**
 * Who is welcomed when the welcome at `k` is passive ("Iranian Foreign Minister Kamal Kharrazi was welcomed at Damascus
 * airport by his Syrian counterpart"): the phrase before its "be" auxiliary; undefined for an active welcome.
 */
function welcomedBefore(tokens: readonly Token[], k: number, start: number, mentions: readonly EntityMention[]): 'official' | 'people' | undefined {
  let aux = k - 1;
  while (aux > start && PASSIVE_ADVERBS.has(tokens[aux]!.pos)) aux--;
  if (aux < start || tokens[aux]!.lemma.toLowerCase() !== 'be') return undefined;
  let people: 'official' | 'people' | undefined;
  for (let j = aux - 1; j >= Math.max(start, aux - REACH); j--) {
    const t = tokens[j]!;
    if (!PHRASE.has(t.pos)) break;
    if (OFFICIALS.has(t.normal) || mentions.some((m) => m.type === 'PERSON' && m.start <= t.start && t.end <= m.end)) people = 'official';
    else if (GUESTS.has(t.normal)) people ??= 'people';
  }
  return people;
}

/** Whom the welcome at `k` greets: the passive's subject, else its object; a nominal welcome's guests follow its "to". */
function guestsOf(tokens: readonly Token[], k: number, start: number, end: number, mentions: readonly EntityMention[], nominal: boolean): 'official' | 'people' | undefined {
  return nominal ? welcomed(tokens, k, end, mentions, true) : (welcomedBefore(tokens, k, start, mentions) ?? welcomed(tokens, k, end, mentions, false));
}

/** The word of welcome among the draft's trigger and pattern words: the verb "welcomed" (the trigger), or the noun of "gave a warm welcome" (a pattern word). */
function welcomeAt(d: DraftEvent, tokens: readonly Token[]): number | undefined {
  return d.tokens.find((k) => tokens[k]!.lemma.toLowerCase() === 'welcome');
}

/** CAMEO "make a visit" and "host a visit". */
const VISIT = '042';
const HOST = '043';

/** A welcome of an official guest as the guest's visit to the host ("Kuchma welcomed President Putin when he arrived in Zaporozhye": Putin's visit), if it is one. */
export function asHosting(d: DraftEvent, tokens: readonly Token[], start: number, end: number, mentions: readonly EntityMention[]): DraftEvent | undefined {
  const k = welcomeAt(d, tokens);
  if (k === undefined || d.cameo !== '051') return undefined;
  // A passive welcome has the host as its "by" agent and the guest as its subject, as an active one has them as subject and object.
  if (guestsOf(tokens, k, start, end, mentions, k !== d.tokens[0]) !== 'official') return undefined;
  // Coded from the guest's side (CAMEO 042, the visit; PETRARCH pairs it with 043, hosting), so that the visit told beside it
  // ("… when he arrived in Zaporozhye") merges with it as one happening.
  if (!d.target) return undefined;
  return { ...d, cameo: VISIT, plover: 'CONSULT', basePlover: d.plover, source: d.target, ...(d.source && { target: d.source }), converse: HOST, rule: `${d.rule}+hosting` };
}

/** Is "warned" at `k` advice against doing something ("warned against confusing …"), a gerund right after "against"? */
function cautions(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  const after = tokens[k + 2];
  return next?.normal === 'against' && after !== undefined && after.normal.endsWith('ing') && after.pos !== 'PROPN';
}

/** Words of an apology for lateness ("apologise that we kept you waiting"): a courtesy, no regret for an act. */
const LATENESS = new Set(['waiting', 'wait', 'delay', 'late', 'lateness']);
/** How far after the apology its reason is read. */
const REASON_REACH = 10;

/** Is the apology at `k` one for keeping someone waiting? */
function forLateness(tokens: readonly Token[], k: number, end: number): boolean {
  for (let j = k + 1; j < Math.min(end, k + 1 + REASON_REACH); j++) if (LATENESS.has(tokens[j]!.normal)) return true;
  return false;
}

/** Is the draft a greeting or a caution rather than the praise or threat its code names? */
export function isCourtesy(d: DraftEvent, tokens: readonly Token[], start: number, end: number, mentions: readonly EntityMention[]): boolean {
  const k = d.tokens[0];
  if (k === undefined) return false;
  const lemma = tokens[k]!.lemma.toLowerCase();
  const welcome = welcomeAt(d, tokens);
  if (d.cameo === '051' && welcome !== undefined) return guestsOf(tokens, welcome, start, end, mentions, welcome !== d.tokens[0]) !== undefined;
  if (d.cameo === '130' && lemma === 'warn') return cautions(tokens, k);
  if (d.cameo === '055') return forLateness(tokens, k, end);
  return false;
}
