import type { DocView } from './doc-view.js';
import type { Found } from './found.js';
import { titleSector } from './titles.js';

/** Title words of an office a state gives (not "Mr", "Dr", "Sheikh" or a firm's "Chairman"): its holder serves some country. */
export const OFFICES = new Set(`president prime premier minister chancellor governor mayor ambassador judge justice general admiral colonel
  commander marshal emir king queen sultan senator speaker`.split(/\s+/));

/** The rule of a nationality word of a past state or affiliation (demonyms.ts). */
const PAST_DEMONYM_RULE = 'entities/en/past-demonym';

/** The rule of a people word coded by the people list ("Yoruba" NGA). */
const PEOPLE_RULE = 'entities/en/people';

/** A KB place of a country: a town or region (not the country's own name). */
export const PLACE_ID = /^(?:city|place|loc):/;

/**
 * The country a found names by the country's name, a nationality word, a people living mostly in it
 * ("Yoruba", "Sikh") or one of its towns and regions (undefined for other founds and IGOs).
 */
export function ownCountry(f: Found): string | undefined {
  const own = f.entry?.id.startsWith('country:') || f.kind === 'norp' || f.rule === PEOPLE_RULE || (f.entry !== undefined && PLACE_ID.test(f.entry.id)) ? (f.country ?? f.entry?.country) : undefined;
  return own !== undefined && /^[A-Z]{3}$/.test(own) ? own : undefined;
}

/**
 * The one country the article names by its name, a nationality word or one of its towns and regions,
 * or undefined when it names none or several (a Kremlin release naming only Belarus also names Anapa
 * and Kerch: its ministers are no Belarusians).
 */
export function soleCountry(founds: readonly Found[]): string | undefined {
  let country: string | undefined;
  for (const f of founds) {
    const own = ownCountry(f);
    if (own === undefined || own === country) continue;
    if (country !== undefined) return undefined;
    country = own;
  }
  return country;
}

/**
 * Nouns for people of a community ("Tamil civilian refugees", "Moslem fundamentalist demonstrators"),
 * its leaders and its forces ("Kurdish leaders", "Moslem forces"; their sector stays unsaid: a
 * community's forces may be a state's army or rebels).
 */
const PEOPLE_NOUNS = new Set(`civilians refugees villagers demonstrators protesters protestors students settlers youths residents worshippers
  pilgrims workers fundamentalists families prisoners detainees leaders officials politicians community forces troops soldiers
  passengers farmers traders`.split(/\s+/));

/**
 * Gives a people or faith with no country of its own ("Tamil", "Moslem", "Hutu"), named before a
 * noun for people (up to one lower-case word between: "Tamil civilian refugees"), the article's sole
 * country. Mutates in place.
 */
function communities(view: DocView, founds: readonly Found[], country: string): void {
  const { tokens } = view;
  for (const f of founds) {
    // A nationality word of a state gone or a past affiliation ("Soviet troops" in 2005) is no people of the article's country.
    if (f.type !== 'NORP' || f.country !== undefined || f.entry !== undefined || f.rule === PAST_DEMONYM_RULE) continue;
    const next = tokens[f.endToken];
    // Over one describing word ("civilian", "fundamentalist") to the people noun.
    const between = next !== undefined && !PEOPLE_NOUNS.has(next.normal) && (next.pos === 'ADJ' || next.pos === 'NOUN');
    const noun = between ? tokens[f.endToken + 1] : next;
    if (noun === undefined || noun.sentence !== tokens[f.firstToken]!.sentence || !PEOPLE_NOUNS.has(noun.normal)) continue;
    f.country = country;
    f.actor = country;
  }
}

/** Lower-case words of a country's subdivisions ("Para state", "the province of Hakkari"). */
const UNIT_WORDS = new Set('state province region district governorate prefecture county island'.split(' '));

/**
 * Gives an unknown name of a subdivision ("in Para state", "the southern province of X": a unit word
 * right after it, or "UNIT of" right before it; a place, or a name whose type was only guessed) the
 * article's sole country. Replaces the founds in place.
 */
function subdivisions(view: DocView, founds: Found[], country: string): void {
  const { tokens } = view;
  for (const [k, f] of founds.entries()) {
    if (f.kind !== 'name' || f.entry !== undefined || f.country !== undefined || (f.type !== 'GPE' && f.guess === undefined) || f.type === 'PERSON') continue;
    const next = tokens[f.endToken];
    const after = next !== undefined && next.sentence === tokens[f.firstToken]!.sentence && UNIT_WORDS.has(next.normal) && next.normal === view.text.slice(next.start, next.end);
    const before = tokens[f.firstToken - 1]?.normal === 'of' && UNIT_WORDS.has(tokens[f.firstToken - 2]?.normal ?? '');
    if (!after && !before) continue;
    founds[k] = { ...f, country, rule: 'entities/en/subdivision' };
  }
}

/**
 * Gives the KB's armed groups coded by region, not country ("Revolutionary United Front" WAFREB:
 * West African rebels), the one country the article names, as its rebels. Mutates in place.
 */
function regionalGroups(founds: readonly Found[], country: string): void {
  for (const f of founds) {
    const actor = f.entry?.actor;
    if (f.type === 'ORG' && f.kind === 'name' && f.entry?.country === undefined && f.country === undefined && actor !== undefined && /^[A-Z]{3}REB$/.test(actor)) f.country = country;
  }
}

/**
 * Gives an unlinked person titled with a state office but no country ("Defence Minister X",
 * "Planning and Investment Minister Tran Xuan Gia", "Prime Minister Sheikh Hasina") the one country
 * the article names, by its name or a nationality word, with the title's sector: wire reports name
 * the country of their officials; so does one after a lower-case role that names no owner ("opposition
 * leader X"), with the role's sector. Not when the article names none or several, nor when it names
 * a person of another country (for a titled stranger: of any known country, who may be the host of a
 * guest of the sole country, or a compatriot the article takes as known).
 * The KB's armed groups coded by region get the country too.
 * Mutates the founds in place; run after titles are taken in.
 */
export function codeFromSoleCountry(view: DocView, founds: Found[]): void {
  const country = soleCountry(founds);
  if (country === undefined) return;
  regionalGroups(founds, country);
  communities(view, founds, country);
  subdivisions(view, founds, country);
  const countryOf = (p: Found): string | undefined => (p.type === 'PERSON' ? (p.titleCountry ?? p.country ?? p.entry?.country) : undefined);
  // Someone of another country is named: the person after a role may be their compatriot ("Mr Putin … opposition leader X").
  if (founds.some((p) => countryOf(p) !== undefined && countryOf(p) !== country)) return;
  // Someone of any known country is named ("President Mitterand welcomed South African leader F.W. de Klerk", "Mr Putin … Deputy Prime
  // Minister Olga Golodets" in a release naming only the United States): the titled stranger may be their host, guest or compatriot.
  const titledToo = !founds.some((p) => countryOf(p) !== undefined);
  for (const f of founds) {
    // "opposition leader Maulana Fazl-ur-Rehman": a lower-case role with no owner, its sector with the sole country.
    if (f.type === 'PERSON' && f.kind === 'name' && f.roleSector !== undefined && f.entry === undefined && f.country === undefined) {
      f.country = country;
      f.actor = country + f.roleSector;
      continue;
    }
    if (!titledToo) continue;
    if (f.type !== 'PERSON' || f.kind !== 'name' || f.rule !== 'entities/en/title-name' || f.entry !== undefined || f.titleActor !== undefined || f.country !== undefined) continue;
    const titleEnd = view.tokenAt[f.nameStart]!;
    let office = false;
    for (let k = f.firstToken; k < titleEnd && !office; k++) office = OFFICES.has(view.tokens[k]!.normal);
    if (!office) continue;
    f.titleCountry = country;
    f.titleActor = country + titleSector(view.tokens, f.firstToken, titleEnd);
  }
}
