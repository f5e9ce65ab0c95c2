import { capitalProvesNothing, isCapitalised, type DocView } from './doc-view.js';
import type { Found } from './found.js';
import type { Token } from '../../core/doc.js';
import { roleOn } from '../../knowledge/roles.js';
import { GROUP_SECTORS, HOUSE_HEADS, HOUSE_SIDES, PERSON_PRONOUNS, POSSESSIVE } from './locales/en/lexicon.js';
import { placeFound } from './people-states.js';
import { ownCountry } from './sole-country.js';
import { antecedent, pronounCandidates } from './coref.js';

/** The heads of `list` with the sector a demonym before them gives (GROUP_SECTORS: "Russian forces" MIL), one list of which word is which sector for both routes. */
const groupSectors = (list: string): (readonly [string, string])[] => list.trim().split(/\s+/).map((w) => [w, GROUP_SECTORS.get(w)!] as const);

/**
 * Lower-case head nouns of a state's bodies and of the armed groups fighting it, with their CAMEO
 * sector (PETRARCH agents: GOVERNMENT, REGIME, JUNTA, RULER, MINISTRY [~GOV]; ARMY [~MIL]; POLICE,
 * SECURITY_FORCE [~COP]; REBEL, INSURGENT [~REB]). The heads a demonym also takes have its sector
 * there; the rest are a state's own words only.
 */
const BODY_SECTORS: ReadonlyMap<string, string> = new Map([
  ...groupSectors(`government authorities ministry army military troops soldiers forces navy police policemen
    rebels guerrillas guerillas militants insurgents separatists parliament lawmakers legislators court judges`),
  ...['regime', 'junta', 'rulers', 'cabinet'].map((w) => [w, 'GOV'] as const),
  // Students are a part of a state's people (PETRARCH agents: STUDENT [~EDU]). Not protesters: tried, and their own "their" became the target of their protest.
  ...groupSectors('students'),
  // No sector of their own: only a modifier gives one ("rebel groups", "guerrilla factions", "the election commission", "the upper house").
  ...['groups', 'factions', 'commission', ...HOUSE_HEADS].map((w) => [w, ''] as const),
]);

/** Heads that make a body only after an owner's possessive ("Israel's high court"): alone they are mostly a building or a hearing. */
const OWNED_ONLY = new Set(['court']);

/**
 * The sector of a plural noun a country word before it gives a sector (GROUP_SECTORS: "Kenyan workers" LAB, "Russian journalists" MED),
 * for the same noun after the country's possessive: "Kenya's workers" KENLAB, as "Kenyan workers". Plural only: a singular ("Russia's
 * embassy", "Russia's side") is a thing the state has, and the route for its own bodies (BODY_SECTORS) names those. A body only after
 * an owner: "the workers" alone are no state's.
 */
function ownedPeopleSector(t: Token): string | undefined {
  return t.normal === t.lemma.toLowerCase() ? undefined : GROUP_SECTORS.get(t.normal);
}

/** Heads of a state's sole ruler: "the king" is a person of the government (PETRARCH agents: KING [~GOV]), only after "the". */
const RULER_HEADS = new Set(['king', 'queen', 'monarch', 'emir', 'sultan']);
/** The sector of every head word, a ruler's GOV first: one look-up per token. */
const HEAD_SECTORS: ReadonlyMap<string, string> = new Map([...BODY_SECTORS, ...[...RULER_HEADS].map((w) => [w, 'GOV'] as const)]);

/** Words before the head that change its sector: "security forces" are police (COP), "rebel forces" rebels, "paramilitary forces" military (Phoenix agents: PARAMILITARY [~MIL]), an election commission the state's (GOV). */
const MODIFIER_SECTORS: ReadonlyMap<string, string> = new Map([
  ['security', 'COP'],
  ['riot', 'COP'],
  ['student', 'EDU'],
  ['paramilitary', 'MIL'],
  ['rebel', 'REB'],
  ['guerrilla', 'REB'],
  ['separatist', 'REB'],
  ['insurgent', 'REB'],
  ['election', 'GOV'],
  ['electoral', 'GOV'],
  // The opposition's team of would-be ministers (Westminster systems): "the shadow cabinet", "shadow ministers".
  ['shadow', 'OPP'],
  // A parliament's two houses: "the upper house", "the lower chamber".
  ...[...HOUSE_SIDES].map((w) => [w, 'LEG'] as const),
]);

/** Heads that stand without "the": plurals ("Rebels attacked", "Police in Punjab arrested") and "parliament" ("dissolved parliament"); "government" and "army" need it. */
const BARE_HEADS = new Set(['groups', 'factions', 'authorities', 'rulers', 'troops', 'soldiers', 'forces', 'police', 'policemen', 'rebels', 'guerrillas', 'guerillas', 'militants', 'insurgents', 'separatists',
  'parliament', 'lawmakers', 'legislators', 'judges', 'students']);

/** Determiners and pronouns that say someone else owns the body ("their army", "its government", "a government"); not "that", mostly a conjunction ("warned that police …"). */
const OTHER_OWNERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'a', 'an', 'this', 'these', 'those', 'any', 'no', 'every', 'each', 'another']);

/** Most lower-case words between the owner and the head ("main ruling military"). */
const MAX_MODIFIERS = 2;

/** Lemmas of reporting verbs: a body right before one only reports ("Police said the gunman opened fire"). */
const REPORTING = new Set(['say', 'allege', 'believe', 'suspect', 'explain', 'tell', 'report', 'claim', 'state', 'add', 'confirm', 'announce']);

/**
 * True when a reporting verb follows the head (over one auxiliary: "are now saying"): the body is
 * then a speaker, whom the claims stage sources, and no actor of what it reports; coded as one, it
 * became the source of the events it reports ("Police allege X opened fire"). `k` is the token after
 * the body, or after the place it is in ("Police in Uganda said …").
 */
function speakerOnly(view: DocView, k: number): boolean {
  const { tokens } = view;
  let t = tokens[k];
  if (t !== undefined && t.pos === 'AUX') t = tokens[tokens[k + 1]?.pos === 'ADV' ? k + 2 : k + 1];
  return t !== undefined && t.sentence === tokens[k - 1]!.sentence && t.pos === 'VERB' && REPORTING.has(t.lemma);
}

/** Is token `k` lower-case, or capitalised only where a capital proves no name ("Rebels in eastern Congo" opens its sentence)? */
function lower(view: DocView, k: number): boolean {
  return !isCapitalised(view, k) || capitalProvesNothing(view, k);
}

/** Heads of a state's government written with a capital after "the" ("the Government", "the Cabinet"): the style of a state's own releases and of British English, the same body as lower-case. */
const TITLED_HEADS = new Set(['government', 'cabinet']);

/** Plural nouns after a government head for the people in it ("Cabinet members", "government ministers"): the body's people, its sector, with or without "the". */
const MEMBER_NOUNS = new Set(['members', 'ministers', 'officials']);

/** Is token `k` a titled government head right after a lower-case "the" (or one opening the sentence)? */
function titledHead(view: DocView, k: number): boolean {
  const before = view.tokens[k - 1];
  return TITLED_HEADS.has(view.tokens[k]!.normal) && before !== undefined && before.normal === 'the' && before.sentence === view.tokens[k]!.sentence && lower(view, k - 1);
}

/** Is `code` a country's three-letter code (not a region's, an organisation's or none)? */
function isCountryCode(code: string | undefined): code is string {
  return code !== undefined && /^[A-Z]{3}$/.test(code);
}

/** The country of a place found: its own (a country, town or region of the KB), else the one a place of unknown name was given. */
export function placeCountry(f: Found): string | undefined {
  return ownCountry(f) ?? (f.type === 'GPE' || f.type === 'LOC' ? f.country : undefined);
}

/**
 * The one country of the holders of a state office named before token `k` in its clause
 * ("Russian President Vladimir Putin held a meeting with the Government", "Mr Putin called on the
 * Government": a known person by the role held on `date`): the government they hold office in;
 * undefined when none is named, when holders of two countries are ("Putin met Macron and the
 * Government": whose is not said), when a subordinating word stands between holder and body (the
 * body is another clause's: "Merkel said that the Government must act"), and when the sentence names
 * a town of another country (a guest's words: "Merkel told reporters in Kyiv"). With `pronouns`, a
 * "he"/"she" before the body stands for its holder when no holder is named (pronounHolderCountry).
 */
export function officeHoldersCountry(view: DocView, founds: readonly Found[], k: number, date: string | undefined, pronouns = false): string | undefined {
  const { tokens } = view;
  const sentence = tokens[k]!.sentence;
  let country: string | undefined;
  for (const f of founds) {
    if (f.type !== 'PERSON' || f.endToken > k || tokens[f.firstToken]!.sentence !== sentence) continue;
    const own = officeCountry(f, date);
    if (own === undefined || own === country) continue;
    if (tokens.slice(f.endToken, k).some((t) => t.pos === 'SCONJ')) continue;
    if (country !== undefined) return undefined;
    country = own;
  }
  if (pronouns) country ??= pronounHolderCountry(view, founds, k, date);
  // A town says where they speak; a country's name is as often what they speak of ("on the situation in Ukraine").
  return foreignTown(view, founds, sentence, country) ? undefined : country;
}

/** The country whose state office (GOV) a person found holds on `date`, by title or KB role; undefined for anyone else. */
function officeCountry(f: Found, date: string | undefined): string | undefined {
  const actor = foundActor(f, date);
  const own = f.titleCountry ?? f.country ?? f.entry?.country;
  return actor !== undefined && actor.endsWith('GOV') ? own : undefined;
}

/** A found's CAMEO code on `date`: its title's, its own, else its KB entry's role on the date or the entry's code. */
function foundActor(f: Found, date: string | undefined): string | undefined {
  return f.titleActor ?? f.actor ?? (f.entry === undefined ? undefined : (roleOn(f.entry, date)?.actor ?? f.entry.actor));
}

/** Subject pronouns of a person: "he called on the Government". */
const SUBJECT_PRONOUNS = new Set(['he', 'she']);

/**
 * The country of the office holder a "he"/"she" before token `k` in its clause stands for ("Mr Putin
 * opened the meeting. He called on the Government to …": Russia's): the person coreference.ts gives
 * the pronoun (`antecedent`, the one choice of both), when that person holds a state office (GOV);
 * undefined otherwise, when a subordinating word or a comma stands between pronoun and body (another
 * clause's: "When she left, the Government collapsed"), and when the antecedent's earlier sentence
 * names a town of another country (a guest's words, as for a named holder: "Merkel arrived in
 * Athens. She urged the Government …" is Greece's).
 */
function pronounHolderCountry(view: DocView, founds: readonly Found[], k: number, date: string | undefined): string | undefined {
  const { tokens } = view;
  const sentence = tokens[k]!.sentence;
  let pronoun = -1;
  for (let j = k - 1; j >= 0 && tokens[j]!.sentence === sentence; j--) {
    if (tokens[j]!.pos === 'SCONJ' || tokens[j]!.normal === ',') return undefined;
    if (SUBJECT_PRONOUNS.has(tokens[j]!.normal)) {
      pronoun = j;
      break;
    }
  }
  const gender = PERSON_PRONOUNS.get(tokens[pronoun]?.normal ?? '');
  if (gender === undefined) return undefined;
  const people = founds.filter((f) => f.type === 'PERSON').sort((a, b) => a.start - b.start);
  const holder = antecedent(view, pronounCandidates(view, people), pronoun, gender);
  const country = holder === undefined ? undefined : officeCountry(holder, date);
  if (!isCountryCode(country)) return undefined;
  const from = tokens[holder!.firstToken]!.sentence;
  return from !== sentence && foreignTown(view, founds, from, country) ? undefined : country;
}

/** Does sentence `s` name a town of a country other than `country` (where a holder speaks abroad)? */
function foreignTown(view: DocView, founds: readonly Found[], s: number, country: string | undefined): boolean {
  return founds.some((f) => view.tokens[f.firstToken]!.sentence === s && f.entry?.id.startsWith('city:') === true && placeCountry(f) !== country);
}

/** Words before a head that say whose side it is without changing its sector, tagged a proper noun when they open a sentence ("Government forces recaptured …"). */
const STATE_MODIFIERS = new Set(['government', 'federal', 'regular', 'state']);

/** Most tokens between "of" and the legislature it names ("of the Russian parliament"). */
const MAX_OF_WORDS = 3;

/** Does the phrase after the "of" at token `k` name a legislature ("the upper house of parliament", "of the Duma"), by a LEG noun or a found coded LEG? "The lower chamber of the heart" does not. */
function ofLegislature(view: DocView, k: number, byStart: ReadonlyMap<number, Found>, date: string | undefined): boolean {
  const { tokens } = view;
  for (let j = k + 1; j <= k + MAX_OF_WORDS && tokens[j]?.sentence === tokens[k]!.sentence; j++) {
    const found = byStart.get(j);
    if (GROUP_SECTORS.get(tokens[j]!.normal) === 'LEG' || (found !== undefined && foundActor(found, date)?.endsWith('LEG'))) return true;
  }
  return false;
}

/** May token `k` describe the head? An adjective or noun, or a proper noun only by its capital where that proves nothing ("Security forces in …", "Government forces …"). */
function modifierTag(view: DocView, k: number): boolean {
  const pos = view.tokens[k]!.pos;
  const normal = view.tokens[k]!.normal;
  return pos === 'ADJ' || pos === 'NOUN' || (pos === 'PROPN' && capitalProvesNothing(view, k) && (MODIFIER_SECTORS.has(normal) || STATE_MODIFIERS.has(normal)));
}

/**
 * A state's bodies named by a lower-case head noun: after the possessive of a country, town or
 * region ("Congo's government" CODGOV, "Burma's military rulers" MMRGOV; a person's, "Mugabe's
 * government", is left to the person's own mention, which carries the sector already),
 * or with no owner ("the army", "Rebels in eastern Congo", "Police in Punjab", "security forces";
 * "the king", a person, only after "the"):
 * then the country they are placed in by "in" right after them, else the article's sole country
 * (`sole`; a government first by the office holders before it in its sentence, whose roles count
 * on `date`); wire reports name the country once and then leave it out. Not on words another found
 * covers, not after a capitalised word, a possessive pronoun or an indefinite article (whose body
 * it is is someone else's or not said), not where a noun follows the head ("army chief" is a role).
 */
export function stateBodies(view: DocView, founds: readonly Found[], sole: string | undefined, date: string | undefined): Found[] {
  const { tokens } = view;
  const covered = new Uint8Array(tokens.length);
  const byEnd = new Map<number, Found>();
  const byStart = new Map<number, Found>();
  for (const f of founds) {
    for (let i = f.firstToken; i < f.endToken; i++) covered[i] = 1;
    if (!byEnd.has(f.endToken) || f.type !== 'PERSON') byEnd.set(f.endToken, f);
    byStart.set(f.firstToken, f);
  }
  const result: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Why the head is tested first: every token passes here, and only these words can end a body.
    const bodySector = HEAD_SECTORS.get(tokens[i]!.normal);
    const headSector = bodySector ?? ownedPeopleSector(tokens[i]!);
    if (headSector === undefined || covered[i] || !(lower(view, i) || titledHead(view, i))) continue;
    const ruler = RULER_HEADS.has(tokens[i]!.normal);
    const sentence = tokens[i]!.sentence;
    const next = tokens[i + 1];
    // The government's people: "Cabinet members", "government officials" (not "Government House", a name).
    const members = TITLED_HEADS.has(tokens[i]!.normal) && next !== undefined && next.sentence === sentence && MEMBER_NOUNS.has(next.normal) && !isCapitalised(view, i + 1) && !covered[i + 1];
    const last = members ? i + 1 : i;
    // A possessive after the head owns what follows ("the government's decision"): the body is still named.
    if (!members && next !== undefined && next.sentence === sentence && (next.pos === 'NOUN' || next.pos === 'PROPN' || isCapitalised(view, i + 1))) continue;
    // A house or chamber "of" something is a parliament's only when that is one: "the lower chamber of the heart" is none.
    if (HOUSE_HEADS.has(tokens[i]!.normal) && next?.normal === 'of' && next.sentence === sentence && !ofLegislature(view, i + 1, byStart, date)) continue;
    let first = i;
    while (first > 0 && i - first < MAX_MODIFIERS && !covered[first - 1] && tokens[first - 1]!.sentence === sentence && lower(view, first - 1) && modifierTag(view, first - 1)) first--;
    let sector = headSector;
    for (let k = first; k < i; k++) sector = MODIFIER_SECTORS.get(tokens[k]!.normal) ?? sector;
    if (sector === '') continue;
    const before = tokens[first - 1];
    const opens = before === undefined || before.sentence !== sentence;
    let country: string | undefined;
    let firstToken = first;
    if (!opens && POSSESSIVE.test(before.normal)) {
      const owner = byEnd.get(first - 1);
      country = owner === undefined || owner.kind === 'norp' ? undefined : ownCountry(owner);
      if (owner === undefined || country === undefined || speakerOnly(view, last + 1)) continue;
      firstToken = owner.firstToken;
    } else {
      if (!opens && (covered[first - 1] || OTHER_OWNERS.has(before.normal) || (isCapitalised(view, first - 1) && before.normal !== 'the'))) continue;
      if (before?.normal === 'the' && !opens) firstToken = first - 1;
      else if (ruler || !(BARE_HEADS.has(tokens[i]!.normal) || members)) continue;
      if (OWNED_ONLY.has(tokens[i]!.normal) || bodySector === undefined) continue;
      const place = placeFound(view, last + 1, byStart);
      if (speakerOnly(view, place?.endToken ?? last + 1)) continue;
      // Placed in several countries ("Police in Colombia and Venezuela"): each country's own mention stands.
      if (place !== undefined && byStart.has(place.endToken + 1) && (tokens[place.endToken]?.normal === 'and' || tokens[place.endToken]?.normal === ',')) continue;
      // A place named is where the body is, even one the sole-country count leaves out ("authorities in the Krasnodar Region"); an unknown one says nothing.
      // Unplaced: a government is the one its sentence's office holders serve before the article's one country, which they may be guests of;
      // not an army or authorities, which a leader as often accuses or answers ("Putin accused the army of shelling Donetsk").
      // A "he" or "she" as the holder only before the government or cabinet, which a leader directs ("He called on the Government"): a ministry after one was as often another act's ("He approved … a council affiliated to the Foreign Ministry");
      // and not before "of", which names the owner ("he thanked … the government of Germany").
      const served = TITLED_HEADS.has(tokens[i]!.normal) ? officeHoldersCountry(view, founds, first, date, next?.normal !== 'of') : undefined;
      country = place === undefined ? (served ?? sole) : placeCountry(place);
      if (!isCountryCode(country)) continue;
    }
    const start = tokens[firstToken]!.start;
    const end = tokens[last]!.end;
    const base = { start, end, firstToken, endToken: last + 1, confidence: 0.6, surface: view.text.slice(start, end), nameStart: start, country, actor: country + sector };
    result.push(ruler ? { ...base, type: 'PERSON', kind: 'description', rule: 'entities/en/state-ruler', titles: [tokens[i]!.normal] } : { ...base, type: 'ORG', kind: 'name', rule: 'entities/en/state-body' });
  }
  return result;
}
