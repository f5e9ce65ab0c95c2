import type { KbEntry } from '../../knowledge/kb-entry.js';
import type { KnowledgeBase } from '../../knowledge/load-kb.js';
import { roleHolds, stateGone } from '../../knowledge/roles.js';
import { chooseName, genericElsewhere, kbRule, sharedCountry, undecidedPerson } from './choose-entry.js';
import { capitalProvesNothing, isCapitalised, type DocView } from './doc-view.js';
import { FUNCTION_WORDS, REGION_HEADS, TITLE_WORDS } from './locales/en/lexicon.js';
import type { Found } from './found.js';
import { findKbHits, type KbHit } from './kb-match.js';
import { countryOrg, formerMember, groupAfterDemonym, historicActor, pastAffiliation, pastDemonym, pastMember } from './demonyms.js';
import { findChunks } from './chunks.js';
import { extendTitles } from './titles.js';
import { appositionRoles } from './appositions.js';
import { countryFromContext, notSoleCountry } from './context-country.js';
import { findDescriptions } from './descriptions.js';
import { rebelLeaders } from './rebel-leaders.js';
import { roleNouns } from './role-nouns.js';
import { findRoleDescriptions } from './role-descriptions.js';
import { findRoleOfDescriptions } from './role-of-descriptions.js';
import { subNationalStates } from './sub-national-states.js';
import { findPartyDescriptions, namedParties } from './party-descriptions.js';
import { findBodyOrgans } from './body-organs.js';
import { ellipticBodies } from './elliptic-bodies.js';
import { separatistSides } from './separatist-sides.js';
import { ellipticCountries } from './elliptic-countries.js';
import { codeFromSoleCountry, soleCountry } from './sole-country.js';
import { armedGroups } from './armed-groups.js';
import { insurgentWords } from './insurgent-words.js';
import { armedBodyNames } from './armed-body-names.js';
import { countriesNamed, settlerStates, splitRegions } from './people-states.js';
import { ethnicKin, ethnicPlaced } from './ethnic-kin.js';
import { placedDescriptions } from './placed-descriptions.js';
import { townPeople } from './town-people.js';
import { mediaOutlets } from './media-outlets.js';
import { oppositionNames, soleCountryMinisters, soleCountryOpposition, soleCountryStaffChiefs } from './sole-country-roles.js';
import { countryGroups } from './country-groups.js';
import { stateBodies } from './state-bodies.js';
import { stateBodyNames } from './state-body-names.js';
import { datePlaces } from './predecessor-states.js';
import { codeUnknownBodies, findGroupActors, noteInstitutionTown } from './group-actors.js';
import { capitalAsActor, placeGovernment } from './place-governments.js';
import { acceptHit } from './accept-hit.js';
import { districtsOf } from './district-of.js';

/** Words after an organisation's name that belong to it: "Ford Motor Company", "Daewoo Motors", "Penske Automotive Group". */
const CORPORATE_TAILS = new Set(['company', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'incorporated', 'llc', 'ltd', 'ltd.', 'limited', 'plc', 'ag', 'gmbh', 'co', 'co.', 'group', 'holdings', 'motors', 'motor']);

/** One past the last corporate word after an organisation name ("Company" in "Ford Motor Company"). */
function corporateTail(view: DocView, endToken: number): number {
  let end = endToken;
  while (end < view.tokens.length && CORPORATE_TAILS.has(view.tokens[end]!.normal) && isCapitalised(view, end) && view.tokens[end]!.start - view.tokens[end - 1]!.end <= 1) end++;
  return end;
}

/**
 * Finds the named mentions of a document. Why this order: KB names first (longest match wins and
 * the tokens are taken), then unknown capitalised chunks in what is left, then titles are taken
 * into person mentions, then descriptions ("the Russian leader") that need the names around them.
 */
export function recognise(view: DocView, kb: KnowledgeBase, date: string | undefined): Found[] {
  let lastEnd = -1;
  const towns = new Map<number, string>();
  const hits = findKbHits(view, kb.index, (hit) => {
    const ok = acceptHit(view, hit, lastEnd, kb.index.firstNames) && !partOfLongerName(view, hit, kb.curated, kb.index.firstNames);
    if (ok) lastEnd = hit.endToken;
    else noteInstitutionTown(view, hit, towns);
    return ok;
  });
  const docCountries = new Set<string>();
  for (const hit of hits) if (hit.names.length === 1 && hit.names[0]!.entry.country) docCountries.add(hit.names[0]!.entry.country);
  // How many matches name each country: its own name however ambiguous ("Ivory Coast" is also an organisation's), an unambiguous place, body or person of it, or a name every reading of which is a person of it ("Clinton", Bill or Hillary).
  const namedCountries = new Map<string, number>();
  for (const hit of hits) {
    const own = hit.names.find((n) => n.entry.id.startsWith('country:'))?.entry.country ?? (hit.names.length === 1 ? hit.names[0]!.entry.country : peopleCountry(hit.names));
    if (own) namedCountries.set(own, (namedCountries.get(own) ?? 0) + 1);
  }
  // A one-word alias of an uncurated (2014 Phoenix) person only counts when the full name is in the
  // article too, or the person holds a role on the publication date, or a title comes before ("Mr Kuchma").
  // Also the people chosen for a name earlier in the article (a later bare "King Hassan" is the same king).
  const namedInFull = new Set(hits.filter((h) => h.endToken - h.firstToken > 1).flatMap((h) => h.names.map((n) => n.entry.id)));
  const founds: Found[] = [];
  const taken = new Uint8Array(view.tokens.length);
  // A country before a known name only modifies it: "US | Department of State", "Turkmenistan | Helsinki Foundation for Human Rights".
  const kbStarts = new Set(hits.filter((h) => h.names.some((n) => n.entry.type === 'ORG')).map((h) => h.firstToken));
  // Where each country's own name starts: "King Hassan of | Morocco" names the holder of that country.
  const countryAt = new Map<number, { country: string; endToken: number }>();
  for (const hit of hits) {
    const own = hit.names.find((n) => n.entry.id.startsWith('country:'))?.entry.country;
    if (own) countryAt.set(hit.firstToken, { country: own, endToken: hit.endToken });
  }
  const soleCountryAt = (token: number): string | undefined => {
    const at = countryAt.get(token);
    return at === undefined || notSoleCountry(view, at.endToken, (i) => countryAt.has(i)) ? undefined : at.country;
  };
  // Entries an "X of COUNTRY" phrase ruled out for a name.
  const ruledOut = new Set<string>();
  for (const hit of hits) {
    // A name inside an organisation an earlier country or demonym opened ("US Department of State") is part of it.
    if (taken[hit.firstToken]) continue;
    // A lone surname that does not count leaves the other entries of the name ("Goma" the town).
    const oneWord = hit.endToken - hit.firstToken === 1;
    let names = hit.names.filter((n) => !oneWord || n.entry.type !== 'PERSON' || kb.curated.has(n.entry.id) || namedInFull.has(n.entry.id) || activeOrTitled(view, hit, n.entry, date));
    // "X of COUNTRY": a person, place or body of another country is not X, however well the date fits ("King Hassan of Morocco" is no Jordanian).
    const ofCountry = view.tokens[hit.endToken]?.normal === 'of' ? soleCountryAt(hit.endToken + 1) : undefined;
    if (ofCountry !== undefined) {
      for (const n of names) if (n.entry.country !== undefined && /^[A-Z]{3}$/.test(n.entry.country) && n.entry.country !== ofCountry) ruledOut.add(n.entry.id);
    }
    // A person the article ruled out stays out for the same name later ("King Hassan of Morocco … King Hassan"), and so do the towns of that name.
    if (names.some((n) => ruledOut.has(n.entry.id))) names = names.some((n) => n.entry.type === 'PERSON' && ruledOut.has(n.entry.id)) ? names.filter((n) => !ruledOut.has(n.entry.id) && !n.entry.id.startsWith('city:')) : names.filter((n) => !ruledOut.has(n.entry.id));
    if (names.length === 0) continue;
    if (oneWord && undecidedPerson(names, kb, date, docCountries, namedInFull)) {
      founds.push(ambiguousPerson(view, hit, sharedCountry(names)));
      continue;
    }
    const chosen = chooseName(names, kb, date, docCountries, namedInFull);
    const entry = chosen.entry;
    // The sense chosen here holds for the same name later in the article.
    if (entry.type === 'PERSON') namedInFull.add(entry.id);
    if (genericElsewhere(view, hit, entry, kb, namedCountries)) continue;
    const government = placeGovernment(view, hit, entry, kb, date);
    if (government) founds.push(government);
    const region = regionOfCity(view, hit, entry);
    if (region) {
      for (let i = hit.firstToken; i < region.endToken; i++) taken[i] = 1;
      founds.push(region);
      continue;
    }
    if (chosen.kind === 'demonym') {
      for (let i = hit.firstToken; i < hit.endToken; i++) taken[i] = 1;
      founds.push(pastAffiliation(view, hit) || (stateGone(entry, date) && !historicActor(view, hit)) ? pastDemonym(view, hit) : groupAfterDemonym(view, hit, entry, taken, kb.index.firstNames));
      continue;
    }
    if (entry.type === 'ORG' && entry.actor?.startsWith('IGO') && formerMember(view, hit)) {
      for (let i = hit.firstToken; i < hit.endToken; i++) taken[i] = 1;
      founds.push(pastMember(view, hit));
      continue;
    }
    // "US Treasury": the country's organisation, and inside it the country, a mention of its own (as in "US President Trump").
    const org = entry.id.startsWith('country:') && !insideName(view, hit) && !kbStarts.has(hit.endToken) ? countryOrg(view, hit, entry, taken, 'entities/en/country-org', kb.index.firstNames) : undefined;
    if (org) founds.push(org);
    const endToken = entry.type === 'ORG' ? corporateTail(view, hit.endToken) : hit.endToken;
    const metonym = capitalAsActor(view, hit, entry, kb);
    const end = view.tokens[endToken - 1]!.end;
    for (let i = hit.firstToken; i < endToken; i++) taken[i] = 1;
    const text = view.text.slice(hit.start, end);
    // A literal and an assignment, not a conditional spread: founds made alike share one shape, which every later rule reads.
    const found: Found = {
      start: hit.start,
      end,
      firstToken: hit.firstToken,
      endToken,
      type: entry.type,
      kind: 'name',
      rule: kbRule(entry, chosen.kind),
      confidence: entry.common ? 0.7 : hit.endToken - hit.firstToken > 1 ? 0.95 : 0.9,
      entry,
      surface: text,
      nameStart: hit.start,
    };
    if (metonym) found.actor = metonym;
    founds.push(found);
  }
  // Before every rule that counts the countries an article names: a town of South Sudan in 1995 is Sudan's.
  datePlaces(founds, date);
  // Before chunks, which would take the lone compass word of "North and South Korea" for a name of its own.
  founds.push(...ellipticCountries(view, kb, founds, taken));
  // Likewise, before chunks: "the Donetsk and Lugansk People's Republics".
  ellipticBodies(view, kb, founds, taken);
  founds.push(...findChunks(view, kb, taken, founds));
  codeUnknownBodies(view, founds, towns);
  founds.sort((a, b) => a.start - b.start || a.end - b.end);
  // After chunks, which find the unknown district names; before every rule that counts the countries an article names: "the Eastleigh district of Nairobi" names no English town.
  districtsOf(view, founds);
  // Beside the districts, for the same reason: "Borno state" is a place of the article's country, not an unknown body.
  subNationalStates(view, founds);
  // Before titles: "Bosnian Serb leader" is a leader of the Serbs of Bosnia, whose nationality word is the merged body's.
  const kin = ethnicKin(view, founds);
  // After the kin pairs, whose merged word is no longer one people's: "ethnic Albanians in Macedonia" are Macedonia's.
  founds.splice(0, founds.length, ...ethnicPlaced(view, kin));
  extendTitles(view, founds);
  // After titles: "King | Hassan of Morocco" is one found by then, and its "of" follows it.
  countryFromContext(view, founds);
  // After "X of COUNTRY", which names X's own country more surely than a nationality before a role noun.
  roleNouns(view, founds);
  // After role nouns: a person named with a role before the name keeps it over a later apposition.
  appositionRoles(view, founds);
  // After the titles and appositions, which leave a KB person's role alone: "Rebel leader Laurent Kabila" leads rebels that day.
  rebelLeaders(view, founds, date);
  // After every rule that names a titled person's country from the words around them: the article's sole country is the last resort.
  codeFromSoleCountry(view, founds);
  // After the titles and the sole country: "Hutu rebels" take the country the article names.
  const armed = armedGroups(view, founds, soleCountry(founds), countriesNamed(founds));
  if (armed.added.length > 0) {
    for (let k = founds.length - 1; k >= 0; k--) if (armed.replaced.has(founds[k]!)) founds.splice(k, 1);
    founds.push(...armed.added);
  }
  // After the armed groups, which take "Maoist rebels" as one body: a creed's word alone ("the Maoist leader") names the insurgents.
  insurgentWords(view, founds, countriesNamed(founds), soleCountry(founds));
  // With the creeds: an unknown '… Liberation Army' or '… Defence Force' is the insurgents of its state.
  armedBodyNames(view, founds, soleCountry(founds));
  // After the sole country and armed groups, which count a people word's country: "Jewish settlers" near Nablus stay Israeli.
  founds.splice(0, founds.length, ...settlerStates(view, founds));
  // After the armed groups, whose countries count: "Pakistani police raided a seminary in Punjab" is Pakistan's Punjab.
  founds.splice(0, founds.length, ...splitRegions(view, founds, countriesNamed(founds)));
  const leaders = findDescriptions(view, founds);
  // After leader descriptions: "the Russian president" is the KB's office holder, not a generic role.
  const leaderStarts = new Set(leaders.map((d) => d.firstToken));
  const roles = findRoleDescriptions(view, founds, leaderStarts);
  // With the other descriptions, before the bodies: "the head of the IAEA" is a person of the body, not a body.
  const rolesOf = findRoleOfDescriptions(view, founds, leaderStarts);
  founds.push(...leaders, ...roles, ...rolesOf);
  // Last: lower-case bodies only where no name, nationality or description stands; parties first, as a country's possessive owns them.
  founds.push(...findPartyDescriptions(view, founds));
  // With the parties, after every name: 'the defence committee of the State Duma' takes the code the named body has by then.
  founds.push(...findBodyOrgans(view, founds));
  // Right after the party descriptions: "X, Uganda's main opposition party," gives the name X the party's code.
  namedParties(view, founds);
  // After every description an owner names: a minister by portfolio alone is the sole country's only where nothing else stands.
  const sole = soleCountry(founds);
  // Before the ministers and bodies: an outlet's name after "the daily" is no person, and its country's media.
  mediaOutlets(view, founds, sole);
  founds.push(...soleCountryMinisters(view, founds, sole), ...soleCountryStaffChiefs(view, founds, sole), ...soleCountryOpposition(view, founds, sole));
  oppositionNames(view, founds, sole);
  // After the ministers and the opposition, whose words it leaves alone: "the army", "Congo's government", "Rebels in eastern Congo".
  founds.push(...stateBodies(view, founds, sole, date));
  // With the bodies, on the same sole country: "the Foreign Ministry" is named bare as "the army" is.
  stateBodyNames(view, founds, sole, date);
  // After the bodies, which a country's name before them owns already ("Congo's government").
  countryGroups(view, founds);
  founds.push(...findGroupActors(view, founds));
  // Last: only words no other rule took, and the group descriptions just found, are put in a place ("a rights group based in Kenya").
  founds.push(...placedDescriptions(view, founds));
  // With them, on words no other rule took: "the people of Odessa".
  founds.push(...townPeople(view, founds));
  // Last: a claimed place's side noun and "the militia" are only words no other rule took.
  founds.push(...separatistSides(view, founds, kb, date));
  return founds.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A person's name that several KB people share and nothing decides: unlinked, with their country when they share one. */
function ambiguousPerson(view: DocView, hit: KbHit, country: string | undefined): Found {
  const surface = view.text.slice(hit.start, hit.end);
  return { start: hit.start, end: hit.end, firstToken: hit.firstToken, endToken: hit.endToken, type: 'PERSON', kind: 'name', rule: 'entities/kb/ambiguous-person', confidence: 0.6, surface, nameStart: hit.start, ...(country && { country }) };
}

/** True when the match is glued to a word before it or follows a capitalised word: "NATO-Russia Council", "International Syria Support Group". */
function insideName(view: DocView, hit: KbHit): boolean {
  const before = view.tokens[hit.firstToken - 1];
  if (!before || before.sentence !== view.tokens[hit.firstToken]!.sentence) return false;
  if (before.end === hit.start) return true;
  return isCapitalised(view, hit.firstToken - 1) && !FUNCTION_WORDS.has(before.normal);
}

/**
 * True when a surname-only match is backed by a role held on the date or a title before it. Where a
 * city bears the name too ("Colombo"), a former official's standing (ELI) is no such role: the city
 * is far likelier than a retired politician named by surname alone.
 */
function activeOrTitled(view: DocView, hit: KbHit, entry: KbEntry, date: string | undefined): boolean {
  const previous = view.tokens[hit.firstToken - 1];
  if (previous && TITLE_WORDS.has(previous.normal) && isCapitalised(view, hit.firstToken - 1)) return true;
  const city = hit.names.some((n) => n.entry.id.startsWith('city:'));
  return date !== undefined && (entry.roles ?? []).some((r) => roleHolds(r, date) && !(city && r.actor.endsWith('ELI')));
}

/**
 * True when a one-word name that only uncurated (dictionary) people and towns bear stands next to another
 * capitalised word that is no title or function word: "Anatoly | Kinakh", "Lyudmila | Kuchma",
 * "Yakovlev | Yak-130". The longer name is found as a whole, not as the surname of someone else.
 */
function partOfLongerName(view: DocView, hit: KbHit, curated: ReadonlySet<string>, firstNames: ReadonlySet<string>): boolean {
  // Towns that share the surname do not change this ("Judge Alejandro | Rivera", "Omar | Hassan al-Bashir").
  if (hit.endToken - hit.firstToken !== 1 || !hit.names.some((n) => n.entry.type === 'PERSON') || !hit.names.every((n) => (n.entry.type === 'PERSON' && !curated.has(n.entry.id)) || n.entry.id.startsWith('city:'))) return false;
  const sentence = view.tokens[hit.firstToken]!.sentence;
  const before = view.tokens[hit.firstToken - 1];
  const after = view.tokens[hit.endToken];
  const nameWord = (t: typeof before, i: number): boolean =>
    t !== undefined && t.sentence === sentence && isCapitalised(view, i) && !FUNCTION_WORDS.has(t.normal) && !TITLE_WORDS.has(t.normal) && (!capitalProvesNothing(view, i) || firstNames.has(t.normal));
  // The end of a hyphenated name: "Fazl-ur-|Rehman", "Saro-|Wiwa".
  const hyphenated = before !== undefined && before.normal === '-' && before.end === hit.start && view.tokens[hit.firstToken - 2]?.end === before.start;
  return hyphenated || nameWord(before, hit.firstToken - 1) || nameWord(after, hit.endToken);
}

/**
 * "Samara Region", "Krasnodar Territory": a city before a capitalised region word names the region
 * around it, not the city; an unlinked place that keeps the city's country.
 */
function regionOfCity(view: DocView, hit: KbHit, entry: KbEntry): Found | undefined {
  const after = view.tokens[hit.endToken];
  if (!entry.id.startsWith('city:') || !after || after.sentence !== view.tokens[hit.firstToken]!.sentence || !REGION_HEADS.has(after.normal) || !isCapitalised(view, hit.endToken)) return undefined;
  const endToken = hit.endToken + 1;
  const surface = view.text.slice(hit.start, after.end);
  return { start: hit.start, end: after.end, firstToken: hit.firstToken, endToken, type: 'GPE', kind: 'name', rule: 'entities/en/city-region', confidence: 0.85, surface, nameStart: hit.start, ...(entry.country ? { country: entry.country } : {}) };
}

/** The country of a match all of whose entries are people of that one country, or undefined. */
function peopleCountry(names: KbHit['names']): string | undefined {
  const country = names[0]!.entry.country;
  return names.every((n) => n.entry.type === 'PERSON' && n.entry.country === country) ? country : undefined;
}
