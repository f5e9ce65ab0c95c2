import { isCapitalised, type DocView } from './doc-view.js';
import type { Found } from './found.js';
import { GROUP_SECTORS, HOUSE_HEADS, HOUSE_SIDES, ORG_HEADS } from './locales/en/lexicon.js';

/**
 * The sector GROUP_SECTORS gives `after`, the noun one word after a country word ("Russian regional
 * governors" GOV): none for an office (GOV) held in a body that word names, an organisation head
 * such as a bank, university, school or party, whose president or administration is that body's,
 * not the state's ("a Russian bank president"); LEG for a house of parliament ("the Japanese upper
 * house"), which neither word is alone.
 */
export function sectorOverWord(word: string, after: string): string | undefined {
  if (HOUSE_SIDES.has(word) && HOUSE_HEADS.has(after)) return 'LEG';
  const sector = GROUP_SECTORS.get(after);
  return sector === 'GOV' && ORG_HEADS.has(word) ? undefined : sector;
}

/**
 * Is the found a nation's people named by the plural of its demonym with no group noun after it
 * ("Young Algerians blocked roads", "Thousands of Nigerians", "Palestinians of the West Bank")?
 * CAMEO codes a country's general populace CVL; the singular ("Algerian") is only a nationality, and
 * a kin people after another nationality word (`ends`: where founds end; "Bosnian Serbs", "Turkish
 * Cypriots") is a faction as often as a populace.
 */
function peopleOf(view: DocView, f: Found, ends: ReadonlySet<number>): boolean {
  const word = view.text.slice(f.start, f.end);
  if (f.kind !== 'norp' || f.actor !== undefined || f.endToken - f.firstToken !== 1 || !word.endsWith('s') || ends.has(f.firstToken) || countryWord(f) === undefined) return false;
  const next = view.tokens[f.endToken];
  if (next !== undefined && next.sentence === view.tokens[f.firstToken]!.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN') && !isCapitalised(view, f.endToken)) return false;
  return f.entry?.demonyms?.includes(word.slice(0, -1)) === true;
}

/** The country a found names by the country's own name or a nationality word, or undefined. */
function countryWord(f: Found): string | undefined {
  const c = f.kind === 'norp' || (f.kind === 'name' && f.entry?.id.startsWith('country:') === true) ? (f.country ?? f.entry?.country) : undefined;
  return c !== undefined && /^[A-Z]{3}$/.test(c) ? c : undefined;
}

/**
 * A country's name before a lower-case group noun says the group's sector as a nationality word does
 * ("U.S. troops" USAMIL, "a top U.S. official" USAGOV, "the Mozambique government" MOZGOV; over one
 * describing word: "Iraq government forces"); a country's name joined by "and" to a nationality or
 * country word takes the sector that word has ("U.S. and Russian negotiators": USAGOV and RUSGOV;
 * nationality words joined before one noun take its sector when found, demonyms.ts sectorAfter:
 * "Hungarian and Romanian officials"); a demonym's plural alone is the people, CVL (`peopleOf`).
 * Mutates the founds in place.
 */
export function countryGroups(view: DocView, founds: readonly Found[]): void {
  const { tokens } = view;
  const byStart = new Map<number, Found>();
  const byEnd = new Set<number>();
  for (const f of founds) {
    byStart.set(f.firstToken, f);
    byEnd.add(f.endToken);
  }
  for (const f of founds) {
    const country = countryWord(f);
    if (country === undefined || f.kind !== 'name' || f.actor !== undefined) continue;
    const next = tokens[f.endToken];
    if (next === undefined || next.sentence !== tokens[f.firstToken]!.sentence || isCapitalised(view, f.endToken)) continue;
    const after = tokens[f.endToken + 1];
    const sector = GROUP_SECTORS.get(next.normal) ?? (after !== undefined && after.sentence === next.sentence && (next.pos === 'ADJ' || next.pos === 'NOUN') && !isCapitalised(view, f.endToken + 1) ? sectorOverWord(next.normal, after.normal) : undefined);
    if (sector !== undefined) f.actor = country + sector;
  }
  for (const f of founds) if (peopleOf(view, f, byEnd)) f.actor = `${countryWord(f)}CVL`;
  // Why after the passes above: the second word's sector must be known ("U.S. and Russian negotiators").
  // A country's name only: a nationality word takes the noun's sector across its list when found (demonyms.ts sectorAfter).
  for (const f of founds) {
    const country = countryWord(f);
    if (country === undefined || f.kind !== 'name' || (f.actor !== undefined && f.actor !== country) || tokens[f.endToken]?.normal !== 'and') continue;
    const second = byStart.get(f.endToken + 1);
    const sector = second !== undefined && countryWord(second) !== undefined && second.actor !== undefined ? second.actor.slice(3) : '';
    if (sector !== '' && /^[A-Z]{3}$/.test(sector)) f.actor = country + sector;
  }
  // Why last: the sectors of the words before must be settled.
  for (const f of founds) counterpartSector(view, founds, f);
}

/** The nouns of an office holder facing another: GROUP_SECTORS gives them GOV, the default when the sentence names no side's sector. */
const COUNTERPART_NOUNS = new Set(['counterpart', 'counterparts']);

/**
 * A counterpart is of the sector of whom they face: the nationality or country word before
 * "counterpart(s)" takes the sector of the nearest coded actor of another country before it in its
 * sentence ("Russian students met their American counterparts": USAEDU, "Chinese business leaders
 * … their Japanese counterparts": JPNBUS); with none, GOV stays. Mutates `f`.
 */
function counterpartSector(view: DocView, founds: readonly Found[], f: Found): void {
  const { tokens } = view;
  const country = countryWord(f);
  if (country === undefined || !COUNTERPART_NOUNS.has(tokens[f.endToken]?.normal ?? '')) return;
  const sentence = tokens[f.firstToken]!.sentence;
  const faced = founds.filter((g) => g.endToken <= f.firstToken && tokens[g.firstToken]!.sentence === sentence && g.actor !== undefined && g.actor.length === 6 && !g.actor.startsWith(country)).at(-1);
  const sector = faced?.actor!.slice(3);
  if (sector !== undefined && /^[A-Z]{3}$/.test(sector)) f.actor = country + sector;
}
