/**
 * Acts told as history: "In 1994, Russia and Ukraine signed the Budapest memorandum" in an article of
 * 2020 recalls a treaty as background; it is no happening of the situation the article reports. An
 * act is background when a year opening its sentence before it ("In 1994, …"), or its own "in" time
 * after it with no other verb between ("signed … in 1994"), or a year opening the clause that holds it ("which in 1979 fought …",
 * recalled.ts), lies two or more calendar years before publication; a decade counts by its last year ("during the 1980s"), and
 * "ago" dates an act as "in" does ("invaded Kuwait a decade ago"). Without a publication date nothing is background by its year;
 * a past act a speaker recalls ("recalled that Russia had helped Ukraine") and a perfect told as a habit or a run of years ("has
 * supported Cuba for decades", past-run.ts) are background whatever the date, and so is an act of a state gone by the publication
 * day (gone-state.ts).
 */
import type { Token } from '../../core/doc.js';
import type { EntityMention, TimeMention } from '../../core/mention.js';
import type { KnowledgeBase } from '../../knowledge/load-kb.js';
import type { DraftEvent } from './merge.js';
import { goneSide } from './gone-state.js';
import { pastRun } from './past-run.js';
import { clauseOpening, recalledAct } from './recalled.js';

/** How many calendar years before publication an act's year must lie to be history: last year's act is still recent news. */
const HISTORY_YEARS = 2;
/** A time value that starts with a year ("1994", "1994-05", "1994-05-12") or is a decade (TIMEX "198" for "the 1980s"). */
const YEAR = /^(\d{4}|\d{3}(?!\d))/;
/** Prepositions that put an act inside the time after them ("in 1994", "during the 1980s"). */
const WITHIN = new Set(['in', 'during']);
/** A time phrase counted back from publication ("a decade ago", "20 years ago"). */
const AGO = /\bago$/i;

/** The year of a time value, if it names one; a decade's is its last year, so "the 1990s" is history only once 1999 is. */
function yearOf(value: string | null | undefined): number | undefined {
  const m = value ? YEAR.exec(value) : null;
  if (!m) return undefined;
  return m[1]!.length === 3 ? Number(m[1]) * 10 + 9 : Number(m[1]);
}

/** Is the time mention a year phrase that opens the trigger's sentence before it ("In 1994, …", "In May 1999 the two …")? */
function opening(t: TimeMention, tokens: readonly Token[], firstToken: number, trigger: number): boolean {
  if (t.start >= tokens[trigger]!.start) return false;
  const first = tokens[firstToken]!;
  return t.start === first.start || (WITHIN.has(first.normal) && tokens[firstToken + 1]?.start === t.start);
}

/**
 * Does the time mention follow the trigger at `k` as its "in" or "during" phrase or as an "ago" phrase, with no other verb between
 * them ("signed the memorandum in 1994", "invaded Kuwait a decade ago")? A year inside a noun phrase ("sentenced Nichols … for
 * his deadly 2005 rampage") dates that noun, not the act; "ago" always ends an adverb of time, but of the act only when no
 * preposition stands between.
 */
function next(t: TimeMention, tokens: readonly Token[], k: number): boolean {
  if (t.start < tokens[k]!.end) return false;
  let preposition = false;
  let j = k + 1;
  for (; j < tokens.length && tokens[j]!.start < t.start; j++) {
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return false;
    if (tokens[j]!.pos === 'ADP') preposition = true;
  }
  // An "ago" phrase after a preposition's noun may date that noun ("accused Chile of an attack two years ago"), as a year
  // inside a noun phrase does; only one right after the verb and its objects is the act's own time.
  return WITHIN.has(tokens[j - 1]?.normal ?? '') || (AGO.test(t.text) && !preposition);
}

/** Is the draft an act of the past told as background, years before the article's publication? */
export function background(
  d: DraftEvent, tokens: readonly Token[], firstToken: number, times: readonly TimeMention[], published: string | undefined, entities: readonly EntityMention[], kb: KnowledgeBase,
): boolean {
  const now = yearOf(published);
  const k = d.tokens[0];
  if (k === undefined || d.status !== 'occurred') return false;
  // A year that opens the sentence, or the act's own time when no verb stands between the trigger and it ("signed the Budapest
  // memorandum in 1994"): a time further on may belong to another act ("offered to hand over two nationals suspected of blowing
  // up a plane in 1988").
  const own = d.time ? times.find((t) => t.id === d.time!.time) : undefined;
  // "In 2014 Russia annexed Crimea, and on Monday its troops shelled Kharkiv": the act's own recent time wins over an opening year.
  const ownYear = yearOf(own?.value);
  if (ownYear !== undefined && (now === undefined || ownYear > now - HISTORY_YEARS)) return false;
  // A recalled act is history by the speaker's word, whatever the year; checked after the act's own recent time, which marks
  // news ("recalled that Russia had helped Ukraine and on Tuesday sent new aid").
  if (recalledAct(tokens, firstToken, k)) return true;
  // A habit or a run of acts over years ("have always helped", "has supported Cuba for decades") is history whatever the date.
  if (pastRun(tokens, firstToken, k, times)) return true;
  // A state gone by the publication day ("Soviet troops took paintings from Budapest") acts and is acted on only in history.
  if (goneSide(d, entities, published, kb)) return true;
  if (now === undefined) return false;
  const opens = (t: TimeMention): boolean => opening(t, tokens, firstToken, k) || clauseOpening(tokens, firstToken, t.start, k);
  const dated = times.find((t) => t.type === 'DATE' && opens(t)) ?? (own && next(own, tokens, k) ? own : undefined);
  const year = yearOf(dated?.value);
  return year !== undefined && year <= now - HISTORY_YEARS;
}
