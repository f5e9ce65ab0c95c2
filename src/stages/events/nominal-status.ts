/**
 * Status of a nominal act (a meeting, a visit, a withdrawal) from what its sentence says of the noun
 * itself: put off or called off ("the summit was postponed", "postponed the talks"), prepared for
 * ("are preparing for the summit"), or the subject of a future verb past a relative clause
 * ("The summit, which opens on Monday, will focus on …").
 */
import type { Token } from '../../core/doc.js';
import type { EventStatus } from '../../core/mention.js';
import type { Clause } from './clauses.js';
import { futureSubject } from './governing-tense.js';
import type { TriggerMatch } from './match-triggers.js';
import { HAVE } from './perfect-aux.js';
import { pastAt } from './tense-words.js';

/**
 * Participles that say a nominal did not take place when planned ("was postponed"); "suspended" or "adjourned" talks were held
 * first, and a meeting "delayed by an hour" was held late.
 */
const PUT_OFF = new Set(['postponed', 'cancelled', 'canceled', 'deferred', 'shelved', 'scrapped']);
/** Verbs whose participle with "off" does the same ("was called off", "has been put off"); "pushed back" may be an offensive repelled. */
const PUT_OFF_PHRASAL = new Set(['called', 'put']);
/** Verbs that put off the nominal they govern ("postponed the summit", "put off his visit"). */
const PUT_OFF_VERB = new Set(['postpone', 'defer', 'shelve']);
/** Tags of a nominal's own phrase after it, before its verb ("the summit between Russia and China was"). */
const NOMINAL_PHRASE = new Set(['ADP', 'DET', 'PROPN', 'NOUN', 'ADJ', 'CCONJ', 'NUM', 'PART']);
/** Tags between a governing verb and its nominal object ("postponed his planned visit"). */
const OBJECT_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
/** How many words a nominal's own phrase may have before its verb, or before a relative clause. */
const PHRASE_REACH = 8;
/** How many words a relative clause set off by commas may have ("which opens in Beijing on Monday"). */
const RELATIVE_REACH = 15;
/** Words that open an apposition dating the nominal ahead ("due in Beijing", "scheduled for", "set for", "planned for"). */
const SET_FOR = new Set(['due', 'scheduled', 'set', 'planned', 'slated']);
/** Relative pronouns that open a clause set off by commas. */
const RELATIVE = new Set(['which', 'who']);

/** Is the participle at `k` one of putting off ("postponed", "called off")? */
function putOffAt(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.normal ?? '';
  return PUT_OFF.has(w) || (PUT_OFF_PHRASAL.has(w) && tokens[k + 1]?.normal === 'off');
}

/** The index after the nominal's own phrase (over its modifiers and "between Russia and China"), within `end`. */
function phraseEnd(tokens: readonly Token[], m: TriggerMatch, end: number): number {
  let k = m.end;
  while (k < Math.min(end, m.end + PHRASE_REACH) && NOMINAL_PHRASE.has(tokens[k]!.pos)) k++;
  return k;
}

/** Is the nominal the subject of a passive of putting off ("the summit was postponed", "talks have been called off")? */
function putOffSubject(tokens: readonly Token[], m: TriggerMatch, end: number): boolean {
  let k = phraseEnd(tokens, m, end);
  if (tokens[k]?.pos !== 'AUX') return false;
  while (k < end && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k++;
  return putOffAt(tokens, k);
}

/** Is the nominal the object of a verb of putting off ("postponed the summit", "called off the talks", "put off his visit")? */
function putOffObject(tokens: readonly Token[], m: TriggerMatch, from: number): boolean {
  let k = m.start - 1;
  while (k > from && OBJECT_WORDS.has(tokens[k]!.pos)) k--;
  const t = tokens[k];
  if (!t) return false;
  if (t.pos === 'VERB') return PUT_OFF_VERB.has(t.lemma.toLowerCase());
  return t.normal === 'off' && k > from && putOffAt(tokens, k - 1);
}

/** Is the nominal the object of "prepare for" ("are preparing for the summit", "to prepare for a summit between their prime ministers")? */
function preparedFor(tokens: readonly Token[], m: TriggerMatch, from: number): boolean {
  let k = m.start - 1;
  while (k > from && OBJECT_WORDS.has(tokens[k]!.pos)) k--;
  return tokens[k]?.normal === 'for' && tokens[k - 1]?.lemma.toLowerCase() === 'prepare';
}

/** Present perfect forms of "have" ("which have been going on", "which has opened", "it's been"): the perfect's but the past "had". */
const HAVE_NOW = new Set([...HAVE, "'s"].filter((w) => w !== 'had'));

/** Does a present perfect start at `k`: "has"/"have" with a verb or "been" right after ("have been going on since Monday")? A told past. */
function perfectAt(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k]!.pos === 'AUX' && HAVE_NOW.has(tokens[k]!.normal) && (next?.normal === 'been' || (next?.pos === 'VERB' && next.normal !== next.lemma.toLowerCase()));
}

/** Is the main clause's first verb after `k` (the apposition's closing comma) not past ("will focus", "are expected to")? */
function mainVerbNotPast(tokens: readonly Token[], k: number, sentenceEnd: number): boolean {
  for (let j = k + 1; j < Math.min(sentenceEnd, k + 1 + PHRASE_REACH); j++) {
    const t = tokens[j]!;
    if (t.pos === 'AUX' || t.pos === 'VERB') return !pastAt(tokens, j, false);
  }
  return false;
}

/**
 * Is the nominal the subject of a future verb after a relative clause set off by commas ("The summit,
 * which opens on Monday, will focus on trade")? The relative clause, if not past, is read over to the main verb.
 * An apposition that sets the nominal's date ("The summit, due in Beijing next month, will …", "Talks, scheduled
 * for next week, are expected to …") says it is still to come, unless the main verb is past ("…, opened a day late").
 */
function futureAfterRelative(tokens: readonly Token[], m: TriggerMatch, clause: Clause, sentenceEnd: number): boolean {
  const comma = phraseEnd(tokens, m, sentenceEnd);
  const opener = tokens[comma + 1]?.normal ?? '';
  const apposition = SET_FOR.has(opener);
  if (tokens[comma]?.normal !== ',' || (!RELATIVE.has(opener) && !apposition)) return false;
  let aux = false;
  for (let k = comma + 2; k < Math.min(sentenceEnd, comma + RELATIVE_REACH); k++) {
    const t = tokens[k]!;
    if (t.normal === ',') return apposition ? mainVerbNotPast(tokens, k, sentenceEnd) : futureSubject(tokens, { ...m, end: k + 1 }, { ...clause, end: sentenceEnd });
    // "The talks, which began on Monday, will continue until Friday", "which were held in Beijing": a nominal told in the past was held.
    if (pastAt(tokens, k, aux) || (!aux && perfectAt(tokens, k))) return false;
    aux ||= t.pos === 'AUX';
  }
  return false;
}

/** The status a nominal's own sentence gives it, if any: denied when put off, planned when prepared for or subject of a future verb. */
export function nominalStatus(tokens: readonly Token[], m: TriggerMatch, clause: Clause, sentenceEnd: number): EventStatus | undefined {
  if (putOffSubject(tokens, m, sentenceEnd) || putOffObject(tokens, m, clause.start)) return 'denied';
  if (preparedFor(tokens, m, clause.start) || futureAfterRelative(tokens, m, clause, sentenceEnd)) return 'planned';
  return undefined;
}
