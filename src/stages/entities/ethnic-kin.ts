import { isCapitalised, type DocView } from './doc-view.js';
import type { Found } from './found.js';
import { PLACING_PEOPLE, placeFound } from './people-states.js';
import { ownCountry } from './sole-country.js';

/**
 * Peoples named after a kin state they live outside of: "Serbs" of Bosnia, "Albanians" of
 * Macedonia, "Russians" of Ukraine, "Turks" of Bulgaria. A state's nationality word before one
 * of them names that people inside the state. Nationalities of states only ("Cypriot", "Bosnian")
 * are not listed: in "Turkish Cypriots" the state is the second word.
 */
const KIN_PEOPLES = new Set([
  'serb', 'serbs', 'croat', 'croats', 'albanian', 'albanians', 'hungarian', 'hungarians', 'russian', 'russians',
  'armenian', 'armenians', 'azeri', 'azeris', 'uzbek', 'uzbeks', 'tajik', 'tajiks', 'turk', 'turks',
  'greek', 'greeks', 'ukrainian', 'ukrainians', 'romanian', 'romanians',
]);

/** The country and sector a nationality found carries (its actor's sector, e.g. MIL from "forces"). */
function sectorOf(found: Found): string {
  return found.actor !== undefined && found.actor.length > 3 ? found.actor.slice(3) : '';
}

/**
 * "Bosnian Serbs", "Bosnian Serb forces", "Croatian Serb leader", "Macedonian Albanians": a
 * state's nationality word right before a kin people's word names that people in that state
 * (BIH, BIHMIL), one body over both words. The pair must be two nationality founds of different
 * countries, separated by one space, the second not glued to a hyphen ("Serb-led"). Returns the
 * founds with each such pair replaced by its merge.
 */
export function ethnicKin(view: DocView, founds: readonly Found[]): Found[] {
  const { tokens } = view;
  const result: Found[] = [];
  for (let k = 0; k < founds.length; k++) {
    const first = founds[k]!;
    const second = founds[k + 1];
    const pair =
      second !== undefined &&
      first.kind === 'norp' && second.kind === 'norp' &&
      first.country !== undefined && second.country !== undefined && first.country !== second.country &&
      second.endToken - second.firstToken === 1 && second.firstToken === first.endToken &&
      second.start - first.end === 1 && tokens[second.firstToken]!.sentence === tokens[first.firstToken]!.sentence &&
      KIN_PEOPLES.has(tokens[second.firstToken]!.normal) &&
      !(tokens[second.endToken]?.start === second.end && tokens[second.endToken]!.normal === '-');
    if (!pair) {
      result.push(first);
      continue;
    }
    const sector = sectorOf(second) || sectorOf(first);
    result.push({ ...first, end: second.end, endToken: second.endToken, rule: 'entities/en/ethnic-kin', actor: first.country! + sector });
    k++;
  }
  return result;
}

/** Most lower-case words between the nationality word and "in" ("rebels", "political leaders"). */
const MAX_NOUN_WORDS = 3;
/** Sectors of a state's own organs, which no ethnic group is ("ethnic Hungarian leaders" are no government of Hungary's). */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'LEG', 'JUD', 'SPY']);

/**
 * "Ethnic Albanian rebels operating in southern Serbia", "ethnic Hungarian leaders in Romania",
 * "ethnic Russians in Latvia": "ethnic" says the nationality word names a people, not its kin
 * state, and the place it is put in names the state it lives in, whose actor it is, as ICEWS codes
 * a sub-state group where it is (SRBREB, ROU, LVACVL). The place is the found right after "in"
 * (`placeFound`: over "the" and a compass word), past up to three lower-case words and one placing
 * participle (PLACING_PEOPLE); its country must differ from the word's. The word keeps a sector that is no
 * state organ's (REB, CVL). Returns the founds with each such word recoded.
 */
export function ethnicPlaced(view: DocView, founds: readonly Found[]): Found[] {
  const { tokens } = view;
  const byStart = new Map<number, Found>();
  for (const f of founds) byStart.set(f.firstToken, f);
  return founds.map((f) => {
    if (f.kind !== 'norp' || f.country === undefined || tokens[f.firstToken - 1]?.normal !== 'ethnic') return f;
    const sentence = tokens[f.firstToken]!.sentence;
    let end = f.endToken;
    while (end - f.endToken < MAX_NOUN_WORDS && tokens[end]?.sentence === sentence && !isCapitalised(view, end) && (tokens[end]!.pos === 'NOUN' || tokens[end]!.pos === 'ADJ')) end++;
    if (PLACING_PEOPLE.has(tokens[end]?.normal ?? '')) end++;
    const place = placeFound(view, end, byStart);
    const state = place === undefined ? undefined : ownCountry(place);
    if (state === undefined || state === f.country) return f;
    const sector = sectorOf(f);
    return { ...f, rule: 'entities/en/ethnic-placed', country: state, actor: state + (STATE_SECTORS.has(sector) ? '' : sector) };
  });
}
