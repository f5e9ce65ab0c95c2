import type { KbEntry } from '../../knowledge/kb-entry.js';
import { isCapitalised, type DocView } from './doc-view.js';
import { sectorOverWord } from './country-groups.js';
import type { Found } from './found.js';
import type { KbHit } from './kb-match.js';
import { GROUP_SECTORS, ORG_HEADS, TITLE_WORDS } from './locales/en/lexicon.js';

/** Organisation heads that make a demonym + name an armed body or a legislature rather than a government office. */
const MIL_HEADS = new Set(['army', 'navy', 'forces', 'force', 'guard', 'guards', 'military', 'command', 'staff', 'brigade', 'battalion', 'regiment']);
const LEG_HEADS = new Set(['parliament', 'assembly', 'congress', 'senate', 'rada', 'duma', 'knesset', 'majlis', 'sejm', 'bundestag']);
const REL_HEADS = new Set(['church', 'patriarchate', 'diocese', 'synod']);
/** Organisation heads of courts ("Latvian Constitutional Court" LVAJUD). */
const JUD_HEADS = new Set(['court', 'tribunal']);

/** Words that make a country's organisation a labour body ("Serbian Workers' Union", "Trades Union Congress"). */
const LABOUR_WORDS = new Set(['workers', 'trade', 'trades', 'labour', 'labor', 'miners', 'teachers', 'unions']);
/** Organisation heads of labour bodies; a "Socialist Workers Party" is a party. */
const LABOUR_HEADS = new Set(['union', 'unions', 'federation', 'confederation', 'congress', 'association']);

/**
 * Organisation heads of a country's non-state bodies: an association, society or union of its
 * people, not its government ("Nigerian Bar Association", "Russian Football Union"). Their sector
 * is their members' (MEMBER_SECTORS), else NGO (Phoenix agents: CIVIL_SOCIETY [~NGO]).
 */
const NON_STATE_HEADS = new Set(['association', 'union', 'federation', 'foundation', 'league', 'club']);
/**
 * Heads among those that also name a country's parties ("Pakistan Muslim League", "Kenya African
 * National Union") and unions of states ("Union State"): non-state only with a member word
 * (MEMBER_SECTORS) or a sport word in the name ("Turkish Football Federation"); else the old code.
 */
const PARTY_HEADS = new Set(['union', 'league', 'federation']);
/** Sports, whose national bodies are unions, leagues and federations of clubs, not parties ("Russian Football Union"). */
const SPORT_WORDS = new Set(['football', 'soccer', 'olympic', 'paralympic', 'chess', 'hockey', 'basketball', 'volleyball', 'handball', 'tennis', 'athletics', 'rugby', 'cricket',
  'boxing', 'wrestling', 'judo', 'swimming', 'skiing', 'cycling', 'golf', 'gymnastics', 'fencing', 'sports', 'sport']);
/**
 * Member words inside such a body's name and the sector of its members, after the Phoenix agents
 * (reference/petrarch/Phoenix.agents.txt): LAWYER, ADVOCATE [~JUD]; ENTREPRENEUR, EMPLOYER,
 * MANUFACTURER, EXPORTER, MERCHANT, TRADER, BUSINESS, CHAMBER_OF_COMMERCE [~BUS]; DOCTOR, PHYSICIAN,
 * NURSE, MEDICAL_ASSOCIATION [~HLH]; FARMER, PEASANT [~AGR]; STUDENT, ACADEMIC [~EDU];
 * HUMAN_RIGHTS_SOCIETY [~HRI]; a journalists' body is the media's (MED). "Bar" is the lawyers' bar.
 */
const MEMBER_SECTORS: ReadonlyMap<string, string> = new Map([
  ...['bar', 'lawyers', 'advocates', 'jurists'].map((w) => [w, 'JUD'] as const),
  ...['industrialists', 'entrepreneurs', 'employers', 'manufacturers', 'exporters', 'merchants', 'traders', 'business', 'businessmen', 'commerce', 'bankers', 'banks'].map((w) => [w, 'BUS'] as const),
  ...['medical', 'doctors', 'physicians', 'nurses'].map((w) => [w, 'HLH'] as const),
  ...['farmers', 'peasants'].map((w) => [w, 'AGR'] as const),
  ...['students', 'academics'].map((w) => [w, 'EDU'] as const),
  ...['rights'].map((w) => [w, 'HRI'] as const),
  ...['journalists'].map((w) => [w, 'MED'] as const),
]);

/** True when token `j` is an apostrophe glued to a plural before it ("Workers'"). */
function pluralPossessive(view: DocView, j: number): boolean {
  const t = view.tokens[j];
  const before = view.tokens[j - 1];
  return t !== undefined && before !== undefined && (t.normal === "'" || t.normal === '’') && t.start === before.end && before.normal.endsWith('s');
}

/**
 * A country's organisation named by the country or its demonym and an organisation word within
 * the next capitalised words: "Russian Defence Ministry", "US Treasury", "United States Senate"
 * (RUSGOV, USAGOV, USALEG). Marks its words taken; undefined when no such word follows.
 */
export function countryOrg(view: DocView, hit: KbHit, country: KbEntry, taken: Uint8Array, rule: string, firstNames: ReadonlySet<string>): Found | undefined {
  const { tokens, text } = view;
  const code = country.country!;
  const sentence = tokens[hit.firstToken]!.sentence;
  const capital = (k: number): boolean => k < tokens.length && tokens[k]!.sentence === sentence && isCapitalised(view, k) && !taken[k] && tokens[k]!.start - tokens[k - 1]!.end <= 1;
  // A first name before another capitalised word starts a person's name: "Russian Academy of Sciences | Alexander Sergeyev".
  const free = (k: number): boolean => capital(k) && !(firstNames.has(tokens[k]!.normal) && !ORG_HEADS.has(tokens[k]!.normal) && capital(k + 1));
  for (let j = hit.endToken; j < Math.min(hit.endToken + 4, tokens.length) && tokens[j]!.sentence === sentence && !taken[j]; j++) {
    // A plural possessive inside the name: "Serbian Workers' | Union".
    if (pluralPossessive(view, j) && capital(j + 1)) continue;
    if (!isCapitalised(view, j)) break;
    const head = tokens[j]!.normal;
    if (!ORG_HEADS.has(head)) continue;
    // The name goes on to the end of its capitalised run: "US Department of Defense", "Russian Ministry of Foreign Affairs".
    let last = j;
    for (;;) {
      const next = last + 1;
      if (free(next)) last = next;
      else if (tokens[next]?.normal === 'of' && free(next + 1)) last = next + 1;
      else break;
    }
    // A title after the name, before a capitalised name, is that holder's: "U.S. Navy | Vice Adm. Kevin Smith".
    const dotted = tokens[last + 1]?.normal === '.' && tokens[last + 1]!.start === tokens[last]!.end && TITLE_WORDS.has(`${tokens[last]!.normal}.`);
    const next = dotted ? last + 2 : last + 1;
    if (next < tokens.length && (dotted || tokens[next]!.sentence === sentence) && isCapitalised(view, next)) {
      while (last > j && (TITLE_WORDS.has(tokens[last]!.normal) || tokens[last]!.normal === 'of')) last--;
    }
    for (let k = hit.firstToken; k <= last; k++) taken[k] = 1;
    const labour = LABOUR_HEADS.has(head) && tokens.slice(hit.endToken, last + 1).some((t) => LABOUR_WORDS.has(t.normal));
    const words = tokens.slice(hit.endToken, last + 1);
    const member = words.map((t) => MEMBER_SECTORS.get(t.normal)).find((x) => x !== undefined);
    const nonState = NON_STATE_HEADS.has(head) && (member !== undefined || !PARTY_HEADS.has(head) || words.some((t) => SPORT_WORDS.has(t.normal)));
    // Why labour before non-state: union, federation and association head both kinds, and a labour word in the name ("Workers' Union") says which;
    // the member word first in the name wins ("Association of Medical Students": the body is named for its trade, the members follow).
    const sector = MIL_HEADS.has(head) ? 'MIL' : LEG_HEADS.has(head) ? 'LEG' : REL_HEADS.has(head) ? 'REL' : JUD_HEADS.has(head) ? 'JUD' : labour ? 'LAB' : nonState ? (member ?? 'NGO') : 'GOV';
    const end = tokens[last]!.end;
    return { firstToken: hit.firstToken, start: hit.start, nameStart: hit.start, country: code, end, endToken: last + 1, type: 'ORG', kind: 'name', rule, confidence: 0.8, surface: text.slice(hit.start, end), actor: code + sector };
  }
  return undefined;
}

/** Most nationality words a list may join after the first: "Estonian, Latvian and Lithuanian" joins two. */
const MAX_JOINED = 4;

/**
 * The sector the noun after a nationality word gives (GROUP_SECTORS: "Russian forces" MIL, "Russian
 * regional governors" GOV, one word between), also across further nationality words joined to it
 * by commas and "and", which share that noun: "the Ukrainian and Moldovan presidents", "Estonian,
 * Latvian and Lithuanian foreign ministers" (each GOV). A joined word is capitalised, an adjective
 * or proper noun: "a Russian, officials said" joins nothing and has no sector.
 */
function sectorAfter(view: DocView, endToken: number, sentence: number): string | undefined {
  const { tokens } = view;
  const inSentence = (k: number): boolean => k < tokens.length && tokens[k]!.sentence === sentence;
  let j = endToken;
  for (let joined = 0; joined < MAX_JOINED && inSentence(j) && (tokens[j]!.normal === ',' || tokens[j]!.normal === 'and'); joined++) {
    const word = tokens[j]!.normal === ',' && tokens[j + 1]?.normal === 'and' ? j + 2 : j + 1;
    const pos = tokens[word]?.pos;
    if (!inSentence(word) || !isCapitalised(view, word) || (pos !== 'ADJ' && pos !== 'PROPN')) return undefined;
    j = word + 1;
  }
  if (!inSentence(j)) return undefined;
  const after = tokens[j + 1];
  return GROUP_SECTORS.get(tokens[j]!.normal) ?? (after ? sectorOverWord(tokens[j]!.normal, after.normal) : undefined);
}

/**
 * A demonym and what follows it: "Russian Defence Ministry" is an organisation of Russia
 * (RUSGOV), "Russian forces" a group (NORP, RUSMIL), "Russian" alone a NORP of Russia.
 */
export function groupAfterDemonym(view: DocView, hit: KbHit, country: KbEntry, taken: Uint8Array, firstNames: ReadonlySet<string>): Found {
  const { tokens, text } = view;
  const code = country.country!;
  const org = countryOrg(view, hit, country, taken, 'entities/en/demonym-org', firstNames);
  if (org) return org;
  const sector = sectorAfter(view, hit.endToken, tokens[hit.firstToken]!.sentence);
  // One literal, no spreads: a nationality word is among the commonest founds.
  const found: Found = {
    firstToken: hit.firstToken,
    start: hit.start,
    nameStart: hit.start,
    country: code,
    end: hit.end,
    endToken: hit.endToken,
    type: 'NORP',
    kind: 'norp',
    entry: country,
    rule: 'entities/kb/demonym',
    confidence: 0.9,
    surface: country.demonyms?.[0] ?? text.slice(hit.start, hit.end),
  };
  if (sector) found.actor = code + sector;
  return found;
}

/** Words before a nationality word and a land noun that make it a past affiliation ("a former British colony", "ex-Soviet republics"); not before a person ("a former Mexican vice president" is still Mexican). */
const PAST_BEFORE = new Set(['former', 'ex', 'erstwhile', 'onetime']);
/** Land nouns after such a word: "the former Soviet republic of Georgia". */
const LAND_NOUNS = new Set(['republic', 'republics', 'colony', 'colonies', 'territory', 'territories', 'protectorate', 'satellite', 'satellites', 'state', 'states']);
/** Words after a nationality word that make it a kind of thing, a time or a birthplace, no actor ("Soviet-era tanks", "in Soviet times", "Jordanian-born militant"). */
const THING_AFTER = new Set(['era', 'times', 'days', 'made', 'built', 'designed', 'style', 'born']);

/**
 * True when the nationality word at `hit` names a past affiliation or a kind of thing, not the
 * country acting: "the former Soviet republic of Georgia accused Russia …" is Georgia's act.
 * A hyphen may join the word to its neighbour ("ex-Soviet", "Soviet-era").
 */
export function pastAffiliation(view: DocView, hit: KbHit): boolean {
  const { tokens } = view;
  const sentence = tokens[hit.firstToken]!.sentence;
  const at = (k: number): string | undefined => (tokens[k]?.sentence === sentence ? tokens[k]!.normal : undefined);
  const before = at(hit.firstToken - 1) === '-' ? at(hit.firstToken - 2) : at(hit.firstToken - 1);
  const after = at(hit.endToken) === '-' ? at(hit.endToken + 1) : at(hit.endToken);
  if (after === undefined) return false;
  return THING_AFTER.has(after) || (before !== undefined && PAST_BEFORE.has(before) && LAND_NOUNS.has(after));
}


/** Nouns for the members of a bloc, after "former" and the bloc's name: "a former Warsaw Pact country". */
const MEMBER_NOUNS = new Set([...LAND_NOUNS, 'country', 'countries', 'nation', 'nations', 'member', 'members', 'ally', 'allies']);

/**
 * True when a bloc's name stands between "former" and a member noun: "Hungary became the first
 * former Warsaw Pact country to …" names Hungary's past membership, not the bloc acting.
 */
export function formerMember(view: DocView, hit: KbHit): boolean {
  const { tokens } = view;
  const sentence = tokens[hit.firstToken]!.sentence;
  const before = tokens[hit.firstToken - 1];
  const after = tokens[hit.endToken];
  return before !== undefined && after !== undefined && before.sentence === sentence && after.sentence === sentence && PAST_BEFORE.has(before.normal) && MEMBER_NOUNS.has(after.normal);
}

/**
 * True when a nationality word of a state gone on the publication day still names that state: it
 * heads a force, a body or a title ("Soviet troops began pulling out of Afghanistan", "Soviet
 * Foreign Minister Eduard Shevardnadze" in an article recalling 1990), as "the Soviet Union" always
 * does. Not a bare modifier ("Soviet people"), not after "of" ("veterans of Soviet units"), not
 * joined to a neighbour by a hyphen ("the Soviet-German front", "U.S.-Soviet ties").
 */
export function historicActor(view: DocView, hit: KbHit): boolean {
  const { tokens } = view;
  const sentence = tokens[hit.firstToken]!.sentence;
  const before = tokens[hit.firstToken - 1];
  const next = tokens[hit.endToken];
  if (next === undefined || next.sentence !== sentence || next.start === hit.end) return false;
  if (before !== undefined && before.sentence === sentence && (before.normal === 'of' || before.end === hit.start)) return false;
  if (TITLE_WORDS.has(next.normal) && isCapitalised(view, hit.endToken)) return true;
  return GROUP_SECTORS.has(next.normal) || (ORG_HEADS.has(next.normal) && isCapitalised(view, hit.endToken));
}

/** A nationality word of a past affiliation: a NORP with no country, as a group word is ("former Soviet"). */
export function pastDemonym(view: DocView, hit: KbHit): Found {
  return { firstToken: hit.firstToken, start: hit.start, nameStart: hit.start, end: hit.end, endToken: hit.endToken, type: 'NORP', kind: 'norp', rule: 'entities/en/past-demonym', confidence: 0.7, surface: view.text.slice(hit.start, hit.end) };
}

/** A bloc's name of a past membership ("former Warsaw Pact country"): an organisation with no link and no actor. */
export function pastMember(view: DocView, hit: KbHit): Found {
  return { firstToken: hit.firstToken, start: hit.start, nameStart: hit.start, end: hit.end, endToken: hit.endToken, type: 'ORG', kind: 'name', rule: 'entities/en/former-member', confidence: 0.7, surface: view.text.slice(hit.start, hit.end) };
}
