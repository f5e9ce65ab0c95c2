import type { KbEntry, KbRole } from '../kb-entry.js';
import { igoCountry } from '../igo-codes.js';
import { SECTOR_CODES } from '../sector-codes.js';
import type { ActorDictionaryEntry } from './parse-actors.js';
import { slug } from '../slug.js';

/** What the conversion needs to know besides the dictionary. */
export interface ConvertOptions {
  /** True for words of ordinary English ("Apple", "Victory"): such one-word aliases are dropped. */
  readonly isCommonWord?: (word: string) => boolean;
  /** ISO alpha-3 codes; an actor code starting with one gives the entry its country. */
  readonly countryCodes?: ReadonlySet<string>;
  /** Upper-case country names and demonyms, stripped from the front of aliases ("RUSSIAN PRESIDENT VLADIMIR PUTIN"). */
  readonly countryWords?: ReadonlySet<string>;
  /** Keep entries whose only code is a bare country code (`AFGHANISTAN_ [AFG]`); the shipped KB builds countries itself. */
  readonly keepCountries?: boolean;
  /** Add the short names of members of governments ("Mugabe", "Carlos Menem"); default true. */
  readonly shortNames?: boolean;
  /** Other spellings of first names, upper-case ("SERGEY" → ["SERGEI"]): a person gets their name with each too. */
  readonly firstNameVariants?: ReadonlyMap<string, readonly string[]>;
  /** Drop people whose every dated role ended before this ISO date (keeps the shipped KB small). */
  readonly since?: string;
  /**
   * Upper-case names of countries, their demonyms and their regions and towns ("ANGOLA", "ZIMBABWE",
   * "ACEH") with the country each names: a body whose code names no country (regional codes such as
   * SAFREB, WAFREB, INTREB, IMG…) takes the one country its names name.
   */
  readonly placeCountries?: ReadonlyMap<string, string>;
}

/** Words before a place or demonym that make it a region's ("LATIN AMERICAN", "WEST NILE", "INTER AMERICAN"), not the country's. */
const REGION_BEFORE = new Set(['LATIN', 'NORTH', 'SOUTH', 'EAST', 'WEST', 'CENTRAL', 'INTER', 'PAN', 'NORTHERN', 'SOUTHERN', 'EASTERN', 'WESTERN']);

/** The one country that the words of a body's names name ("ZIMBABWE AFRICAN NATIONALIST UNION" → ZWE), or undefined when none or several do. */
function countryOfNames(names: readonly (readonly string[])[], places: ReadonlyMap<string, string>): string | undefined {
  const found = new Set<string>();
  for (const words of names) {
    for (let i = 0; i < words.length; i++) {
      if (i > 0 && REGION_BEFORE.has(words[i - 1]!)) continue;
      // Why longest first: "SRI LANKA" is a country, "SRI" alone is not.
      for (let n = Math.min(3, words.length - i); n >= 1; n--) {
        const code = places.get(words.slice(i, i + n).join(' '));
        if (code === undefined) continue;
        found.add(code);
        i += n - 1;
        break;
      }
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Titles dropped from the front of aliases: the entities stage finds titles itself, so the alias is the bare name. */
const TITLE_WORDS = new Set(
  ('PRESIDENT PRIME MINISTER MR MR. MRS MRS. MS MS. DR DR. SENATOR SEN. GENERAL GEN. KING QUEEN PRINCE SHEIKH SHEIK EMIR ' +
    'SECRETARY-GENERAL SECRETARY GENERAL FOREIGN DEFENSE DEFENCE CHANCELLOR VICE DEPUTY FORMER US U.S. UN UNITED NATIONS ' +
    'AMERICAN AYATOLLAH COLONEL COL. PREMIER LEADER CHAIRMAN SPEAKER GOVERNOR GOV. REP. AMBASSADOR ENVOY POPE').split(' '),
);

/** Words that make a dictionary name an organisation even when its codes are dated like a person's. */
const BODY_WORDS = new Set(
  ('ORGANIZATION ORGANISATION MOVEMENT PARTY UNION ALLIANCE FRONT ARMY COUNCIL COMMITTEE LEAGUE COMMUNITY ASSOCIATION TREATY PACT ' +
    'COMMISSION GOVERNMENT MINISTRY BRIGADE BRIGADES FORCES FORCE GROUP COALITION CONGRESS ASSEMBLY PARLIAMENT BANK AGENCY ' +
    'REPUBLIC REPUBLICA REPUBLIKA KINGDOM EMIRATE CALIPHATE SOVIET SFSR ISLAMIC').split(' '),
);

/** Title-cases one upper-case dictionary word, keeping short vowel-less words (acronyms) as they are. */
function titleWord(word: string, acronymOk: boolean): string {
  if (acronymOk && word.length <= 5 && !/[AEIOUY]/.test(word)) return word;
  return word.toLowerCase().replace(/(^|[-'’./(])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

function phraseName(words: readonly string[], org: boolean): string {
  if (org && words.length === 1 && words[0]!.length <= 5) return words[0]!;
  return words.map((w, i) => (org && i > 0 && /^(OF|THE|AND|FOR|IN|ON)$/.test(w) ? w.toLowerCase() : titleWord(w, org))).join(' ');
}

/** A government role of a country (not a ministry's sub-sector): heads of state and government, ministers. */
const GOVERNMENT_ROLE = /^[A-Z]{3}GOV$/;
const PARTICLES = new Set(['AL', 'EL', 'BIN', 'IBN', 'DE', 'DA', 'DOS', 'VAN', 'VON', 'DER', 'LA', 'LE', 'DI', 'DEL', 'JR', 'JR.', 'SR', 'SR.']);

/**
 * The short names reports use for a member of a government the dictionary names in full:
 * the surname ("Mugabe", "Bouteflika"; matched only with a title, the full name or a role on the
 * date) and first name + surname without middle names ("Carlos Menem" for CARLOS_SAUL_MENEM).
 */
function shortNames(words: readonly string[], isCommon: (word: string) => boolean): string[] {
  const last = words.at(-1) ?? '';
  if (words.length < 2 || PARTICLES.has(last) || PARTICLES.has(words.at(-2)!) || !/^[A-Z][A-Z'-]{3,}$/.test(last) || words.some((w) => w.endsWith('.') && w.length > 2)) return [];
  const result: string[] = [];
  if (!isCommon(last) && !TITLE_WORDS.has(last)) result.push(phraseName([last], false));
  if (words.length >= 3 && !PARTICLES.has(words[0]!) && /^[A-Z]{2,}$/.test(words[0]!)) result.push(phraseName([words[0]!, last], false));
  return result;
}

/** "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)" is two names: the phrase before the parenthesis and the one inside it. */
function splitParenthesis(words: readonly string[]): (readonly string[])[] {
  const match = /^(.+?)\s*\(\s*(.+?)\s*\)$/.exec(words.join(' '));
  return match ? [match[1]!.split(' '), match[2]!.split(' ')] : [words];
}

function stripTitles(words: readonly string[], countryWords: ReadonlySet<string>): readonly string[] {
  let i = 0;
  for (;;) {
    if (i < words.length - 2 && countryWords.has(`${words[i]} ${words[i + 1]}`)) i += 2;
    else if (i < words.length - 1 && (TITLE_WORDS.has(words[i]!) || countryWords.has(words[i]!) || words[i] === 'THE')) i++;
    else return words.slice(i);
  }
}

/** A short capitalised name read as a word: four or five letters, two vowels or more, never three consonants in a row ("AMAL", "OPEC"; not "ICC", "OHCHR"). */
const SPOKEN = /^(?=(?:[^AEIOU]*[AEIOU]){2})(?!.*[^AEIOU]{3})[A-Z]{4,5}$/;

/** CAMEO religion codes that are also ISO codes (MUS is Mauritius): in IMGMUSALQ they name no country. */
const RELIGION_CODES = new Set(['MUS', 'MOS', 'CHR', 'JEW', 'BUD', 'HIN', 'SHI', 'SIK']);

/** The country of an actor code: its first three letters when they are an ISO code, the IGO it names, or the ISO code after a non-state sector (MNCUSA). */
export function actorCountry(code: string, countryCodes: ReadonlySet<string>): string | undefined {
  const head = code.slice(0, 3);
  if (countryCodes.has(head)) return head;
  const igo = igoCountry(code);
  if (igo) return igo;
  // Non-state sectors put the country second: MNCUSA, NGOPHLMED.
  const second = code.slice(3, 6);
  return /^(MNC|NGO|IGO|IMG|REB|UAF)$/.test(head) && countryCodes.has(second) && !RELIGION_CODES.has(second) ? second : undefined;
}

/**
 * Converts parsed actor-dictionary entries to KB entries: people (entries with dated codes) get
 * roles, everything else becomes an organisation with its code. Aliases lose leading titles and
 * country words; one-word aliases that are ordinary English words are dropped.
 */
export function phoenixToEntries(entries: readonly ActorDictionaryEntry[], options: ConvertOptions = {}): KbEntry[] {
  const isCommon = options.isCommonWord ?? (() => false);
  const countryCodes = options.countryCodes ?? new Set<string>();
  const countryWords = options.countryWords ?? new Set<string>();
  const used = new Set<string>();
  const result: KbEntry[] = [];
  // First names of the dictionaries' people: a surname that is also one ("Bishop George") is no short name.
  const firstNames = new Set(entries.filter((e) => e.phrase.length > 1).map((e) => e.phrase[0]!));
  for (const raw of entries) {
    // Null (---) and special (+++) codes say "no actor": they become no code.
    const [phrase, ...inner] = splitParenthesis(raw.phrase);
    const entry = { ...raw, phrase: phrase!, synonyms: [...inner, ...raw.synonyms.flatMap(splitParenthesis)], codes: raw.codes.filter((c) => /^[A-Z0-9]+$/.test(c.code)) };
    if (entry.codes.length === 0 && raw.codes.length > 0) continue;
    const dated = entry.codes.some((c) => c.from !== undefined || c.to !== undefined);
    // Dated codes of a state that no longer exists mark that state ("CZECHOSLOVAKIA [CSK 19181001-19930101]"), not a person.
    // Not a city or region coded with a past and a present country ("LEIPZIG [DDR …] [DEU …]", whose synonyms are other towns).
    const place = dated && !(entry.comment ?? '').includes('CountryInfo') && entry.codes.every((c) => /^[A-Z]{3}$/.test(c.code) && !SECTOR_CODES.has(c.code) && !countryCodes.has(c.code));
    // Dated codes mark a person, unless the name says it is a body ("WARSAW_TREATY_ORGANIZATION", "PEOPLES_LIBERATION_MOVEMENT").
    const person = !place && (dated || (entry.comment ?? '').includes('CountryInfo')) && !entry.phrase.some((w) => BODY_WORDS.has(w));
    const fallback = entry.codes.find((c) => c.from === undefined && c.to === undefined)?.code;
    if (!person && !options.keepCountries && fallback !== undefined && countryCodes.has(fallback) && fallback.length === 3) continue;
    if (!options.keepCountries && countryWords.has(entry.phrase.join(' '))) continue;
    const roles: KbRole[] = entry.codes.filter((c) => c.from !== undefined || c.to !== undefined).map((c) => ({ actor: c.code, ...(c.from && { from: c.from }), ...(c.to && { to: c.to }) }));
    const latest = [...roles].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '')).at(-1)?.actor ?? fallback;
    const coded = latest ? actorCountry(latest, countryCodes) : undefined;
    // Only a body whose code is a region's (SAFREB, WAFREB, INTREB; not an IGO, NGO or firm, which belong to no one country) takes the country its names name.
    const regional = latest !== undefined && !countryCodes.has(latest.slice(0, 3)) && !SECTOR_CODES.has(latest.slice(0, 3)) && !/^(MNC|MED|HIN|CHR|MUS|JEW|BUD)/.test(latest);
    const regionalCountry = coded === undefined && !person && !place && regional && options.placeCountries !== undefined ? countryOfNames([entry.phrase, ...entry.synonyms], options.placeCountries) : undefined;
    const country = coded ?? regionalCountry;
    // A place keeps its country words: "Czech Socialist Republic" is no "Socialist Republic"; so does a body named after
    // its country whose code names none: "Japanese Red Army" is not just any "Red Army".
    const unstripped = (words: readonly string[]): readonly string[] => words.slice(words[0] === 'THE' ? 1 : 0);
    const loneWord = (words: readonly string[]): boolean => words.length === 1 && (isCommon(words[0]!) || TITLE_WORDS.has(words[0]!));
    // A body whose stripped name would be one English word keeps the word of its own country: "KHMER_ROUGE [KHMREB]" is
    // "Khmer Rouge", not "Rouge" (dropped); not a title ("GERMAN_CHANCELLOR" stays out) nor another country's word.
    const ownWord = (words: readonly string[], bare: readonly string[]): boolean =>
      !person && bare.length === 1 && isCommon(bare[0]!) && !TITLE_WORDS.has(bare[0]!) && unstripped(words).length > 1 && coded !== undefined && options.placeCountries !== undefined && countryOfNames([words], options.placeCountries) === coded;
    const strip = (words: readonly string[]): readonly string[] => {
      if (place || regionalCountry) return place ? words : unstripped(words);
      const bare = stripTitles(words, countryWords);
      return ownWord(words, bare) ? unstripped(words) : bare;
    };
    const bareName = strip(entry.phrase);
    if (loneWord(bareName)) continue;
    // What is left of "GENERAL_SECRETARY_OF_THE_…" after its titles is no name.
    if (/^(OF|AND|FOR|IN|ON|TO)$/.test(bareName[0] ?? '')) continue;
    if (options.since !== undefined && dated && entry.codes.every((c) => c.to !== undefined && c.to < options.since!)) continue;
    // A place's name is written like an organisation's ("Serbia and Montenegro"), but a short one-word name is no acronym.
    const orgStyle = (words: readonly string[]): boolean => !person && (!place || words.length > 1);
    const name = phraseName(bareName, orgStyle(bareName));
    const aliases = new Set<string>();
    for (const synonym of [entry.phrase, ...entry.synonyms]) {
      const bare = strip(synonym);
      if (person && bare.some((w) => /^(ADMINISTRATION|GOVERNMENT|CABINET|REGIME)$/.test(w))) continue;
      if (bare.length === 1 && (bare[0]!.length < 3 || isCommon(bare[0]!))) continue;
      if (/^(OF|AND|FOR|THE|IN|ON|TO)$/.test(bare[0]!)) continue;
      const alias = phraseName(bare, orgStyle(bare));
      if (alias !== name) aliases.add(alias);
      // "Sergey Naryshkin" is also written "Sergei Naryshkin".
      if (person && bare.length > 1) for (const variant of options.firstNameVariants?.get(bare[0]!) ?? []) aliases.add(phraseName([variant, ...bare.slice(1)], false));
      // A short one-word body name stays in capitals (an acronym: "NATO"); one that is no English word, first name or country may also be written as a word ("AMAL", "Amal").
      if (!person && !place && bare.length === 1 && alias === bare[0] && SPOKEN.test(alias) && !isCommon(alias) && !firstNames.has(alias) && !countryWords.has(alias)) aliases.add(phraseName(bare, false));
    }
    if (options.shortNames !== false && person && roles.some((r) => GOVERNMENT_ROLE.test(r.actor))) for (const short of shortNames(bareName, (w) => isCommon(w) || firstNames.has(w))) if (short !== name) aliases.add(short);
    const kind = person ? 'person' : place ? 'place' : 'org';
    let id = `${kind}:${slug(name)}`;
    for (let n = 2; used.has(id); n++) id = `${kind}:${slug(name)}-${n}`;
    used.add(id);
    result.push({
      id,
      type: person ? 'PERSON' : place ? 'GPE' : 'ORG',
      name,
      ...(aliases.size > 0 && { aliases: [...aliases] }),
      ...(country && { country }),
      ...(fallback && { actor: fallback }),
      ...(roles.length > 0 && { roles }),
    });
  }
  return result;
}
