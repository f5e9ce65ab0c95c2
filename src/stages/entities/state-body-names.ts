import type { DocView } from './doc-view.js';
import type { Found } from './found.js';
import { placeFound } from './people-states.js';
import { officeHoldersCountry, placeCountry } from './state-bodies.js';

/**
 * Head words of the names a state gives its own bodies, with their CAMEO sector (PETRARCH agents:
 * MINISTRY [~GOV], PARLIAMENT, LEGISLATURE [~LEG]): "the Foreign Ministry", "the Ministry of
 * Interior", "the National Assembly", "State Duma". A commission is the state's only as an
 * election's (ELECTION_WORDS): others are as often a firm's or a forum's.
 */
const NAME_HEAD_SECTORS: ReadonlyMap<string, string> = new Map([
  ['ministry', 'GOV'],
  ['commission', 'GOV'],
  ['assembly', 'LEG'],
  ['parliament', 'LEG'],
  ['duma', 'LEG'],
  ['senate', 'LEG'],
]);

/** Words that make a commission the state's own: it runs the state's elections. */
const ELECTION_WORDS = new Set(['election', 'electoral', 'elections']);

/** The head of a name: its last word, or the word before "of" ("Ministry of Interior"). */
function headOf(view: DocView, f: Found): number {
  for (let k = f.firstToken + 1; k < f.endToken; k++) if (view.tokens[k]!.normal === 'of') return k - 1;
  return f.endToken - 1;
}

/**
 * Codes an unknown name of a state's body with no country word of its own ("the Foreign Ministry",
 * "the Central Election Commission", "the National Assembly") as the country of the place named
 * right after it ("the National Assembly in Paris": where it sits; an unknown place says nothing),
 * else the state of the office holders named before it in its clause (officeHoldersCountry, known
 * people by their role on `date`: "Indian Prime Minister Narendra Modi asked the Foreign Ministry"),
 * else the article's sole country (`sole`): a release names its own state's bodies bare. Left as it is when no state is sure (two states' office holders, or two countries in
 * the article and none in the sentence), and when a name stands right before ("the Ukrainian
 * Foreign Ministry", whose word is its owner). Mutates the founds in place; KB bodies and names
 * already coded are untouched.
 */
export function stateBodyNames(view: DocView, founds: readonly Found[], sole: string | undefined, date: string | undefined): void {
  const { tokens } = view;
  let ends: Set<number> | undefined;
  let byStart: Map<number, Found> | undefined;
  for (const f of founds) {
    if (f.entry !== undefined || f.actor !== undefined || f.country !== undefined || f.kind !== 'name' || f.type !== 'ORG') continue;
    const head = headOf(view, f);
    const sector = NAME_HEAD_SECTORS.get(tokens[head]!.normal);
    if (sector === undefined) continue;
    if (tokens[head]!.normal === 'commission' && !tokens.slice(f.firstToken, head).some((t) => ELECTION_WORDS.has(t.normal))) continue;
    ends ??= new Set(founds.map((x) => x.endToken));
    if (ends.has(f.firstToken)) continue;
    byStart ??= new Map(founds.map((x) => [x.firstToken, x]));
    // Why the place comes first: a body sits where it is placed, whoever addresses it ("Li Keqiang addressed the National Assembly in Paris").
    const place = placeFound(view, f.endToken, byStart) ?? placeFound(view, f.endToken, byStart, 'of');
    const country = place === undefined ? (officeHoldersCountry(view, founds, f.firstToken, date) ?? sole) : placeCountry(place);
    if (country === undefined || !/^[A-Z]{3}$/.test(country)) continue;
    f.country = country;
    f.actor = country + sector;
  }
}
