import { foldDiacritics } from './fold.js';
import type { EntryList } from './entry-list.js';
import type { KbEntry } from './kb-entry.js';

/** One name of an entry as the matcher sees it. */
export interface KbName {
  /** The name as written in the KB, with ’ folded to '. */
  readonly text: string;
  /** Lower-case, diacritics folded ("erdogan" for "Erdoğan"), same length as `text`. */
  readonly lower: string;
  /** All-capital names (NATO, US) match only with the same case, so "us" never becomes the United States. */
  readonly exactCase: boolean;
  readonly kind: 'name' | 'demonym';
  readonly entry: KbEntry;
}

/** Names keyed by their first (up to) four lower-case characters, longest names first in each bucket. */
export interface KbIndex {
  /** The names whose key is `key`, longest first (built on first use: most keys are never looked up in a run). */
  bucket(key: string): readonly KbName[] | undefined;
  /** Heads of state/government and ministers by `COUNTRY|title`, for descriptions like "the Russian leader". */
  readonly byRole: ReadonlyMap<string, readonly KbEntry[]>;
  /** Lower-case first words of people's names ("vladimir", "joe"): an unknown "Joe Smith" is then a person. */
  readonly firstNames: ReadonlySet<string>;
}

/** The key length: long enough to keep buckets small, short enough for two-letter names (US, EU). */
export const KEY_LENGTH = 4;

/** Folds typographic apostrophes so "Putin’s" and "Putin's" match alike. */
export function foldQuotes(text: string): string {
  return text.replace(/[’‘]/g, "'");
}

const HAS_LOWER = /\p{Ll}/u;
const TWO_UPPER = /\p{Lu}[^\p{Lu}]*\p{Lu}/u;

/** True for names in capitals: no lower-case letter and at least two capitals ("US", "U.S.", "NATO"; not "X"). */
function allCapitals(text: string): boolean {
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Outside ASCII, let the Unicode classes decide.
    if (c >= 128) return !HAS_LOWER.test(text) && TWO_UPPER.test(text);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) capitals++;
  }
  return capitals >= 2;
}

function nameOf(text: string, kind: KbName['kind'], entry: KbEntry): KbName {
  const folded = text.includes('’') || text.includes('‘') ? foldQuotes(text) : text;
  // Diacritics folded before lower-casing, which keeps the length ('İ' would lower-case to two units).
  return { text: folded, lower: foldDiacritics(folded).toLowerCase(), exactCase: allCapitals(folded), kind, entry };
}

/** Where a name is: its entry, and -1 for the canonical name, -2-n for demonym n, n for alias n. */
function nameText(entry: KbEntry, slot: number): { text: string; kind: KbName['kind'] } {
  if (slot === -1) return { text: entry.name, kind: 'name' };
  if (slot <= -2) return { text: entry.demonyms![-2 - slot]!, kind: 'demonym' };
  return { text: entry.aliases![slot]!, kind: 'name' };
}

/** The lookup key of a name: its first four characters, diacritics folded, lower-cased. */
function keyOf(text: string): string {
  const head = text.slice(0, KEY_LENGTH);
  return foldDiacritics(head.includes('’') || head.includes('‘') ? foldQuotes(head) : head).toLowerCase();
}

/**
 * The name index's data: for each key, the (entry index, name slot) pairs of the names under it,
 * in list order, and the first words of people's names. Built from the list by `nameRefs`, or read
 * from the shipped `data/kb/name-index.json`, which `scripts/build-kb-index.ts` writes the same way.
 */
export interface NameRefs {
  readonly keys: Readonly<Record<string, readonly number[]>>;
  readonly firstNames: readonly string[];
}

/** Collects the name refs of every entry of the list: the costly pass, over some 53,000 names. */
export function nameRefs(list: EntryList): NameRefs {
  const keys: Record<string, number[]> = Object.create(null);
  const firstNames = new Set<string>();
  const add = (text: string, entryIndex: number, slot: number): void => {
    if (text.length < 2) return;
    const key = keyOf(text);
    const refs = keys[key];
    if (refs) refs.push(entryIndex, slot);
    else keys[key] = [entryIndex, slot];
  };
  for (let n = 0; n < list.size; n++) {
    const name = list.name(n);
    add(name, n, -1);
    list.aliases(n)?.forEach((text, i) => {
      if (text !== name) add(text, n, i);
    });
    list.demonyms(n)?.forEach((text, i) => add(text, n, -2 - i));
    if (list.isPerson(n) && name.includes(' ')) firstNames.add(name.slice(0, name.indexOf(' ')).toLowerCase());
  }
  return { keys, firstNames: [...firstNames] };
}

/**
 * Builds the name index (once per process) from the list and its name refs. Loading only records,
 * per key, which entry and which of its names fall under it (numbers, no objects); a bucket's
 * names, and the entries behind them, are made and sorted when the matcher first asks for its key.
 */
export function buildKbIndex(list: EntryList, refs: NameRefs = nameRefs(list)): KbIndex {
  const byRole = new Map<string, KbEntry[]>();
  // Only made (curated and user) entries carry role titles; the lazy rows have none.
  for (let n = 0; n < list.size; n++) {
    for (const role of list.made(n)?.roles ?? []) {
      if (!role.title) continue;
      const roleKey = `${role.actor.slice(0, 3)}|${role.title}`;
      const holders = byRole.get(roleKey);
      if (holders) holders.push(list.entry(n));
      else byRole.set(roleKey, [list.entry(n)]);
    }
  }
  // Keys without names are remembered too (as null): most capitalised words start no KB name.
  const built = new Map<string, KbName[] | null>();
  const bucket = (key: string): readonly KbName[] | undefined => {
    const done = built.get(key);
    if (done !== undefined) return done ?? undefined;
    if (!Object.hasOwn(refs.keys, key)) {
      built.set(key, null);
      return undefined;
    }
    const under = refs.keys[key]!;
    const names: KbName[] = [];
    for (let i = 0; i < under.length; i += 2) {
      const entry = list.entry(under[i]!);
      const { text, kind } = nameText(entry, under[i + 1]!);
      names.push(nameOf(text, kind, entry));
    }
    // Longest first, so the matcher takes "New York Times" before "New York".
    names.sort((a, b) => b.lower.length - a.lower.length);
    built.set(key, names);
    return names;
  };
  return { bucket, byRole, firstNames: new Set(refs.firstNames) };
}
