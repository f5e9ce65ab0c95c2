import type { DocView } from './doc-view.js';
import type { Found } from './found.js';
import { PEOPLE_STATES, SETTLER_STATES, SPLIT_REGIONS } from './locales/en/lexicon.js';
import { ownCountry } from './sole-country.js';

/** CAMEO sectors of a state's own forces and government ("Iraqi troops" IRQMIL, "Turkish officials" TURGOV). */
const STATE_SECTOR = /^[A-Z]{3}(?:MIL|GOV|COP|SPY)/;

/**
 * Every country the article names by its name, a nationality word or one of its towns and regions,
 * weighed 2 when it names the state's forces or government ("Iraqi troops"), else 1.
 */
export function countriesNamed(founds: readonly Found[]): Map<string, number> {
  const named = new Map<string, number>();
  for (const f of founds) {
    const own = ownCountry(f);
    if (own !== undefined) named.set(own, Math.max(named.get(own) ?? 0, STATE_SECTOR.test(f.actor ?? '') ? 2 : 1));
  }
  return named;
}

/** Faiths whose militants every state may fight: their state is where they are placed or whose forces the article names. */
const FAITH_WORDS = new Set(`islamic islamist islamists muslim muslims moslem moslems`.split(' '));

/** The one state whose forces or government the article names (weight 2 in `named`), or undefined when none or several. */
function stateWithForces(named: ReadonlyMap<string, number>): string | undefined {
  let state: string | undefined;
  for (const [s, w] of named) {
    if (w < 2) continue;
    if (state !== undefined) return undefined;
    state = s;
  }
  return state;
}

/** Of the states, the one the article names most (`named`), the first in the list's order on a tie; none when it names none. */
function mostNamed(states: readonly string[], named: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  // Why strictly greater: on equal weight the list's order decides.
  for (const s of states) if ((named.get(s) ?? 0) > (best === undefined ? 0 : named.get(best)!)) best = s;
  return best;
}

/**
 * The state whose insurgency a people or faith found with no country of its own stands for
 * ("Kurdish", "Shi'ite Moslem", an unknown capitalised run that holds such a word): of its states
 * (`PEOPLE_STATES`) the article names, the one whose forces or government it names (insurgents
 * fight their own state: "Iraqi troops fought Kurdish rebels near the Turkish border" IRQ), else
 * the first in the list's order; undefined when it names none of them or the word is no split people.
 * A state the group is placed in right after its noun (`placed`: "Kurdish fighters in Syria") comes
 * before both, as ICEWS codes a sub-state group where it is; "based in" does not place it so.
 * A faith's militants ("Islamic militants", "Muslim rebels") have no list of states: the state they
 * are placed in, else the one state whose forces or government their sentence names (`sentenceNamed`:
 * "Egyptian police arrested Islamic militants accused of plotting attacks on Israeli tourists": EGY;
 * an article's navy fighting pirates elsewhere says nothing), else none.
 */
export function peopleState(view: DocView, found: Found, named: ReadonlyMap<string, number>, placed?: string, sentenceNamed?: ReadonlyMap<string, number>): string | undefined {
  if (found.type === 'PERSON' || found.country !== undefined || found.entry !== undefined) return undefined;
  for (let k = found.firstToken; k < found.endToken; k++) {
    if (FAITH_WORDS.has(view.tokens[k]!.normal)) return placed ?? (sentenceNamed === undefined ? undefined : stateWithForces(sentenceNamed));
    const states = PEOPLE_STATES.get(view.tokens[k]!.normal);
    if (states === undefined) continue;
    if (placed !== undefined && states.includes(placed)) return placed;
    const best = mostNamed(states, named);
    if (best !== undefined) return best;
  }
  return undefined;
}

/** Nouns for settlers. */
const SETTLER_NOUNS = new Set(['settler', 'settlers']);

/**
 * "Jewish settlers", "a Jewish settler": a people word right before a settler noun (up to one
 * lower-case describing word between: "Jewish extremist settlers") names the settlers' state,
 * sector CVL, as the nationality word of "Israeli settlers" does (the word alone, so that "Jewish
 * settlers in the West Bank" are not read as people living there), whatever country the
 * sole-country rule gave it. Returns the founds with each such word replaced.
 */
export function settlerStates(view: DocView, founds: readonly Found[]): Found[] {
  const { tokens } = view;
  return founds.map((f) => {
    const state = f.type === 'NORP' && f.endToken - f.firstToken === 1 && f.entry === undefined ? SETTLER_STATES.get(tokens[f.firstToken]!.normal) : undefined;
    if (state === undefined) return f;
    const next = tokens[f.endToken];
    if (next === undefined || next.sentence !== tokens[f.firstToken]!.sentence) return f;
    const between = !SETTLER_NOUNS.has(next.normal) && (next.pos === 'ADJ' || next.pos === 'NOUN') && !/^\p{Lu}/u.test(view.text[next.start]!) ? 1 : 0;
    const noun = tokens[f.endToken + between];
    if (noun === undefined || noun.sentence !== next.sentence || !SETTLER_NOUNS.has(noun.normal)) return f;
    return { ...f, rule: 'entities/en/settlers', country: state, actor: `${state}CVL` };
  });
}

/** Lower-case words of a part of a country between "in" and its name ("in northern Iraq"). */
const PART_WORDS = new Set(`north south east west central northern southern eastern western northeastern northwestern southeastern southwestern
  north-eastern north-western south-eastern south-western`.split(/\s+/));

/** Participles between a group and the "in" of its place that put it there: "a rebel group based in Uganda", "rebels operating in Macedonia", "a militia active in Mali". */
export const PLACING: ReadonlySet<string> = new Set(['based', 'operating', 'living', 'fighting', 'active']);
/** PLACING but "based", the words that place a people in a state ("ethnic Albanian rebels operating in Macedonia"): "based" says where a group sits, not whose people it is. */
export const PLACING_PEOPLE: ReadonlySet<string> = new Set([...PLACING].filter((w) => w !== 'based'));

/**
 * The found a group is placed in by "in" (or another preposition, `word`: "from") right after its
 * last token (`end`, one past it), over "the" and one compass word ("Kurdish militants in northern
 * Iraq") unless a found starts at that word ("in South Sudan"), from the founds by first token (`byStart`).
 */
export function placeFound(view: DocView, end: number, byStart: ReadonlyMap<number, Found>, word = 'in'): Found | undefined {
  const { tokens } = view;
  if (tokens[end]?.normal !== word || tokens[end]!.sentence !== tokens[end - 1]?.sentence) return undefined;
  const after = tokens[end + 1]?.normal === 'the' ? end + 2 : end + 1;
  // A compass word that opens the place's own name is no part word: "in South Sudan", "in North Korea".
  return byStart.get(after) ?? (PART_WORDS.has(tokens[after]?.normal ?? '') ? byStart.get(after + 1) : undefined);
}

/** The country of the place a group is placed in (`placeFound`: "Kurdish militants in northern Iraq": IRQ). */
export function placedIn(view: DocView, end: number, byStart: ReadonlyMap<number, Found>): string | undefined {
  const found = placeFound(view, end, byStart);
  return found === undefined ? undefined : ownCountry(found);
}

/**
 * Gives a region split between states that the KB leaves uncoded ("Punjab", `SPLIT_REGIONS`), of
 * its states the article names (`named`), the one named with its forces or government, else the
 * first in the list's order the article names; uncoded when it names none. Returns the founds with
 * each such region replaced.
 */
export function splitRegions(view: DocView, founds: readonly Found[], named: ReadonlyMap<string, number>): Found[] {
  return founds.map((f) => {
    // A place, or an unknown name whose type was only guessed ("sent to Punjab" reads like an organisation's name).
    if ((f.type !== 'GPE' && (f.guess === undefined || f.type === 'PERSON')) || f.country !== undefined || f.entry?.country !== undefined || f.endToken - f.firstToken !== 1) return f;
    const states = SPLIT_REGIONS.get(view.tokens[f.firstToken]!.normal);
    if (states === undefined) return f;
    const best = mostNamed(states, named);
    return best === undefined ? f : { ...f, type: 'GPE', country: best, rule: 'entities/en/split-region' };
  });
}
