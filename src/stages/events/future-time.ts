/**
 * Meetings dated ahead by a time phrase that can only point forward ("next week", "tomorrow", "later
 * this month", "in the coming days") in a clause told in the present: "Talks between India and
 * Pakistan open tomorrow in Islamabad", "The Russian President meets his Chinese counterpart in
 * Beijing next week". The phrase needs no publication date: it is future whenever the text was written.
 * A past verb in the clause ("held talks on the summit next week") leaves the act as told.
 */
import type { Token } from '../../core/doc.js';
import type { Clause } from './clauses.js';
import type { TriggerMatch } from './match-triggers.js';
import { POSSESSIVE } from './noun-roles.js';
import { WEEKDAY_NAMES } from './time-phrase.js';

/** Words after "next" that make a date ahead ("next week", "next Monday"). */
const AHEAD_UNITS = new Set(['week', 'month', 'year', 'weekend', 'spring', 'summer', 'autumn', 'fall', 'winter', ...WEEKDAY_NAMES]);
/** Units after "later this" ("later this month"). */
const LATER_UNITS = new Set(['week', 'month', 'year']);
/** Units after "in the coming" ("in the coming days"). */
const COMING_UNITS = new Set(['days', 'weeks', 'months']);
/** Present forms of the auxiliaries: "Putin's visit next month is expected …" is told in the present. */
const PRESENT_AUX = new Set(['is', 'are', 'am', "'s", "'re", 'do', 'does', 'has', 'have']);

/** The end of a time phrase that only points forward starting at `k`, or -1 when none starts there. */
function aheadEnd(tokens: readonly Token[], k: number): number {
  const w = tokens[k]!.normal;
  const next = tokens[k + 1]?.normal ?? '';
  if (w === 'tomorrow') return k + 1;
  if (w === 'next') return AHEAD_UNITS.has(next) ? k + 2 : -1;
  if (w === 'later') return next === 'this' && LATER_UNITS.has(tokens[k + 2]?.normal ?? '') ? k + 3 : -1;
  return w === 'coming' && tokens[k - 1]?.normal === 'the' && COMING_UNITS.has(next) ? k + 2 : -1;
}

/**
 * Does a forward-only time phrase start at `k` that dates the clause, not a noun after it? "ahead of next week's G20 summit",
 * "tomorrow's vote": a phrase followed by a possessive dates the noun it is a determiner of.
 */
function aheadAt(tokens: readonly Token[], k: number): boolean {
  const end = aheadEnd(tokens, k);
  return end >= 0 && !POSSESSIVE.has(tokens[end]?.normal ?? '');
}

/** Is the verb or auxiliary token in a present form (base form or third person "-s")? */
function present(t: Token): boolean {
  if (t.pos === 'AUX') return PRESENT_AUX.has(t.normal);
  const lemma = t.lemma.toLowerCase();
  return t.normal === lemma || t.normal === `${lemma}s` || t.normal === `${lemma}es`;
}

/**
 * Is the meeting in a clause with a forward-only time phrase, whose first verb or auxiliary (the trigger
 * itself for a verb) is present, or that has none? Only for meetings: a sanction or treaty that "takes effect next month"
 * was decided already.
 */
export function meetingAhead(tokens: readonly Token[], m: TriggerMatch, clause: Clause): boolean {
  if (m.plover !== 'CONSULT' && !(m.code ?? '').startsWith('04')) return false;
  let ahead = false;
  for (let k = clause.start; k < clause.end && !ahead; k++) ahead = aheadAt(tokens, k);
  if (!ahead) return false;
  for (let k = clause.start; k < clause.end; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return present(t);
  }
  // "Talks between India and Pakistan open tomorrow" (the tagger's adjective "open"), a headline's "Putin visit to China next week": no verb, the date decides.
  return true;
}
