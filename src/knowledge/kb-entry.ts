import type { EntityType, GeoPoint } from '../core/mention.js';

/** A dated role: the CAMEO actor code (country + sector, e.g. RUSGOV) that applies between `from` and `to` (ISO dates, inclusive). */
export interface KbRole {
  readonly actor: string;
  readonly from?: string;
  readonly to?: string;
  /** What the role is, lower-case ("president", "foreign minister"); used by descriptions like "the Russian leader". */
  readonly title?: string;
}

/**
 * One knowledge-base entry: a person, organisation, place or group. The same shape is used by the
 * shipped data (`data/kb/*.json`) and by user files (see `data/kb/README.md`).
 */
export interface KbEntry {
  /** Unique id, `kind:slug` by convention (`person:vladimir-putin`, `country:UKR`, `city:692194`). */
  readonly id: string;
  readonly type: EntityType;
  /** Canonical name. */
  readonly name: string;
  /** Other names that refer to it in text (the canonical name is matched too). */
  readonly aliases?: readonly string[];
  /** ISO 3166-1 alpha-3 code, or an IGO code such as NATO, EU, UN. */
  readonly country?: string;
  /** CAMEO actor code when no dated role applies (or for entries without roles). */
  readonly actor?: string;
  readonly roles?: readonly KbRole[];
  /** Nationality adjectives and plurals for countries ("Russian", "Russians"), matched as NORP. */
  readonly demonyms?: readonly string[];
  /** A country's capital city, by name. */
  readonly capital?: string;
  readonly geo?: GeoPoint;
  readonly population?: number;
  /** 'm' or 'f' when known, so pronouns only join a person they fit. */
  readonly gender?: 'm' | 'f';
  /** True when a name is also a common English word: matched only in running text, never at sentence start or in headlines. */
  readonly common?: boolean;
  /** For a separatist entity that declared itself a state (sector REB): names of the places it claims, so "the Donbass side" is its side. */
  readonly territory?: readonly string[];
  /** For such an entity: the regional adjectives of its places ("Abkhaz", "Turkish Cypriot"), so "Abkhaz forces" is its side. */
  readonly territoryAdjectives?: readonly string[];
}

/** The entity types a KB entry may have. */
export const KB_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'WORK', 'OTHER']);
