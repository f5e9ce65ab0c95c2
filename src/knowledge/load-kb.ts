import { readFileSync } from 'node:fs';
import type { KbEntry } from './kb-entry.js';
import { entryList, type EntryList, type ListPart, type RowReader } from './entry-list.js';
import { buildKbIndex, nameRefs, type KbIndex, type NameRefs } from './kb-index.js';
import { readUserKb, userKbDir } from './user-files.js';

/** The shipped data folder (src/knowledge/ and dist/knowledge/ are at the same depth). */
const DATA = new URL('../../data/kb/', import.meta.url);

/** Compact city row written by scripts/build-kb.ts: id, name, aliases, country, population, lat, lon, common-word flag. */
type PlaceRow = [number, string, string[], string, number, number, number, number];

/** The loaded knowledge base: entries by id and the name index the entities stage matches with. */
export interface KnowledgeBase {
  /** Every entry by id; made on first use (only `sitrep kb check` reads them all). */
  readonly entries: ReadonlyMap<string, KbEntry>;
  readonly index: KbIndex;
  /** ISO alpha-3 codes of the countries it knows. */
  readonly countries: ReadonlySet<string>;
  /** Entries from the curated files (current people, organisations, places), trusted for one-word names. */
  readonly curated: ReadonlySet<string>;
  /** Each country's capital city by name (ISO alpha-3 → name), so "the Khartoum government" is Sudan's. */
  readonly capitals: ReadonlyMap<string, string>;
  /** The places separatist entities claim (`territory`, lower-case name → the claim), from the curated files. */
  readonly territories: ReadonlyMap<string, TerritoryClaim>;
  /** The same claims by the regional adjectives of the claimed places (`territoryAdjectives`, lower case: "abkhaz"). */
  readonly territoryAdjectives: ReadonlyMap<string, TerritoryClaim>;
}

/** A separatist entity's claim on a place: its actor code, the day it declared itself (its earliest role's `from`), before which the place is only a place, and its last day when every role ended (`to`, inclusive: Nagorno-Karabakh's republic, dissolved on 2024-01-01), after which the place is only a place again. */
export interface TerritoryClaim {
  readonly actor: string;
  readonly from?: string;
  readonly to?: string;
}

/** The claims of the curated entries that list a `territory` (or `territoryAdjectives`), by lower-case place name (or adjective). */
function territoryClaims(entries: readonly KbEntry[], field: 'territory' | 'territoryAdjectives'): Map<string, TerritoryClaim> {
  const claims = new Map<string, TerritoryClaim>();
  for (const e of entries) {
    if (e.actor === undefined) continue;
    const roles = e.roles ?? [];
    const from = roles.map((r) => r.from).filter((d) => d !== undefined).sort()[0];
    const to = roles.length > 0 && roles.every((r) => r.to !== undefined) ? roles.map((r) => r.to!).sort().at(-1) : undefined;
    for (const place of e[field] ?? []) {
      const claim: TerritoryClaim = { actor: e.actor, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
      const earlier = claims.get(place.toLowerCase());
      // Why the earliest claim wins: a place two entities claim is claimed from the first proclamation ("Donbas": Donetsk's of 2014-04-07, not Lugansk's of 2014-04-27).
      if (earlier === undefined || (earlier.from !== undefined && (claim.from === undefined || claim.from < earlier.from))) claims.set(place.toLowerCase(), claim);
    }
  }
  return claims;
}

/** Compact Phoenix row written by scripts/build-kb.ts: id, type initial (P person, O organisation, G place), name, aliases, country, actor, roles as [actor, from, to]. */
type PhoenixRow = [string, 'P' | 'O' | 'G', string, string[], string, string, [string, string, string][]];

/** Reads Phoenix rows; an entry is made only when one of its names is matched. */
const PHOENIX: RowReader<PhoenixRow> = {
  id: (row) => row[0],
  name: (row) => row[2],
  aliases: (row) => row[3],
  isPerson: (row) => row[1] === 'P',
  make([id, type, name, aliases, country, actor, roles]) {
    // Built field by field (no spreads): optional fields stay absent, as the spec wants.
    const entry: { -readonly [K in keyof KbEntry]: KbEntry[K] } = { id, type: type === 'P' ? 'PERSON' : type === 'G' ? 'GPE' : 'ORG', name };
    if (aliases.length > 0) entry.aliases = aliases;
    if (country !== '') entry.country = country;
    if (actor !== '') entry.actor = actor;
    if (roles.length > 0) {
      entry.roles = roles.map(([a, from, to]) => {
        const role: { actor: string; from?: string; to?: string } = { actor: a };
        if (from !== '') role.from = from;
        if (to !== '') role.to = to;
        return role;
      });
    }
    return entry;
  },
};

/** Reads GeoNames city rows; an entry is made only when one of its names is matched. */
const PLACES: RowReader<PlaceRow> = {
  id: (row) => `city:${row[0]}`,
  name: (row) => row[1],
  aliases: (row) => row[2],
  isPerson: () => false,
  make([id, name, aliases, country, population, lat, lon, common]) {
    const entry: { -readonly [K in keyof KbEntry]: KbEntry[K] } = { id: `city:${id}`, type: 'GPE', name, country, population, geo: { lat, lon, feature: 'city' } };
    if (aliases.length > 0) entry.aliases = aliases;
    if (common === 1) entry.common = true;
    return entry;
  },
};

/** Parses one file of the shipped data folder. */
function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, DATA), 'utf8')) as T;
}

/** Options of `loadKnowledgeBase`. */
export interface LoadOptions {
  /** The user KB folder; `userKbDir()` when absent, none when null. */
  readonly userDir?: string | null;
}

/** The shipped name index (see `NameRefs`) and the number of list slots it was built for. */
interface NameIndexFile extends NameRefs {
  readonly slots: number;
}

/** The file `scripts/build-kb-index.ts` writes from the shipped data. */
const NAME_INDEX = 'name-index.json';

/**
 * The parts of the entry list, in an order where later wins on the same id: Phoenix conversions
 * first, then the curated files that bring them up to date, then the user's entries.
 */
function listParts(curatedLists: readonly (readonly KbEntry[])[]): ListPart[] {
  return [
    { rows: readJson<PhoenixRow[]>('phoenix.json'), reader: PHOENIX as RowReader<unknown> },
    { rows: readJson<PlaceRow[]>('places.json'), reader: PLACES as RowReader<unknown> },
    ...curatedLists.map((entries) => ({ entries })),
  ];
}

/** The shipped curated files: countries first (the other files and users name their codes). */
function shippedCurated(): KbEntry[][] {
  return [readJson<KbEntry[]>('countries.json'), ...['orgs.json', 'places-extra.json', 'people-current.json'].map((file) => readJson<KbEntry[]>(file))];
}

/**
 * The shipped name index when it fits the list: built for the shipped files alone, so it is used
 * only when the user has no entries of their own, and only for a list of the size it was built for.
 */
function shippedNameRefs(list: EntryList): NameRefs | undefined {
  let file: NameIndexFile;
  try {
    file = readJson<NameIndexFile>(NAME_INDEX);
  } catch {
    return undefined;
  }
  return file.slots === list.size ? file : undefined;
}

/**
 * Reads the shipped KB and the user's files. The name index comes from the shipped
 * `name-index.json` when the user has no entries (building it costs about 100 ms of every start),
 * else it is built here.
 */
export function readKnowledgeBase(options: LoadOptions = {}): KnowledgeBase {
  const curatedLists = shippedCurated();
  const countries = curatedLists[0]!;
  const countryCodes = new Set(countries.map((c) => c.country!));
  const userDir = options.userDir === undefined ? userKbDir() : options.userDir;
  const user = userDir === null ? [] : readUserKb(userDir, countryCodes);
  if (user.length > 0) curatedLists.push(user);
  const curated = new Set(curatedLists.flatMap((list) => list.map((e) => e.id)));
  const list = entryList(listParts(curatedLists));
  let entries: Map<string, KbEntry> | undefined;
  return {
    get entries() {
      if (!entries) {
        entries = new Map();
        for (let i = 0; i < list.size; i++) {
          const e = list.entry(i);
          entries.set(e.id, e);
        }
      }
      return entries;
    },
    index: buildKbIndex(list, (user.length === 0 && shippedNameRefs(list)) || nameRefs(list)),
    countries: countryCodes,
    curated,
    // "Washington, D.C." is named "Washington".
    capitals: new Map(countries.filter((c) => c.capital !== undefined).map((c) => [c.country!, c.capital!.split(',')[0]!])),
    territories: territoryClaims(curatedLists.flat(), 'territory'),
    territoryAdjectives: territoryClaims(curatedLists.flat(), 'territoryAdjectives'),
  };
}

/** The content of `data/kb/name-index.json`: the name refs of the shipped files alone, as one line of JSON. */
export function shippedNameIndexJson(): string {
  const list = entryList(listParts(shippedCurated()));
  const file: NameIndexFile = { slots: list.size, ...nameRefs(list) };
  return JSON.stringify(file) + '\n';
}

let shared: KnowledgeBase | undefined;

/** The process-wide knowledge base, read on the first call and reused after. */
export function loadKnowledgeBase(): KnowledgeBase {
  shared ??= readKnowledgeBase();
  return shared;
}
