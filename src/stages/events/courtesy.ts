/**
 * Verbal acts whose trigger is a courtesy or a piece of advice, not the act its code names. A host
 * who "welcomed President Putin when he arrived" or "warmly welcomed war veterans" greets guests:
 * CAMEO 051 (praise) is for welcoming a decision, a step or a proposal. A leader who "warned
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
/** Words the welcomed phrase may open with before its head ("warmly welcomed the Russian art experts"). */
const PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADV', 'NUM', 'PRON']);
/** How many words the welcomed phrase is read over. */
const REACH = 6;

/** Does the object after the welcome at `k` name people ("welcomed President Putin", "welcomed war veterans"), not a thing of theirs ("welcomed President Reagan's latest policy statement")? */
function welcomesPeople(tokens: readonly Token[], k: number, end: number, mentions: readonly EntityMention[]): boolean {
  let people = false;
  for (let j = k + 1; j < Math.min(end, k + 1 + REACH); j++) {
    const t = tokens[j]!;
    // A possessive names the owner of what is welcomed: "welcomed Ukraine's moves", "welcomed President Reagan's statement".
    if (t.normal === "'s" || t.normal === '’s' || t.normal === "'") return false;
    if (!PHRASE.has(t.pos)) break;
    if (GUESTS.has(t.normal) || mentions.some((m) => m.type === 'PERSON' && m.start === t.start)) people = true;
  }
  return people;
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
export function isCourtesy(d: DraftEvent, tokens: readonly Token[], end: number, mentions: readonly EntityMention[]): boolean {
  const k = d.tokens[0];
  if (k === undefined) return false;
  const lemma = tokens[k]!.lemma.toLowerCase();
  if (d.cameo === '051' && lemma === 'welcome') return welcomesPeople(tokens, k, end, mentions);
  if (d.cameo === '130' && lemma === 'warn') return cautions(tokens, k);
  if (d.cameo === '055') return forLateness(tokens, k, end);
  return false;
}
