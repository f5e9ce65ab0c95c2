import type { KbEntry } from '../../knowledge/kb-entry.js';
import { roleOn } from '../../knowledge/roles.js';
import type { Found } from './found.js';
import { ORG_HEADS } from './locales/en/lexicon.js';
import { BEFORE_TITLE, NOT_IN_OFFICE, OFFICE_HEADS } from './titles.js';

/** The office heads of titles.ts as a headline writes them ("President|Prime|…"). */
const HEADS = [...OFFICE_HEADS].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');

/**
 * A bare state-office title right before a name, at the end of a headline's text before it: capitalised
 * title words ending in an office head, titles joined by "and" ("First Deputy Prime Minister and
 * Finance Minister"). Why anchored at the end: the title must touch the name.
 */
const OFFICE_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}'’-])((?:\\p{Lu}[\\p{L}-]* )*?(?:${HEADS})(?: and (?:\\p{Lu}[\\p{L}-]* )*?(?:${HEADS}))?) $`, 'u');

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

/** Every place the name occurs in the headline as a whole word. */
function nameAt(headline: string, name: string): number[] {
  const at: number[] = [];
  for (let k = headline.indexOf(name); k !== -1; k = headline.indexOf(name, k + 1)) {
    const after = headline[k + name.length];
    if (after === undefined || !WORD_CHAR.test(after)) at.push(k);
  }
  return at;
}

/**
 * The known people the body names whom the KB has out of office (ELI) on the article's date while
 * the document's headline gives them a bare state office ("… met First Deputy Prime Minister and
 * Finance Minister Mikhail Kasyanov", a headline kept apart from the text: the Kremlin's records):
 * entry id → GOV, which stands over ELI for the day as a bare title in the text does. The KB's
 * dictionaries often start a career's roles late (Kasyanov's government roles in May 2000); the
 * headline is the article's own word. Nothing when there is no headline or no such person.
 */
export function headlineOffices(headline: string | undefined, founds: readonly Found[], date: string | undefined): Map<string, string> {
  const offices = new Map<string, string>();
  if (headline === undefined) return offices;
  for (const f of founds) {
    const entry: KbEntry | undefined = f.entry;
    if (f.type !== 'PERSON' || f.kind !== 'name' || entry === undefined || offices.has(entry.id)) continue;
    const code = roleOn(entry, date)?.actor ?? entry.actor;
    if (code === undefined || !code.endsWith('ELI')) continue;
    for (const name of [entry.name, ...(entry.aliases ?? [])]) {
      const held = nameAt(headline, name).some((k) => {
        const m = OFFICE_BEFORE.exec(headline.slice(0, k));
        // A lower-case past or future word before the capitalised title counts too ("met former Prime Minister …").
        return m !== null && !notHeld(m[1]!) && !PAST_BEFORE.test(headline.slice(0, k - m[1]!.length - 1));
      });
      if (held) {
        offices.set(entry.id, 'GOV');
        break;
      }
    }
  }
  return offices;
}
