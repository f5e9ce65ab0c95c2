import type { DocView } from './doc-view.js';
import type { Found } from './found.js';
import { OFFICES, PLACE_ID } from './sole-country.js';
import { titleSector } from './titles.js';
import { POSSESSIVE } from './locales/en/lexicon.js';

/** The country a found name is of, when the name is that country's own ("Morocco", "Ivory Coast"). */
function countryOf(found: Found | undefined): string | undefined {
  return found?.entry?.id.startsWith('country:') ? found.entry.country : undefined;
}

/**
 * True when the country ending before token `end` is not X's alone in "X of COUNTRY": it owns a
 * later noun ("… of Russia's initiative") or opens a list of countries ("… of Russia and Belarus",
 * "… of Belarus, Kazakhstan"); "the National Guard of Russia, the Investigative Committee" keeps it.
 */
export function notSoleCountry(view: DocView, end: number, countryStarts: (token: number) => boolean): boolean {
  const next = view.tokens[end]?.normal;
  if (next !== undefined && POSSESSIVE.test(next)) return true;
  return (next === ',' || next === 'and') && countryStarts(end + 1);
}

/** The country after "of" when it is X's alone. */
function countryAfterOfAlone(view: DocView, found: Found | undefined, countryStarts: (token: number) => boolean): string | undefined {
  return found === undefined || notSoleCountry(view, found.endToken, countryStarts) ? undefined : countryOf(found);
}

/** Last words of a state body's name: "the Foreign Ministry in Beijing" is China's (not "embassy": an embassy in Beijing is another state's). */
const STATE_BODY_HEADS = new Set(['ministry', 'government', 'cabinet', 'parliament', 'presidency']);

/** The country of the town after "in" when a state body's name ends before it ("the Foreign Ministry in Beijing", "the Interior Ministry in Grozny"). */
function governmentIn(view: DocView, f: Found, byFirstToken: ReadonlyMap<number, Found>): string | undefined {
  if (!STATE_BODY_HEADS.has(view.tokens[f.endToken - 1]!.normal) || view.tokens[f.endToken]?.normal !== 'in') return undefined;
  const town = byFirstToken.get(f.endToken + 1);
  return town?.entry?.id.startsWith('city:') ? town.entry.country : undefined;
}

/** The country of the town in "TOWN-based" right before a body's name ("the Nairobi-based Forum for Democracy"). */
function basedIn(view: DocView, f: Found, byEndToken: ReadonlyMap<number, Found>): string | undefined {
  const { tokens } = view;
  const based = tokens[f.firstToken - 1];
  const hyphen = tokens[f.firstToken - 2];
  if (based?.normal !== 'based' || hyphen?.normal !== '-' || hyphen.end !== based.start) return undefined;
  const town = byEndToken.get(f.firstToken - 2);
  return town !== undefined && town.end === hyphen.start && town.entry?.id.startsWith('city:') ? town.entry.country : undefined;
}

/** How many lower-case words may stand between a country's possessive and its body ("South Korea's main opposition Grand National Party"). */
const MODIFIER_REACH = 3;

/**
 * The token of the possessive "'s" before a body's name, over up to three lower-case adjectives or
 * nouns that describe it ("Bangladesh's opposition", "Kenya's main opposition"), or -1.
 */
function possessiveBefore(view: DocView, first: number): number {
  const sentence = view.tokens[first]?.sentence;
  for (let i = first - 1; i >= 0 && first - 1 - i <= MODIFIER_REACH; i--) {
    const t = view.tokens[i]!;
    if (t.sentence !== sentence) return -1;
    if (POSSESSIVE.test(t.normal)) return i;
    if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || t.kind !== 'word' || /^\p{Lu}/u.test(view.text[t.start]!)) return -1;
  }
  return -1;
}

/**
 * Gives an unlinked person or organisation the country its phrase names: "King Hassan of Morocco",
 * "Ivory Coast's Supreme Court", "South Korea's opposition Grand National Party", "the Foreign
 * Ministry in Beijing", "the Nairobi-based Forum for Democracy". Its actor is that country too when no title names one, as a
 * nationality word gives its group ("Russian forces").
 */
export function countryFromContext(view: DocView, founds: readonly Found[]): void {
  const byFirstToken = new Map<number, Found>();
  const byEndToken = new Map<number, Found>();
  for (const f of founds) {
    byFirstToken.set(f.firstToken, f);
    byEndToken.set(f.endToken, f);
  }
  const countryStarts = (token: number): boolean => countryOf(byFirstToken.get(token)) !== undefined;
  for (const f of founds) {
    if (f.entry !== undefined || f.country !== undefined || (f.type !== 'PERSON' && f.type !== 'ORG') || f.kind !== 'name') continue;
    const after = view.tokens[f.endToken];
    const before = view.tokens[f.firstToken - 1];
    // Why this order: "X of COUNTRY" names X's own country; "ORGANISATION of CITY" the city's ("United Bus Company of Tehran");
    // a possessive before may be a place X merely acts in.
    const ofFound = after?.normal === 'of' ? byFirstToken.get(f.endToken + 1) : undefined;
    // Over modifiers only for a name its own words make a body ("… Party"): an unknown name after "Niger's ambassador" is the ambassador, whom role nouns type later.
    const possessive = f.type === 'ORG' && f.guess === undefined ? possessiveBefore(view, f.firstToken) : before !== undefined && POSSESSIVE.test(before.normal) ? f.firstToken - 1 : -1;
    const country = (ofFound ? countryAfterOfAlone(view, ofFound, countryStarts) : undefined) ??
      (f.type === 'ORG' && ofFound?.entry?.id.startsWith('city:') ? ofFound.entry.country : undefined) ??
      (ofFound?.entry !== undefined && PLACE_ID.test(ofFound.entry.id) && officeSector(view, f) === 'REL' ? ofFound.entry.country : undefined) ??
      (possessive >= 0 ? countryOf(byEndToken.get(possessive)) : undefined) ??
      (f.type === 'ORG' ? (governmentIn(view, f, byFirstToken) ?? basedIn(view, f, byEndToken)) : undefined);
    if (country === undefined || !/^[A-Z]{3}$/.test(country)) continue;
    f.country = country;
    if (f.titleActor === undefined) f.actor = STATE_BODY_HEADS.has(view.tokens[f.endToken - 1]!.normal) ? `${country}GOV` : country + officeSector(view, f);
  }
}

/**
 * The sector of a titled person's state office ("Congo's President Joseph Kabila": GOV, "Chad's
 * General X": MIL) or religious office ("Patriarch Kirill of Moscow": REL, CAMEO's "Religious"
 * sector; the town after "of" is the see), or "" when the title names none ("Mr", "Sheikh", or no title).
 */
function officeSector(view: DocView, f: Found): string {
  if (f.type !== 'PERSON' || f.rule !== 'entities/en/title-name') return '';
  const titleEnd = view.tokenAt[f.nameStart]!;
  const sector = titleSector(view.tokens, f.firstToken, titleEnd);
  if (sector === 'REL') return sector;
  for (let k = f.firstToken; k < titleEnd; k++) if (OFFICES.has(view.tokens[k]!.normal)) return sector;
  return '';
}
