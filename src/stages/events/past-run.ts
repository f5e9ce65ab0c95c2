/**
 * A run of past acts told as one, not a happening of the news: a perfect with a habitual adverb ("we have always helped our
 * Serbian brothers", "Moscow has long backed Havana") or with a duration of years it lasted ("Moscow has supported Cuba for
 * decades", "the two countries have fought three wars in the past five decades"). The judge counts such generic history as no
 * news event; a perfect of one recent act ("has sent aid to Serbia") stays news, and so does one whose duration is the length
 * of the state it imposes ("has jailed a spy for 15 years", "has banned imports for two years") or the gap since its last
 * like ("for the first time in 30 years", "in decades").
 */
import type { Token } from '../../core/doc.js';
import type { TimeMention } from '../../core/mention.js';
import { HAVE, HAVE_CLITICS } from './perfect-aux.js';

/** A present participle or gerund, which no perfect has as its verb ("it's always sending aid"). */
const GERUND = /ing$/;
/**
 * Adverbs that make a perfect a habit or stance over the whole past up to now, not one act ("have always helped", "has long
 * backed", "has traditionally supported"): the continuative perfect's adverbs of span and constancy. Adverbs of frequency
 * ("repeatedly", "often", "again") are not among them: they count acts, the latest of which may be the news ("has repeatedly warned").
 */
const HABITUAL = new Set(['always', 'long', 'traditionally', 'historically', 'consistently', 'invariably', 'forever', 'perennially']);
/** Prepositions that tie a duration to the act it measures ("for decades", "in the past five decades", "over the last 20 years"). */
const DURATION_OPENERS = new Set(['for', 'in', 'over']);
/** A duration after "in" spans the acts only as "the past/last N years"; bare "in 30 years" is the gap since the last such act. */
const SPAN = /\b(past|last)\b/i;
/** A word before the duration that makes it the gap since the last such act, news itself ("for the first time in decades"). */
const FIRST = new Set(['first']);
/**
 * Verbs whose "for" duration is the length of the state the one act imposes, not a run of acts (CAMEO 163/166/172-173
 * sanctions, bans and jailings and their like: "jailed a spy for 15 years", "banned imports for two years", "suspended Chile
 * for three years", "extended the lease for 50 years"): the telic verbs of imposing a lasting state (Vendler's achievements
 * with a result state, whose "for" phrase measures that state).
 */
const RESULT_STATE = new Set([
  'jail', 'imprison', 'sentence', 'ban', 'bar', 'suspend', 'exile', 'banish', 'extend', 'lease', 'renew', 'freeze', 'postpone',
  'delay', 'defer', 'close', 'shut', 'expel', 'outlaw', 'blacklist',
]);
/** A TIMEX duration of years, decades or centuries ("P50Y", "PXY" for "decades", "P2DE"); its count, X when unspecified. */
const LONG_DURATION = /^P(\d+|X)(Y|DE|CE)$/;
/** How many years a duration must last to tell a run of acts, not one: as many as make an act history (background.ts). */
const RUN_YEARS = 2;

/** Is the verb at `k` a perfect (a form of "have" before it, only adverbs between), and is it habitual ("have always helped")? */
function perfectAux(tokens: readonly Token[], k: number, from: number): { habitual: boolean } | undefined {
  if (GERUND.test(tokens[k]!.normal)) return undefined;
  let habitual = false;
  let j = k - 1;
  for (; j >= from && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART'); j--) if (HABITUAL.has(tokens[j]!.normal)) habitual = true;
  // The nearest auxiliary must be "have" itself: "has been shelling" (ongoing) and "has been held" (passive state) are not runs of acts.
  const aux = tokens[j];
  if (j < from || aux?.pos !== 'AUX' || !(HAVE.has(aux.normal) || HAVE_CLITICS.has(aux.normal))) return undefined;
  // A contraction is "have" only before a participle, which differs from the base form the lemma gives ("helped", not "help").
  return HAVE_CLITICS.has(aux.normal) && tokens[k]!.normal === tokens[k]!.lemma.toLowerCase() ? undefined : { habitual };
}

/** Is the duration a span of years, decades or centuries at least RUN_YEARS long? */
function longDuration(t: TimeMention): boolean {
  const m = t.type === 'DURATION' && t.value ? LONG_DURATION.exec(t.value) : null;
  if (!m) return false;
  return m[1] === 'X' || m[2] !== 'Y' || Number(m[1]) >= RUN_YEARS;
}

/** Does the duration follow the verb at `k` in its sentence, opened by a preposition, with no other verb or comma between ("supported Cuba for decades")? */
function measures(t: TimeMention, tokens: readonly Token[], k: number): boolean {
  const sentence = tokens[k]!.sentence;
  let j = k + 1;
  for (; j < tokens.length && tokens[j]!.sentence === sentence && tokens[j]!.start < t.start; j++) {
    const w = tokens[j]!;
    if (w.pos === 'VERB' || w.pos === 'AUX' || w.normal === ',' || FIRST.has(w.normal)) return false;
  }
  if (tokens[j]?.sentence !== sentence || tokens[j]!.start !== t.start) return false;
  // The mention may hold its own "the past" ("in the past five decades"): the preposition stands just before it.
  const opener = tokens[j - 1]?.normal ?? '';
  return DURATION_OPENERS.has(opener) && (opener !== 'in' || SPAN.test(t.text));
}

/** Is the verb at `k` a perfect told as a run of past acts: habitual ("have always helped") or over years ("has supported … for decades")? */
export function pastRun(tokens: readonly Token[], firstToken: number, k: number, times: readonly TimeMention[]): boolean {
  if (tokens[k]?.pos !== 'VERB') return false;
  const perfect = perfectAux(tokens, k, firstToken);
  if (!perfect) return false;
  if (perfect.habitual) return true;
  return !RESULT_STATE.has(tokens[k]!.lemma.toLowerCase()) && times.some((t) => longDuration(t) && measures(t, tokens, k));
}
