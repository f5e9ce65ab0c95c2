/**
 * The country of armed groups the Phoenix dictionaries code by a region (INTREB, SASREB, MEAREB …)
 * and whose names name no country, so the build cannot find one ("Islamic Salvation Front",
 * "Revolutionary United Front"): a hand-written table (scripts/kb-sources/group-countries.tsv) of
 * the state each fights in, as CAMEO codes an insurgency by the state it fights. A region-coded
 * group whose country is then known takes that country in its actor code too (`withCountryActors`:
 * the NPFL's AFRREB becomes LBRREB), so one report's rebels are coded as the state's own. Used by
 * scripts/build-kb.ts.
 */
import type { KbEntry } from '../src/knowledge/kb-entry.js';

/** Sets the country of each listed entry that has none (a new list); `rows` are [id, ISO3] pairs. */
export function withGroupCountries(entries: readonly KbEntry[], rows: readonly (readonly string[])[]): KbEntry[] {
  const countries = new Map(rows.map(([id, iso3]) => [id!, iso3!]));
  return entries.map((e) => {
    const country = countries.get(e.id);
    return country === undefined || e.country !== undefined ? e : { ...e, country };
  });
}

/** Region and type prefixes of the dictionaries' armed-group codes that name no state (AFRREB, MEAREB, INTREB, KKLREB …). */
const REGION_REBELS = /^[A-Z]{3}(REB[A-Z]*)$/;

/**
 * Gives each organisation whose actor code is a region's rebels (the prefix is no country code) and
 * whose country is known the code of that country's rebels, keeping the code's tail ("EAFREB" of
 * Ethiopia → "ETHREB"); a new list, other entries unchanged.
 */
export function withCountryActors(entries: readonly KbEntry[], countryCodes: ReadonlySet<string>): KbEntry[] {
  return entries.map((e) => {
    const m = e.type === 'ORG' && e.actor !== undefined && e.country !== undefined ? REGION_REBELS.exec(e.actor) : null;
    if (m === null || countryCodes.has(e.actor!.slice(0, 3)) || !countryCodes.has(e.country!)) return e;
    return { ...e, actor: e.country + m[1]! };
  });
}
