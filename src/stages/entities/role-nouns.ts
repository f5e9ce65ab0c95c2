import { capitalProvesNothing, isCapitalised, type DocView } from './doc-view.js';
import type { Found } from './found.js';
import { POSSESSIVE } from './locales/en/lexicon.js';

const words = (list: string): string[] => list.trim().split(/\s+/);
/** Each word of `list` paired with one CAMEO sector. */
const inSector = (sector: string, list: string): (readonly [string, string])[] => words(list).map((w) => [w, sector] as const);

/**
 * Lower-case nouns for what a person is, with the CAMEO sector they put the person in (empty: no
 * sector of their own, the nationality alone). Right before an unknown name they make it a person:
 * "suspected British militant Haroon Rashid Aswad", "Niger's ambassador Brah Mohamane".
 */
export const ROLE_SECTORS: ReadonlyMap<string, string> = new Map([
  ...inSector('GOV', 'minister ambassador envoy diplomat negotiator official president premier governor mayor secretary secretary-general chancellor vice-president emissary consul counterpart dictator strongman'),
  ...inSector('REB', 'militant rebel guerrilla guerilla insurgent separatist militiaman gunman'),
  ...inSector('MIL', 'soldier commander general colonel officer'),
  ...inSector('COP', 'policeman policewoman'),
  ...inSector('OPP', 'dissident'),
  ...inSector('MED', 'journalist reporter correspondent editor photographer'),
  ...inSector('JUD', 'judge prosecutor'),
  ...inSector('LEG', 'lawmaker legislator senator parliamentarian congressman'),
  ...inSector('REL', 'cleric imam bishop priest archbishop rabbi preacher'),
  ...inSector('BUS', 'businessman businesswoman tycoon banker industrialist'),
  ...inSector('EDU', 'student professor academic'),
  ...inSector('REF', 'refugee'),
  ...inSector('', 'activist campaigner lawyer writer author poet filmmaker citizen national suspect hostage prisoner worker'),
]);

/** Words before a role noun that put its holder in their sector ("opposition leader", "army commander", "police chief"). */
export const SECTOR_MODIFIERS: ReadonlyMap<string, string> = new Map([
  ['opposition', 'OPP'], ['religious', 'REL'], ['army', 'MIL'], ['military', 'MIL'], ['police', 'COP'], ['rebel', 'REB'], ['separatist', 'REB'], ['guerrilla', 'REB'], ['insurgent', 'REB'], ['militia', 'REB'], ['government', 'GOV'], ['state', 'GOV'], ['union', 'LAB'], ['labour', 'LAB'], ['labor', 'LAB'],
]);

/** Role nouns that name a leader of whatever the words before say ("rebel leader", "police chief"); alone they mean the government. */
export const HEAD_NOUNS = new Set(words('leader chief head spokesman spokeswoman spokesperson aide adviser advisor'));

/** Lower-case words that may stand between a nationality and the role noun ("Nigerian junior foreign minister", a portfolio: "the Syrian information minister", a level: "an Afghan provincial governor"). */
export const MODIFIERS = new Set(words(`
  suspected alleged junior senior top chief deputy foreign defence defense interior finance trade justice
  security intelligence prominent leading veteran exiled jailed detained imprisoned wanted accused convicted
  kidnapped captured slain radical moderate hardline hard-line influential self-styled fellow key islamist
  islamic muslim christian former then acting interim retired ousted deposed elected party human rights peace
  prime vice assistant presidential provincial regional district local municipal high-ranking
  information health oil petroleum energy agriculture education economy economic industry commerce transport
  communications culture tourism environment housing planning water mining fisheries sports youth home immigration treasury`));

/** Words before a role that say the person no longer holds it: the country stays, the sector goes. */
export const PAST = new Set(['former', 'ousted', 'deposed', 'retired', 'then']);

/**
 * The country and sector the words before an unknown name give it, and whether they make it a
 * person: a role noun right before the name, and before that (over modifiers) a nationality word
 * or a country, with or without "'s". Mutates the founds in place.
 */
export function roleNouns(view: DocView, founds: readonly Found[]): void {
  const { tokens } = view;
  const byEndToken = new Map<number, Found>();
  for (const f of founds) byEndToken.set(f.endToken, f);
  for (const f of founds) {
    if (f.entry !== undefined || f.kind !== 'name' || f.titleActor !== undefined) continue;
    if (f.type !== 'PERSON' && !(f.type === 'ORG' && f.guess !== undefined)) continue;
    const sentence = tokens[f.firstToken]!.sentence;
    const role = tokens[f.firstToken - 1];
    // Not a verb of the same spelling ("used to head Rosatom"), nor a name that only modifies a noun after it ("the official Czechoslovak news agency").
    if (!role || role.sentence !== sentence || role.pos === 'VERB' || isCapitalised(view, f.firstToken - 1) || !(ROLE_SECTORS.has(role.normal) || HEAD_NOUNS.has(role.normal))) continue;
    const next = tokens[f.endToken];
    if (next && next.sentence === sentence && (next.pos === 'NOUN' || next.pos === 'ADJ') && !isCapitalised(view, f.endToken)) continue;
    f.type = 'PERSON';
    delete f.guess;
    if (f.country !== undefined) continue;
    // Back over the role words and modifiers to the nationality or country that owns them.
    let sector: string | undefined;
    let past = false;
    let j = f.firstToken - 1;
    for (; j >= 0 && f.firstToken - j <= 5; j--) {
      const t = tokens[j]!;
      if (t.sentence !== sentence) break;
      // A faith or people word with no country of its own stands between the nationality and the role: "Iraqi Shiite cleric X".
      if (isCapitalised(view, j)) {
        const word = byEndToken.get(j + 1);
        if (word !== undefined && word.type === 'NORP' && word.country === undefined && word.firstToken === j && j < f.firstToken - 1) continue;
        // A sentence's first word is capitalised whatever it is: "Former Chilean dictator X" is a past role.
        if (!capitalProvesNothing(view, j) || !(PAST.has(t.normal) || MODIFIERS.has(t.normal))) break;
      }
      if (!ROLE_SECTORS.has(t.normal) && !HEAD_NOUNS.has(t.normal) && !MODIFIERS.has(t.normal) && !SECTOR_MODIFIERS.has(t.normal)) break;
      // The word nearest the owner says most: "rebel leader" is a rebel, "foreign minister" a minister.
      const own = ROLE_SECTORS.get(t.normal) ?? SECTOR_MODIFIERS.get(t.normal);
      if (own !== undefined && own !== '') sector = own;
      if (PAST.has(t.normal)) past = true;
    }
    const possessive = POSSESSIVE.test(tokens[j]?.normal ?? '') ? j : j + 1;
    const owner = byEndToken.get(possessive);
    // "former Chilean dictator X": a past word before the nationality ends the role as one after it does.
    if (owner !== undefined && PAST.has(tokens[owner.firstToken - 1]?.normal ?? '')) past = true;
    const code = owner?.kind === 'norp' || owner?.entry?.id.startsWith('country:') ? (owner.country ?? owner.entry?.country) : undefined;
    if (sector === undefined && HEAD_NOUNS.has(role.normal)) sector = 'GOV';
    if (code === undefined || !/^[A-Z]{3}$/.test(code)) {
      // No owner: the article's sole country may be the person's (sole-country.ts), with the role's sector.
      if (f.type === 'PERSON' && owner === undefined) f.roleSector = past || sector === undefined ? '' : sector;
      continue;
    }
    f.country = code;
    f.actor = past || sector === undefined ? code : code + sector;
  }
}
