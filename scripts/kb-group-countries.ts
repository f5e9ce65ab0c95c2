/**
 * The country of armed groups the Phoenix dictionaries code by a region (INTREB, SASREB, MEAREB …)
 * and whose names name no country, so the build cannot find one ("Islamic Salvation Front",
 * "Revolutionary United Front"): a hand-written table (scripts/kb-sources/group-countries.tsv) of
 * the state each fights in, as CAMEO codes an insurgency by the state it fights. The actor code
 * stays the dictionary's, as for the groups whose names name their country. Used by scripts/build-kb.ts.
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
