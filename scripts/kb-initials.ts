/**
 * The initials wire reports use for armed groups the Phoenix dictionaries name only in full
 * ("National Patriotic Front of Liberia" → "NPFL"): each rebel body (a code with REB) gets the
 * capitals of its primary name's words as an alias, when they are four letters or more, have fewer
 * than two vowels (so cannot be read as a word) and are no other name of the KB, no English word and
 * no other group's initials. Used by scripts/build-kb.ts.
 */
import type { KbEntry } from '../src/knowledge/kb-entry.js';
import { foldDiacritics } from '../src/knowledge/fold.js';

/** Words an acronym skips ("Front for the Liberation of …"). */
const SKIPPED = new Set(['of', 'the', 'for', 'and', 'in', 'on', 'to', 'de', 'la', 'du', 'des', 'el', 'al']);

/** Initials with two vowels or more may be read as a word, and are often another's ("ASAP" is no Italian group). */
const READ_AS_WORD = /^(?:[^AEIOU]*[AEIOU]){2}/;

/** The initials of a name of three or more significant words, or undefined. */
function initials(name: string): string | undefined {
  const words = name.split(/[\s-]+/).filter((w) => w !== '' && !SKIPPED.has(w.toLowerCase()));
  if (words.length < 3 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return words.map((w) => w[0]!).join('');
}

/**
 * Adds initials to the rebel bodies of `entries` (a new list; the others unchanged). `known` holds
 * the lower-case names the KB has already, `words` lower-case English words.
 */
export function withInitials(entries: readonly KbEntry[], known: ReadonlySet<string>, words: ReadonlySet<string>): KbEntry[] {
  const proposed = new Map<string, KbEntry[]>();
  for (const e of entries) {
    if (e.type !== 'ORG' || !(e.actor ?? '').includes('REB')) continue;
    // Only the primary name, and four letters or more: three-letter initials of aliases (translations) are other bodies' too (CAF, APS, RFC).
    for (const name of [e.name]) {
      const letters = initials(name);
      if (letters === undefined || !/^[A-Z]{4,}$/.test(letters) || READ_AS_WORD.test(letters) || (e.aliases ?? []).includes(letters) || e.name === letters) continue;
      const lower = foldDiacritics(letters.toLowerCase());
      if (known.has(lower) || words.has(lower)) continue;
      const owners = proposed.get(letters) ?? [];
      if (!owners.includes(e)) owners.push(e);
      proposed.set(letters, owners);
    }
  }
  const added = new Map<KbEntry, string[]>();
  for (const [letters, owners] of proposed) if (owners.length === 1) added.set(owners[0]!, [...(added.get(owners[0]!) ?? []), letters]);
  return entries.map((e) => (added.has(e) ? { ...e, aliases: [...(e.aliases ?? []), ...added.get(e)!] } : e));
}
