import { isCapitalised, type DocView } from './doc-view.js';
import type { Found } from './found.js';
import { TITLE_WORDS } from './locales/en/lexicon.js';

/** Past or future words before a title: its holder is out of the office, or not in it yet ("former", "incoming", "would-be"). */
export const BEFORE_TITLE: ReadonlySet<string> = new Set(['former', 'ex', 'then', 'late', 'incoming', 'outgoing', 'would-be']);
/** Titles that put their holder in a sector other than the government (CAMEO sector codes). */
const TITLE_SECTORS: ReadonlyMap<string, string> = new Map([
  ...['general', 'gen.', 'gen', 'admiral', 'adm.', 'adm', 'marshal', 'colonel', 'col.', 'col', 'commander', 'commander-in-chief', 'lieutenant', 'lt.', 'lt', 'major', 'maj.', 'maj', 'captain', 'capt.', 'capt'].map((w) => [w, 'MIL'] as const),
  ...['senator', 'sen.', 'congressman', 'congresswoman', 'rep.', 'representative', 'speaker'].map((w) => [w, 'LEG'] as const),
  // Phoenix agents: PROSECUTOR [~JUD], PROSECUTOR_GENERAL [~GOVJUD]; a procurator is the same office in translations from Russian, Ukrainian and Chinese.
  ...['judge', 'justice', 'prosecutor', 'procurator'].map((w) => [w, 'JUD'] as const),
  // An Orthodox metropolitan is a bishop of a see ("Metropolitan Onufry of Kiev"), as a patriarch is.
  ...['pope', 'cardinal', 'archbishop', 'bishop', 'patriarch', 'metropolitan', 'ayatollah', 'imam', 'rabbi'].map((w) => [w, 'REL'] as const),
  ...['ceo', 'cfo', 'chief-executive', 'executive', 'founder'].map((w) => [w, 'BUS'] as const),
]);
/** Words before a title that say its holder no longer holds it: the title's actor is not theirs now. */
const PAST_TITLE = new Set(['former', 'ex', 'late', 'ex-president']);

/**
 * The actor a title names: an organisation's own code ("NATO Secretary General" → IGOWSTNAT), or
 * the country of a country or nationality word with the title's sector ("Russian President" →
 * RUSGOV, "Israeli General" → ISRMIL). Undefined for a past title ("former US President").
 */
function titleActor(tokens: DocView['tokens'], first: number, nameStart: number, owners: OwnerIndex): { actor: string; country: string } | undefined {
  if (PAST_TITLE.has(tokens[first]!.normal)) return undefined;
  const owner = firstOwner(owners, first, nameStart);
  const country = owner?.country ?? owner?.entry?.country;
  if (!owner || !country) return undefined;
  if (owner.type === 'ORG') {
    // An international body counts by its own name or acronym, not by a generic alias ("Security Council" is also Russia's).
    const actor = owner.actor ?? owner.entry?.actor;
    const generic = owner.entry !== undefined && !/^[A-Z]{3}$/.test(country) && owner.surface !== owner.entry.name && !/^[\p{Lu}.]+$/u.test(owner.surface);
    return actor && !generic ? { actor, country } : undefined;
  }
  if (!/^[A-Z]{3}$/.test(country)) return undefined;
  return { actor: country + titleSector(tokens, owner.endToken, nameStart), country };
}

/** The founds that are not persons, by first token, each with its place in article order. */
type OwnerIndex = ReadonlyMap<number, readonly { order: number; found: Found }[]>;

/** Indexes the founds that are not persons by first token (persons never own a title; the titles below only move persons). */
function indexOwners(founds: readonly Found[]): OwnerIndex {
  const owners = new Map<number, { order: number; found: Found }[]>();
  founds.forEach((found, order) => {
    if (found.type === 'PERSON') return;
    const list = owners.get(found.firstToken);
    if (list === undefined) owners.set(found.firstToken, [{ order, found }]);
    else list.push({ order, found });
  });
  return owners;
}

/** The first found in article order that lies within tokens `first` to `end` and is not a person. */
function firstOwner(owners: OwnerIndex, first: number, end: number): Found | undefined {
  let best: { order: number; found: Found } | undefined;
  for (let k = first; k < end; k++) {
    for (const o of owners.get(k) ?? []) if (o.found.endToken <= end && (best === undefined || o.order < best.order)) best = o;
  }
  return best?.found;
}

/** The CAMEO sector the title words from token `from` to `to` put their holder in: GOV unless one names another ("Judge" JUD, "General" MIL). */
export function titleSector(tokens: DocView['tokens'], from: number, to: number): string {
  let sector = 'GOV';
  for (let k = from; k < to; k++) {
    // "General" after an office that is no military rank qualifies it ("Prosecutor General", "Prosecutor-General", "Attorney General"): no general's rank.
    const before = tokens[k - 1]?.normal === '-' ? k - 2 : k - 1;
    if (POSTPOSITIVE.has(tokens[k]!.normal) && before >= from && TITLE_WORDS_BEFORE_GENERAL.has(tokens[before]!.normal)) continue;
    sector = TITLE_SECTORS.get(tokens[k]!.normal) ?? sector;
  }
  return sector;
}

/** "General" as an office's qualifier after the office word, not a rank. */
const POSTPOSITIVE = new Set(['general', 'gen.', 'gen']);
/** Office words that "General" may qualify: a prosecutor, attorney, secretary, governor, auditor, inspector, consul or director general. */
const TITLE_WORDS_BEFORE_GENERAL = new Set(['prosecutor', 'attorney', 'secretary', 'governor', 'auditor', 'inspector', 'consul', 'director', 'solicitor', 'procurator']);

/**
 * Takes the titles before a person's name into the mention: "Russian President Vladimir Putin",
 * "former US President Donald Trump", "NATO Secretary General Mark Rutte". The country, NORP or
 * organisation inside stays a mention of its own. Mutates the person founds in place.
 */
export function extendTitles(view: DocView, founds: Found[]): void {
  const { tokens } = view;
  const byEndToken = new Map<number, Found>();
  for (const f of founds) byEndToken.set(f.endToken, f);
  const dropped = new Set<Found>();
  // Built once: a titled person's owner is looked up by token, not by a scan of all founds per person.
  const owners = indexOwners(founds);
  for (const person of founds) {
    if (person.type !== 'PERSON' || person.kind !== 'name') continue;
    const sentence = tokens[person.firstToken]!.sentence;
    let first = person.firstToken;
    let sawTitle = false;
    let sawOwner = false;
    for (let j = first - 1; j >= 0 && tokens[j]!.sentence === sentence; j--) {
      const t = tokens[j]!;
      const owner = byEndToken.get(j + 1);
      const titleOf = owner && !sawTitle && tokens[owner.firstToken - 1]?.normal === 'of' && TITLE_WORDS.has(tokens[owner.firstToken - 2]?.normal ?? '');
      if (owner && sawTitle && !sawOwner && portfolio(view, owner) && ministerTitle(tokens, owner.endToken, person.firstToken)) {
        // "Serbian | Labour | Minister Dragan Milovanovic": a minister's portfolio is part of the title, not an organisation.
        dropped.add(owner);
        first = owner.firstToken;
        // "Planning and | Investment": an earlier portfolio joined by "and".
        while (tokens[first - 1]?.normal === 'and' && PORTFOLIOS.has(tokens[first - 2]?.normal ?? '') && isCapitalised(view, first - 2)) {
          const earlier = byEndToken.get(first - 1);
          if (earlier) dropped.add(earlier);
          first -= 2;
        }
        j = first;
      } else if (owner && owner !== person && owner.type !== 'PERSON' && titleOf && !sawOwner) {
        // "President of Russia Vladimir Putin": the title comes before "of" and its owner.
        let k = owner.firstToken - 2;
        while (k > 0 && TITLE_WORDS.has(tokens[k - 1]!.normal) && isCapitalised(view, k - 1)) k--;
        sawOwner = true;
        sawTitle = true;
        first = k;
        j = k;
      } else if (owner && owner !== person && owner.type !== 'PERSON' && sawTitle && !sawOwner) {
        sawOwner = true;
        j = owner.firstToken;
        first = j;
      } else if (TITLE_WORDS.has(t.normal) && isCapitalised(view, j) && !sawOwner) {
        sawTitle = true;
        first = j;
      } else if ((t.normal === 'of' || t.normal === '-') && sawTitle && j > 0 && TITLE_WORDS.has(tokens[j - 1]!.normal)) {
        first = j;
      } else if (BEFORE_TITLE.has(t.normal) && sawTitle) {
        first = j;
        break;
      } else break;
    }
    if (first === person.firstToken) continue;
    const titled = sawOwner ? titleActor(tokens, first, person.firstToken, owners) : undefined;
    if (titled) {
      person.titleActor = titled.actor;
      person.titleCountry = titled.country;
    } else if (!sawOwner && person.entry !== undefined && holdsOffice(tokens, first, person.firstToken)) person.office = titleSector(tokens, first, person.firstToken);
    person.firstToken = first;
    person.start = tokens[first]!.start;
    person.rule = 'entities/en/title-name';
  }
  for (let k = founds.length - 1; k >= 0; k--) if (dropped.has(founds[k]!)) founds.splice(k, 1);
}

/** Head words of a state's elected or appointed office: a title with one of them says its holder holds that office when the article is written. */
// Not ranks or crowns: a retired general and a deposed king keep theirs ("General Wiranto", "King Constantine").
export const OFFICE_HEADS: ReadonlySet<string> = new Set(['president', 'prime', 'premier', 'chancellor', 'minister']);
/** Words in a title that put its holder outside the state's offices, or not in them yet ("Opposition", "Shadow", "President-elect"). */
export const NOT_IN_OFFICE: ReadonlySet<string> = new Set(['president-elect', 'ex-president', 'designate', 'leader', 'chairman', 'chairwoman', 'chair', 'chairperson', 'founder', 'opposition', 'shadow', 'party']);

/** True when the title words from `from` to `to` name a state office held now: an office head, no past or future word ("former", "incoming"), no party or movement role. */
function holdsOffice(tokens: DocView['tokens'], from: number, to: number): boolean {
  if (BEFORE_TITLE.has(tokens[from]!.normal)) return false;
  let head = false;
  for (let k = from; k < to; k++) {
    const word = tokens[k]!.normal;
    if (NOT_IN_OFFICE.has(word) || BEFORE_TITLE.has(word)) return false;
    head ||= OFFICE_HEADS.has(word);
  }
  return head;
}

/** Title words of the offices a portfolio goes with ("Labour Minister", "Health Secretary"); a president or chairman has none ("Chamber of Commerce and Industry President"). */
const PORTFOLIO_HOLDERS = new Set(['minister', 'secretary', 'commissioner']);

/** True when the title words from `first` to `end` name an office with a portfolio (PORTFOLIO_HOLDERS). */
function ministerTitle(tokens: DocView['tokens'], first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (PORTFOLIO_HOLDERS.has(tokens[k]!.normal)) return true;
  return false;
}

/** Ministers' portfolios, words of a title ("Labour Minister", "Planning and Investment Minister"). */
const PORTFOLIOS = new Set(`labour labor health education trade industry energy agriculture agricultural culture transport economy economic
  development planning investment environment information communications commerce tourism housing social welfare immigration
  oil mines mining water fisheries sport sports youth science technology emergencies emergency construction telecommunications
  and`.split(/\s+/));

/** True for an unlinked name made only of portfolio words ("Labour", "Planning and Investment"). */
function portfolio(view: DocView, found: Found): boolean {
  if (found.entry !== undefined || found.kind !== 'name') return false;
  for (let k = found.firstToken; k < found.endToken; k++) if (!PORTFOLIOS.has(view.tokens[k]!.normal)) return false;
  return true;
}
