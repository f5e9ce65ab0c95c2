import { foldDiacritics } from './fold.js';
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
  readonly buckets: ReadonlyMap<string, readonly KbName[]>;
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

/** Builds the name index of a set of entries (done once per process). */
export function buildKbIndex(entries: Iterable<KbEntry>): KbIndex {
  const buckets = new Map<string, KbName[]>();
  const byRole = new Map<string, KbEntry[]>();
  const firstNames = new Set<string>();
  const add = (name: KbName): void => {
    if (name.lower.length < 2) return;
    const key = name.lower.slice(0, KEY_LENGTH);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(name);
    else buckets.set(key, [name]);
  };
  for (const entry of entries) {
    add(nameOf(entry.name, 'name', entry));
    for (const text of entry.aliases ?? []) if (text !== entry.name) add(nameOf(text, 'name', entry));
    for (const text of entry.demonyms ?? []) add(nameOf(text, 'demonym', entry));
    if (entry.type === 'PERSON' && entry.name.includes(' ')) firstNames.add(entry.name.slice(0, entry.name.indexOf(' ')).toLowerCase());
    for (const role of entry.roles ?? []) {
      if (!role.title) continue;
      const key = `${role.actor.slice(0, 3)}|${role.title}`;
      const list = byRole.get(key);
      if (list) list.push(entry);
      else byRole.set(key, [entry]);
    }
  }
  // Longest first, so the matcher takes "New York Times" before "New York".
  for (const bucket of buckets.values()) bucket.sort((a, b) => b.lower.length - a.lower.length);
  return { buckets, byRole, firstNames };
}
