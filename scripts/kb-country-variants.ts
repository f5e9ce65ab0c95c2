/**
 * Places and spellings that the Phoenix country dictionary lists as synonyms of a country
 * (`PAKISTAN_ [PAK]` then `+SIND_`, `+BALOCHISTAN`, `+PAKSTAN_`; `AFGHANISTAN_ [AFG]` then
 * `+AFGANISTAN_`): regions, provinces and towns GeoNames' large cities miss, and the misspellings
 * wire reports carry. Each becomes a place of that country, unless the KB knows the name already.
 * Used by scripts/build-kb.ts (development time only).
 */
import type { KbEntry } from '../src/knowledge/kb-entry.js';
import { foldDiacritics } from '../src/knowledge/fold.js';
import { slug } from '../src/knowledge/slug.js';
import type { ActorDictionaryEntry } from '../src/knowledge/petrarch/parse-actors.js';

/** Endings of nationality words the dictionary lists beside places ("Antiguans", "Argentinean", "Aussie"): no place names. */
const DEMONYM_END = /(?:ans|ean|eans|ese|ish|ies|ie|ian|ians|inos|ei)$/;

/** What a synonym must not be to become a place. */
export interface VariantFilters {
  /** Lower-case names (and aliases, demonyms) the KB has already, without diacritics. */
  readonly known: ReadonlySet<string>;
  /** Lower-case English words: a name made only of them is no sure place ("Pearl of the Orient"). */
  readonly words: ReadonlySet<string>;
  /** Lower-case first names and surnames of the dictionaries' people ("Vladimir", "Molotov"). */
  readonly personWords: ReadonlySet<string>;
  /** ISO alpha-3 codes. */
  readonly countryCodes: ReadonlySet<string>;
}

/** Title case of an upper-case dictionary phrase ("NORTH_MALUKU" → "North Maluku", "KABARDINO-BALKAR" → "Kabardino-Balkar"). */
function titleCase(words: readonly string[]): string {
  return words.map((w) => w.toLowerCase().replace(/(^|[-.])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())).join(' ');
}

/**
 * The synonyms of the bare-country entries of a Phoenix country dictionary as place entries
 * (`place:phoenix-<slug>`, type GPE, the block's country; a misspelling of the country's own name
 * also its actor). Left out: names the KB has,
 * names made only of English words or of a person's names, names of fewer than four letters,
 * nationality words, and names two countries claim.
 */
export function countryVariants(entries: readonly ActorDictionaryEntry[], filters: VariantFilters): KbEntry[] {
  const byName = new Map<string, Set<string>>();
  // Names close to their country's own ("Afganistan", "Quatar") are misspellings of it: they act as the country does.
  const spellings = new Set<string>();
  for (const entry of entries) {
    const codes = entry.codes.filter((c) => c.from === undefined && c.to === undefined).map((c) => c.code);
    const country = codes[0];
    if (codes.length !== 1 || country === undefined || !filters.countryCodes.has(country)) continue;
    const head = titleCase(entry.phrase).toLowerCase();
    for (const synonym of entry.synonyms) {
      const words = synonym.filter((w) => w !== '');
      // A bracket in a synonym is a note ("AMERICANS_(USA)"), not part of a name.
      if (words.length === 0 || /^(THE|OF)$/.test(words[0]!) || words.some((w) => /[()]/.test(w))) continue;
      const name = titleCase(words);
      const lower = name.toLowerCase();
      if (lower.replace(/[^a-z]/g, '').length < 4 || filters.known.has(foldDiacritics(lower)) || DEMONYM_END.test(lower)) continue;
      const parts = lower.split(/[ -]/);
      if (parts.every((p) => filters.words.has(p) || filters.personWords.has(p) || p === 'of' || p === 'the')) continue;
      if (editDistance(lower, head) <= Math.max(2, Math.floor(head.length / 4))) spellings.add(name);
      const countries = byName.get(name) ?? new Set<string>();
      countries.add(country);
      byName.set(name, countries);
    }
  }
  const result: KbEntry[] = [];
  for (const [name, countries] of byName) {
    if (countries.size !== 1) continue;
    const [country] = countries;
    // Why no actor for the other places: the KB's towns and regions have none (a place is where, not who).
    result.push({ id: `place:phoenix-${slug(name)}`, type: 'GPE', name, country: country!, ...(spellings.has(name) && { actor: country! }) });
  }
  return result;
}

/** Levenshtein distance of two short strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length]!;
}
