import type { KbEntry } from '../../knowledge/kb-entry.js';
import type { KbName } from '../../knowledge/kb-index.js';
import type { KnowledgeBase } from '../../knowledge/load-kb.js';
import { roleOn } from '../../knowledge/roles.js';
import type { DocView } from './doc-view.js';
import type { KbHit } from './kb-match.js';
import { ORG_HEADS } from './locales/en/lexicon.js';

/**
 * How much the article and the date say for an entry of a matched name. Why this order: a proper
 * name beats a demonym; an entry the article already named (in full, or chosen for the same name
 * earlier: "King Hassan of Morocco … King Hassan", "George W. Bush … Bush") keeps its sense; curated
 * (current) entries beat the 2014 Phoenix data; a person holding a role on the publication date
 * beats one who does not (with `eliCounts` false, a former leader's standing, ELI, is no role); a
 * place or person of a country the article names beats one elsewhere, unless it is a town and the
 * other a city of a million (`worldCity`).
 */
function evidence(name: KbName, kb: KnowledgeBase, date: string | undefined, docCountries: ReadonlySet<string>, named: ReadonlySet<string>, eliCounts: boolean, worldCity = false): number {
  const e = name.entry;
  let score = name.kind === 'name' ? 1e12 : 0;
  if (named.has(e.id)) score += 2e11;
  if (kb.curated.has(e.id)) score += 1e11;
  const role = e.type === 'PERSON' && date !== undefined ? roleOn(e, date) : undefined;
  if (role !== undefined && (eliCounts || !role.actor.endsWith('ELI'))) score += 1e10;
  // A town does not take a world city's name from it just because the article names its country ("in Moscow" is no Moscow, Idaho, though the US is named).
  const dwarfed = worldCity && e.population !== undefined && e.population < 1e5;
  if (e.country !== undefined && docCountries.has(e.country) && !dwarfed) score += 1e9;
  if (date !== undefined && e.id.startsWith('country:') && holdsSharedName(e.country, date)) score += 1e8;
  return score;
}

/**
 * Countries that shared their name with another and the spans of days on which the bare shared
 * name meant them: "Congo" was the former Belgian Congo until it became Zaire (27 October 1971),
 * then the Republic of the Congo (Brazzaville), and again the former Zaire from the day it took the
 * name Democratic Republic of the Congo (17 May 1997). A town or body of the other state named in
 * the article weighs more (`docCountries`).
 */
const SHARED_NAME_SPANS: ReadonlyMap<string, readonly (readonly [string, string])[]> = new Map([
  ['COD', [['0000-01-01', '1971-10-27'], ['1997-05-17', '9999-12-31']]],
]);

/** Did the country hold its shared name on the date? */
function holdsSharedName(country: string | undefined, date: string): boolean {
  const spans = country === undefined ? undefined : SHARED_NAME_SPANS.get(country);
  return spans !== undefined && spans.some(([from, to]) => date >= from && date < to);
}

/**
 * Picks the entry a matched name refers to when several share it ("Georgia", "Aliyev", "Paris"):
 * the most `evidence`, then a known actor before a town, then population.
 */
export function chooseName(names: readonly KbName[], kb: KnowledgeBase, date: string | undefined, docCountries: ReadonlySet<string>, named: ReadonlySet<string> = NONE): KbName {
  let best = names[0]!;
  let bestScore = -Infinity;
  const worldCity = names.some((n) => (n.entry.population ?? 0) >= 1e6);
  for (const name of names) {
    const e = name.entry;
    let score = evidence(name, kb, date, docCountries, named, true, worldCity);
    // A person or organisation the event dictionaries know beats a GeoNames town of the same name ("Toyota", "Nokia").
    if (!e.id.startsWith('city:')) score += 5e8;
    score += Math.min(e.population ?? 0, 5e8 - 1);
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * True when a one-word name is shared by several people and nothing in the article or the date
 * tells the likeliest apart ("Bush" alone, with no full name before and neither Bush in office on
 * the date): the mention then stays an unlinked person rather than being forced onto one of them.
 */
export function undecidedPerson(names: readonly KbName[], kb: KnowledgeBase, date: string | undefined, docCountries: ReadonlySet<string>, named: ReadonlySet<string>): boolean {
  // Towns of the name lose to people anyway ("Bush" is also a town in Egypt).
  if (names.some((n) => n.entry.type !== 'PERSON' && !n.entry.id.startsWith('city:'))) return false;
  const people = new Map(names.filter((n) => n.entry.type === 'PERSON').map((n) => [n.entry.id, n]));
  const scores = [...people.values()].map((n) => evidence(n, kb, date, docCountries, named, false)).sort((a, b) => b - a);
  return scores.length >= 2 && scores[0] === scores[1];
}

/** The country all the people among the given entries share, or undefined. */
export function sharedCountry(names: readonly KbName[]): string | undefined {
  const countries = new Set(names.filter((n) => n.entry.type === 'PERSON').map((n) => n.entry.country));
  const only = countries.size === 1 ? [...countries][0] : undefined;
  return only !== undefined && /^[A-Z]{3}$/.test(only) ? only : undefined;
}

/** The rule name of a KB match, from the kind of entry (`entities/kb/country`, `entities/kb/person` …). */
export function kbRule(entry: KbEntry, kind: KbName['kind']): string {
  if (kind === 'demonym') return 'entities/kb/demonym';
  const prefix = entry.id.slice(0, entry.id.indexOf(':'));
  const known: Record<string, string> = { country: 'country', city: 'place', place: 'place', loc: 'place', fac: 'facility', person: 'person', org: 'org', work: 'work' };
  return `entities/kb/${known[prefix] ?? 'user'}`;
}

/**
 * True when a dictionary organisation is named only by generic words ("Supreme Court",
 * "Communist Party", "Monitoring Mission": a last word like court or party) and belongs to a
 * country the article does not name while it names another: then the name is most likely the other
 * country's body, so it stays an unlinked organisation instead of taking the dictionary's country.
 */
export function genericElsewhere(view: DocView, hit: KbHit, entry: KbEntry, kb: KnowledgeBase, namedCountries: ReadonlyMap<string, number>): boolean {
  if (entry.type !== 'ORG' || kb.curated.has(entry.id) || entry.country === undefined || !/^[A-Z]{3}$/.test(entry.country)) return false;
  // The match itself counts once for its country when it is the only entry of its name.
  const others = (namedCountries.get(entry.country) ?? 0) - (hit.names.length === 1 ? 1 : 0);
  const anyOther = [...namedCountries.keys()].some((c) => c !== entry.country);
  if (!anyOther || others > 0 || hit.endToken - hit.firstToken < 2) return false;
  const last = view.tokens[hit.endToken - 1]!.normal;
  return (ORG_HEADS.has(last) || GENERIC_HEADS.has(last)) && !namesOwnCountry(view, hit, entry.country, kb);
}

/** Does the name hold its own country's name or nationality word ("Kosovo Liberation Army", "Sudan People's Liberation Army")? Then it is no other country's generic body. */
function namesOwnCountry(view: DocView, hit: KbHit, country: string, kb: KnowledgeBase): boolean {
  const c = kb.entries.get(`country:${country}`);
  if (c === undefined) return false;
  const words = ` ${view.tokens.slice(hit.firstToken, hit.endToken).map((t) => t.normal).join(' ')} `;
  return [c.name, ...(c.aliases ?? []), ...(c.demonyms ?? [])].some((n) => words.includes(` ${n.toLowerCase()} `));
}

/** Last words of generic body names besides the organisation heads of the lexicon. */
const GENERIC_HEADS = new Set(['society', 'mission', 'banner']);
