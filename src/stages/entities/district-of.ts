import type { DocView } from './doc-view.js';
import type { Found } from './found.js';
import { PLACE_ID } from './sole-country.js';

/** Lower-case nouns for a part of a town ("the Karrada district of Baghdad", "the Shejaiya neighbourhood of Gaza City"). */
const PART_NOUNS = new Set(['district', 'neighbourhood', 'neighborhood', 'suburb', 'quarter', 'area', 'township', 'slum']);

/**
 * Names placed by the wire phrase "the NAME district of TOWN" (or neighbourhood, suburb, quarter …)
 * take the town's country: the district lies in the town. A name the KB knows as a town elsewhere
 * ("the Eastleigh district of Nairobi" is no English town) or only guessed an organisation ("the
 * Shejaiya neighbourhood") becomes a place of that country. Only after "the", with the part noun
 * lower-case, and only when the town is a KB place or country with a country code. Replaces the
 * founds in place.
 */
export function districtsOf(view: DocView, founds: Found[]): void {
  const { tokens } = view;
  let byStart: Map<number, Found> | undefined;
  for (const [k, f] of founds.entries()) {
    if (f.kind !== 'name' || f.type === 'PERSON' || f.type === 'NORP') continue;
    // Why the part noun is tested first: it is one token look-up, and most founds fail it.
    const part = tokens[f.endToken];
    if (part === undefined || !PART_NOUNS.has(part.normal) || tokens[f.endToken + 1]?.normal !== 'of' || tokens[f.firstToken - 1]?.normal !== 'the') continue;
    const sentence = tokens[f.firstToken]!.sentence;
    if (part.sentence !== sentence || view.text.slice(part.start, part.end) !== part.normal) continue;
    byStart ??= new Map(founds.map((x) => [x.firstToken, x]));
    const town = byStart.get(f.endToken + 2);
    const country = town?.entry !== undefined && (PLACE_ID.test(town.entry.id) || town.entry.id.startsWith('country:')) ? (town.country ?? town.entry.country) : undefined;
    if (country === undefined || !/^[A-Z]{3}$/.test(country) || country === f.country) continue;
    const { entry: _entry, guess: _guess, actor: _actor, ...rest } = f;
    founds[k] = { ...rest, type: 'GPE', country, rule: 'entities/en/district-of' };
  }
}
