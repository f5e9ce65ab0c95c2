import type { KbEntry } from '../../knowledge/kb-entry.js';
import { foldDiacritics } from '../../knowledge/fold.js';
import { roleOn } from '../../knowledge/roles.js';
import type { Found } from './found.js';
import { ORG_HEADS } from './locales/en/lexicon.js';
import { BEFORE_TITLE, NOT_IN_OFFICE, OFFICE_HEADS } from './titles.js';

/** The office heads of titles.ts as a headline writes them ("President|Prime|…"). */
const HEADS = [...OFFICE_HEADS].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');
/** Where a title may start: the text's start or a character that is not part of a word. */
const TITLE_START = `(?:^|[^\\p{L}\\p{N}'’-])`;
/** Capitalised title words ending in an office head ("Federal Chancellor", "First Deputy Prime Minister"), as few as can be. */
const TITLE = `(?:\\p{Lu}[\\p{L}-]* )*?(?:${HEADS})`;

/**
 * A bare state-office title right before a name, at the end of a headline's text before it: capitalised
 * title words ending in an office head, titles joined by "and" ("First Deputy Prime Minister and
 * Finance Minister"). Why anchored at the end: the title must touch the name.
 */
const OFFICE_BEFORE = new RegExp(`${TITLE_START}(${TITLE}(?: and ${TITLE})?) $`, 'u');

/**
 * A state-office title that names its state after "of", right before a name ("President of Finland ",
 * "Federal Chancellor of Germany ", "Prime Minister of the Republic of India "): the title words (group 1)
 * and the state's name (group 2), which must be the holder's own country.
 */
const OFFICE_OF = new RegExp(`${TITLE_START}(${TITLE}(?: \\p{Lu}[\\p{L}-]*)?) of (?:the )?(\\p{Lu}[\\p{L}'’-]*(?: (?:of (?:the )?)?\\p{Lu}[\\p{L}'’-]*)*) $`, 'u');

/** A past or future word ending the headline's text before a title ("former", "ex-", "then", "incoming"). */
const PAST_BEFORE = new RegExp(`\\b(?:${[...BEFORE_TITLE].join('|')})[\\s-]*$`, 'i');

/** A letter or digit: a name followed by one is part of a longer word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Organisation heads that name the state's own executive: "Cabinet Minister" is still a state office. */
const STATE_EXECUTIVE = new Set(['government', 'cabinet']);

/**
 * True when a word of the title (or a part of a hyphened one) puts its holder out of a state's
 * office now ("Former", "Ex-Premier", "Opposition", "President-elect"), or names another
 * organisation as the office's owner ("Russian Book Union President", "Olympic Committee
 * President", "World Bank President"): the text's titles.ts refuses an owner before the title too.
 */
function notHeld(title: string): boolean {
  return title
    .toLowerCase()
    .split(' ')
    .some((w) => NOT_IN_OFFICE.has(w) || BEFORE_TITLE.has(w) || w.split('-').some((part) => BEFORE_TITLE.has(part)) || (ORG_HEADS.has(w) && !STATE_EXECUTIVE.has(w)));
}

/** The code of the person's state held on the day when the KB gives none but the bare country, or an elite code: what a headline's office may stand over. */
function standsOver(code: string | undefined, country: string | undefined): boolean {
  return code === undefined ? country !== undefined : code.endsWith('ELI') || code === country;
}

/** Every place the name occurs in the headline as a whole word. */
function nameAt(headline: string, name: string): number[] {
  const at: number[] = [];
  for (let k = headline.indexOf(name); k !== -1; k = headline.indexOf(name, k + 1)) {
    const after = headline[k + name.length];
    if (after === undefined || !WORD_CHAR.test(after)) at.push(k);
  }
  return at;
}

/** True when the headline before offset `k` ends in a bare office title held now (not "former …"). */
function bareOffice(headline: string, k: number): boolean {
  const m = OFFICE_BEFORE.exec(headline.slice(0, k));
  // A lower-case past or future word before the capitalised title counts too ("met former Prime Minister …").
  return m !== null && !notHeld(m[1]!) && !PAST_BEFORE.test(headline.slice(0, k - m[1]!.length - 1));
}

/** True when the headline before offset `k` ends in an office of the holder's own state named after "of" ("President of Finland "). */
function officeOfState(headline: string, k: number, country: string | undefined, stateOf: (name: string) => string | undefined): boolean {
  const m = OFFICE_OF.exec(headline.slice(0, k));
  return m !== null && !notHeld(m[1]!) && country !== undefined && stateOf(m[2]!) === country && !PAST_BEFORE.test(headline.slice(0, m.index + m[0].indexOf(m[1]!) - 1));
}

/**
 * The known people the body names whom the KB has out of office (ELI) on the article's date, or in no
 * role but their country's, while the document's headline gives them a state office, bare ("… met First
 * Deputy Prime Minister and Finance Minister Mikhail Kasyanov", a headline kept apart from the text: the
 * Kremlin's records) or of their own state ("Telephone conversation with President of Finland Sauli
 * Niinisto"): entry id → GOV, which stands over ELI or the bare country for the day as a title in the
 * text does. The KB's dictionaries often start a career's roles late (Kasyanov's government roles in May
 * 2000) or end them early (Niinisto's in 2003); the headline is the article's own word. `stateOf`
 * gives the country code a state's name names. Nothing when there is no headline or no such person.
 */
export function headlineOffices(headline: string | undefined, founds: readonly Found[], date: string | undefined, stateOf: (name: string) => string | undefined): Map<string, string> {
  const offices = new Map<string, string>();
  if (headline === undefined) return offices;
  // Folded, same length: the KB writes "Niinisto", the headline "Niinistö".
  const folded = foldDiacritics(headline);
  for (const f of founds) {
    const entry: KbEntry | undefined = f.entry;
    if (f.type !== 'PERSON' || f.kind !== 'name' || entry === undefined || offices.has(entry.id)) continue;
    if (!standsOver(roleOn(entry, date)?.actor ?? entry.actor, entry.country)) continue;
    for (const name of [entry.name, ...(entry.aliases ?? [])]) {
      if (nameAt(folded, foldDiacritics(name)).some((k) => bareOffice(headline, k) || officeOfState(headline, k, entry.country, stateOf))) {
        offices.set(entry.id, 'GOV');
        break;
      }
    }
  }
  return offices;
}
