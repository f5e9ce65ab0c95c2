/**
 * A run of past acts told as one, not a happening of the news: a perfect with a habitual adverb ("we have always helped our
 * Serbian brothers", "Moscow has long backed Havana") or with a duration of years it lasted ("Moscow has supported Cuba for
 * decades", "the two countries have fought three wars in the past five decades"). The judge counts such generic history as no
 * news event; a perfect of one recent act ("has sent aid to Serbia") stays news.
 */
import type { Token } from '../../core/doc.js';
import type { TimeMention } from '../../core/mention.js';

/** Forms of "have" that make a perfect ("has supported", "had ruled"). */
const HAVE = new Set(['has', 'have', 'had', "'ve", "'s", "'d"]);
/** Adverbs that make a perfect a habit over the past, not one act ("have always helped", "has long backed"). */
const HABITUAL = new Set(['always', 'long']);
/** Prepositions that tie a duration to the act it measures ("for decades", "in the past five decades", "over the last 20 years"). */
const DURATION_OPENERS = new Set(['for', 'in', 'over']);
/** A TIMEX duration of years, decades or centuries ("P50Y", "PXY" for "decades", "P2DE"); its count, X when unspecified. */
const LONG_DURATION = /^P(\d+|X)(Y|DE|CE)$/;
/** How many years a duration must last to tell a run of acts, not one: as many as make an act history (background.ts). */
const RUN_YEARS = 2;

/** The adverbs and "have" before the verb at `k`: the index of its auxiliary if it is a form of "have", else undefined. */
function perfectAux(tokens: readonly Token[], k: number, from: number): { aux: number; habitual: boolean } | undefined {
  let habitual = false;
  let j = k - 1;
  for (; j >= from && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART'); j--) if (HABITUAL.has(tokens[j]!.normal)) habitual = true;
  // The nearest auxiliary must be "have" itself: "has been shelling" (ongoing) and "has been held" (passive state) are not runs of acts.
  return j >= from && tokens[j]!.pos === 'AUX' && HAVE.has(tokens[j]!.normal) ? { aux: j, habitual } : undefined;
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
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX' || tokens[j]!.normal === ',') return false;
  }
  if (tokens[j]?.sentence !== sentence || tokens[j]!.start !== t.start) return false;
  // The mention may hold its own "the past" ("in the past five decades"): the preposition stands just before it.
  return DURATION_OPENERS.has(tokens[j - 1]?.normal ?? '');
}

/** Is the verb at `k` a perfect told as a run of past acts: habitual ("have always helped") or over years ("has supported … for decades")? */
export function pastRun(tokens: readonly Token[], firstToken: number, k: number, times: readonly TimeMention[]): boolean {
  if (tokens[k]?.pos !== 'VERB') return false;
  const perfect = perfectAux(tokens, k, firstToken);
  if (!perfect) return false;
  return perfect.habitual || times.some((t) => longDuration(t) && measures(t, tokens, k));
}
