/**
 * Tense a trigger takes from the verbs around it: a nominal from the verb it is the subject or object
 * of, or whose phrase holds it; a verb from the verb it is coordinated with ("should assume … and resign").
 */
import type { Token } from '../../core/doc.js';
import type { EventStatus } from '../../core/mention.js';
import type { Clause } from './clauses.js';
import type { TriggerMatch } from './match-triggers.js';
import { afterSpeech, FUTURE, MODAL, NEGATION } from './tense-words.js';

/** Conjunctions that join two verbs: a trigger verb shares an earlier verb's auxiliary, a bare verb a next verb's object (addressee.ts). */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);

/** Tags a nominal's own phrase may hold before its verb ("meetings between Russia and Germany will continue"). */
const NOMINAL_PHRASE = new Set(['ADP', 'DET', 'PROPN', 'NOUN', 'ADJ', 'CCONJ', 'NUM', 'PART']);
/** How far after a nominal its future verb may stand. */
const FUTURE_REACH = 8;

/** Participles and adjectives of scheduling after "be" that put the subject nominal in the future. */
const SET_FOR = new Set(['set', 'scheduled', 'slated', 'due']);

/**
 * Is the nominal trigger the subject of a verb in the future ("meetings between Russia and Germany
 * will continue", "the talks are to be held in Minsk", "the discussion would continue")? Then it is planned, not held.
 */
export function futureSubject(tokens: readonly Token[], m: TriggerMatch, clause: Clause): boolean {
  for (let k = m.end; k < Math.min(clause.end, m.end + FUTURE_REACH); k++) {
    const t = tokens[k]!;
    // "The discussion would continue on October 30": "would" is the future seen from a reported past.
    // "The meeting is set for Tuesday", "talks are scheduled to resume": a nominal that is set or due is still to come.
    if (t.pos === 'AUX') return FUTURE.has(t.normal) || t.normal === 'would' || (t.lemma.toLowerCase() === 'be' && (tokens[k + 1]?.normal === 'to' || SET_FOR.has(tokens[k + 1]?.normal ?? '')));
    if (!NOMINAL_PHRASE.has(t.pos)) return false;
  }
  return false;
}

/** Is the nominal trigger the subject of a modal ("such a meeting should promote …", "talks could help")? Then it is only supposed. */
export function modalSubject(tokens: readonly Token[], m: TriggerMatch, clause: Clause): boolean {
  for (let k = m.end; k < Math.min(clause.end, m.end + FUTURE_REACH); k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX') return MODAL.has(t.normal) && t.normal !== 'would';
    if (!NOMINAL_PHRASE.has(t.pos)) return false;
  }
  return false;
}

/** Words of an opening "during" phrase between the preposition and its nominal ("during his meeting"). */
const DURING_PHRASE = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN']);

/**
 * Is the nominal in a "during" phrase of a clause whose next verb is future ("today during his meeting
 * with the Kyrgyz President they would sign an agreement")? What happens during it is still to come, so is it.
 */
export function duringFuture(tokens: readonly Token[], m: TriggerMatch, clause: Clause): boolean {
  let k = m.start - 1;
  while (k > clause.start && DURING_PHRASE.has(tokens[k]!.pos)) k--;
  if (tokens[k]?.normal !== 'during') return false;
  // "the main document to be signed during his meeting with George Bush", "will sign … during the visit": the verb before it is ahead.
  for (let j = k - 1; j >= clause.start; j--) {
    if (tokens[j]!.pos !== 'VERB') continue;
    if (aheadVerb(tokens, j)) return true;
    break;
  }
  for (let j = m.end; j < clause.end; j++) {
    if (tokens[j]!.pos !== 'VERB') continue;
    const aux = tokens[j - 1]?.pos === 'ADV' ? tokens[j - 2] : tokens[j - 1];
    return aux !== undefined && (FUTURE.has(aux.normal) || aux.normal === 'would');
  }
  return false;
}

/** Is the verb at `j` in the future, over adverbs: "will sign", "would sign", "will be signed", "to be signed"? */
function aheadVerb(tokens: readonly Token[], j: number): boolean {
  let a = j - 1;
  while (a >= 0 && tokens[a]!.pos === 'ADV') a--;
  const aux = tokens[a];
  if (!aux) return false;
  if (FUTURE.has(aux.normal) || aux.normal === 'would') return true;
  return aux.normal === 'be' && (tokens[a - 1]?.normal === 'to' || FUTURE.has(tokens[a - 1]?.normal ?? '') || tokens[a - 1]?.normal === 'would');
}

/** Tags that may stand between a verb and the head of its nominal object ("continue the bilateral consultations"). */
const OBJECT_MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/** Is the verb at `k` followed, over its object's modifiers only, by the nominal starting at `start`? */
export function governs(tokens: readonly Token[], k: number, start: number): boolean {
  for (let j = k + 1; j < start; j++) if (!OBJECT_MODIFIERS.has(tokens[j]!.pos)) return false;
  return true;
}

/** The status the auxiliary before the verb at `k` gives it (over adverbs): a negation, future "will", reported "would", or a modal; none when it has none. */
export function auxiliaryStatus(tokens: readonly Token[], k: number, clause: Clause): EventStatus | undefined {
  let j = k - 1;
  while (j > clause.start && tokens[j]!.pos === 'ADV' && !NEGATION.has(tokens[j]!.normal)) j--;
  if (j < clause.start) return undefined;
  // "Pakistan did not attend the meeting with India": a nominal object of a negated verb did not take place.
  if (NEGATION.has(tokens[j]!.normal)) return 'denied';
  const w = tokens[j]!.normal;
  if (FUTURE.has(w)) return 'planned';
  if (w === 'would') return (clause.kind === 'sub' && tokens[clause.start]!.normal === 'that') || afterSpeech(tokens, j, clause.start) ? 'planned' : 'hypothetical';
  return MODAL.has(w) ? 'hypothetical' : undefined;
}

/** Words that date a nominal before the time of speaking ("recent drone strikes", "last week's attacks"). */
const PAST_MARKS = new Set(['recent', 'last', 'earlier', 'previous', 'past', 'yesterday', 'latest']);
/** Verbs whose object or "to"/"for" phrase names what they answer, an act already done ("respond to", "retaliate for"). */
const RESPONSES = new Set(['respond', 'react', 'retaliate', 'reply', 'answer', 'avenge', 'punish']);

/**
 * Is the nearest verb before a nominal in its clause in the future ("The discussion would continue on
 * October 30 at a meeting of the foreign ministers", "will sign the treaty at the summit in Moscow")?
 * A meeting named in a phrase of a future act is still to come. Negations and modals are left to the
 * nominal's own object verb: far off, they may deny the verb's act, not the meeting.
 */
export function futureClauseVerb(tokens: readonly Token[], m: TriggerMatch, clause: Clause): boolean {
  for (let k = m.start - 1; k >= clause.start; k--) {
    // "would discuss last week's attacks": a nominal dated before now happened, whatever is to follow it.
    if (PAST_MARKS.has(tokens[k]!.normal)) return false;
    if (tokens[k]!.pos !== 'VERB') continue;
    // "Russia would respond to Ukraine's drone strikes": what a response answers came before it.
    if (RESPONSES.has(tokens[k]!.lemma.toLowerCase())) return false;
    // A bare "would" is the future of a reported past here, as for a nominal subject ("The discussion would continue").
    let j = k - 1;
    while (j > clause.start && tokens[j]!.pos === 'ADV' && !NEGATION.has(tokens[j]!.normal)) j--;
    return j >= clause.start && (FUTURE.has(tokens[j]!.normal) || tokens[j]!.normal === 'would');
  }
  return false;
}

/** How far back from "and" the verb it coordinates the trigger with may stand ("should assume its responsibilities and resign"). */
const COORDINATE_REACH = 8;

/**
 * The status a trigger verb right after "and"/"or" shares with the verb before it: "The government
 * should assume its responsibilities and resign", "will meet Abe and sign the treaty". The conjunction
 * opens a clause of its own, so the earlier verb is looked for before it, up to a clause mark.
 */
export function coordinateStatus(tokens: readonly Token[], m: TriggerMatch, from: number): EventStatus | undefined {
  const and = m.start - 1;
  if (!COORDINATORS.has(tokens[and]?.normal ?? '')) return undefined;
  for (let k = and - 1; k >= Math.max(from, and - COORDINATE_REACH); k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ') return undefined;
    if (t.pos === 'VERB') return auxiliaryStatus(tokens, k, { start: from, end: m.start, kind: 'main' });
  }
  return undefined;
}
