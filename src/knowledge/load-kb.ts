import { readFileSync } from 'node:fs';
import type { KbEntry } from './kb-entry.js';
import { buildKbIndex, type KbIndex } from './kb-index.js';
import { readUserKb, userKbDir } from './user-files.js';

/** The shipped data folder (src/knowledge/ and dist/knowledge/ are at the same depth). */
const DATA = new URL('../../data/kb/', import.meta.url);

/** Compact city row written by scripts/build-kb.ts: id, name, aliases, country, population, lat, lon, common-word flag. */
type PlaceRow = [number, string, string[], string, number, number, number, number];

/** The loaded knowledge base: entries by id and the name index the entities stage matches with. */
export interface KnowledgeBase {
  readonly entries: ReadonlyMap<string, KbEntry>;
  readonly index: KbIndex;
  /** ISO alpha-3 codes of the countries it knows. */
  readonly countries: ReadonlySet<string>;
  /** Entries from the curated files (current people, organisations, places), trusted for one-word names. */
  readonly curated: ReadonlySet<string>;
}

/** Compact Phoenix row written by scripts/build-kb.ts: id, type initial, name, aliases, country, actor, roles as [actor, from, to]. */
type PhoenixRow = [string, 'P' | 'O', string, string[], string, string, [string, string, string][]];

function phoenixEntry([id, type, name, aliases, country, actor, roles]: PhoenixRow): KbEntry {
  // Built field by field (no spreads): this runs 26,000 times per process start.
  const entry: { -readonly [K in keyof KbEntry]: KbEntry[K] } = { id, type: type === 'P' ? 'PERSON' : 'ORG', name };
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
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, DATA), 'utf8')) as T;
}

function placeEntry([id, name, aliases, country, population, lat, lon, common]: PlaceRow): KbEntry {
  const entry: { -readonly [K in keyof KbEntry]: KbEntry[K] } = { id: `city:${id}`, type: 'GPE', name, country, population, geo: { lat, lon, feature: 'city' } };
  if (aliases.length > 0) entry.aliases = aliases;
  if (common === 1) entry.common = true;
  return entry;
}

/** Options of `loadKnowledgeBase`. */
export interface LoadOptions {
  /** The user KB folder; `userKbDir()` when absent, none when null. */
  readonly userDir?: string | null;
}

/**
 * Reads the shipped KB and the user's files, in an order where later wins on the same id:
 * Phoenix conversions first, then the curated files that bring them up to date, then the user's.
 */
export function readKnowledgeBase(options: LoadOptions = {}): KnowledgeBase {
  const entries = new Map<string, KbEntry>();
  const curated = new Set<string>();
  const countries = readJson<KbEntry[]>('countries.json');
  const countryCodes = new Set(countries.map((c) => c.country!));
  const add = (list: readonly KbEntry[], trusted: boolean): void => {
    for (const e of list) {
      entries.set(e.id, e);
      if (trusted) curated.add(e.id);
    }
  };
  add(readJson<PhoenixRow[]>('phoenix.json').map(phoenixEntry), false);
  add(readJson<PlaceRow[]>('places.json').map(placeEntry), false);
  add(countries, true);
  for (const file of ['orgs.json', 'places-extra.json', 'people-current.json']) add(readJson<KbEntry[]>(file), true);
  const userDir = options.userDir === undefined ? userKbDir() : options.userDir;
  if (userDir !== null) add(readUserKb(userDir, countryCodes), true);
  return { entries, index: buildKbIndex(entries.values()), countries: countryCodes, curated };
}

let shared: KnowledgeBase | undefined;

/** The process-wide knowledge base, read on the first call and reused after. */
export function loadKnowledgeBase(): KnowledgeBase {
  shared ??= readKnowledgeBase();
  return shared;
}
