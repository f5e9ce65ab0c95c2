import type { DocView } from './doc-view.js';
import { foundsByToken, type Found } from './found.js';
import { placeFound } from './people-states.js';
import { ownCountry, PLACE_ID } from './sole-country.js';

/** Rule of a town's people coded as its country's population; the events stage reads it (residents.ts: the town is theirs already). */
export const TOWN_PEOPLE_RULE = 'entities/en/town-people';

/** Nouns for the people who live in a place ("the people of Odessa", "residents of Aleppo"). */
const DWELLER_NOUNS = new Set(['people', 'residents', 'inhabitants', 'townspeople', 'population']);

/**
 * "The people of Odessa", "residents of Aleppo", "inhabitants of Mosul": the people of a town or region
 * the KB knows (not of a country: "the people of Ukraine" are the nation) are its country's general
 * population, CAMEO sector CVL ("General Population / Civilian / Social", agentnames.txt), not the
 * town and so not its state. Only a dweller noun no found covers, with no found right before it
 * ("ethnic Russian residents of Odessa" are coded by their nationality word), "of" and the place
 * right after ("the" and one compass word may stand between: `placeFound`). The span takes "the"
 * before the noun. Returns the new founds.
 */
export function townPeople(view: DocView, founds: readonly Found[]): Found[] {
  const { tokens } = view;
  const { byStart, owner } = foundsByToken(founds, tokens.length);
  const result: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!DWELLER_NOUNS.has(tokens[i]!.normal) || owner[i] !== undefined) continue;
    const place = placeFound(view, i + 1, byStart, 'of');
    const country = place?.entry !== undefined && PLACE_ID.test(place.entry.id) ? ownCountry(place) : undefined;
    if (country === undefined) continue;
    const the = tokens[i - 1]?.normal === 'the' && tokens[i - 1]!.sentence === tokens[i]!.sentence;
    const first = the ? i - 1 : i;
    if (owner[first - 1] !== undefined && tokens[first - 1]!.sentence === tokens[i]!.sentence && tokens[first - 1]!.end === tokens[first]!.start - 1) continue;
    const start = tokens[first]!.start;
    const end = tokens[i]!.end;
    result.push({ start, end, firstToken: first, endToken: i + 1, type: 'NORP', kind: 'norp', rule: TOWN_PEOPLE_RULE, confidence: 0.6, surface: view.text.slice(start, end), nameStart: start, country, actor: `${country}CVL` });
  }
  return result;
}
