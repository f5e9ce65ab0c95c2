/**
 * The hyphenated spellings wire services give Korean and Taiwanese names that the Phoenix
 * dictionaries write as three words: "Kim Dae Jung" is "Kim Dae-jung" in AP, Reuters and AFP copy,
 * "Lee Teng Hui" "Lee Teng-hui". Each such person gets the family name and the joined given name as
 * aliases. Used by scripts/build-kb.ts (development time only).
 */
import type { KbEntry } from '../src/knowledge/kb-entry.js';

/** States whose people's given names the wire joins with a hyphen. */
const HYPHEN_STATES = new Set(['KOR', 'PRK', 'TWN']);

/** A name of three capitalised words of letters only ("Kim Dae Jung"). */
const THREE_WORDS = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)$/u;

/** The wire's spellings of a three-word name: "Kim Dae-jung" and "Kim Dae-Jung"; none for other names. */
function hyphenated(name: string): string[] {
  const m = THREE_WORDS.exec(name);
  return m ? [`${m[1]} ${m[2]}-${m[3]!.toLowerCase()}`, `${m[1]} ${m[2]}-${m[3]}`] : [];
}

/** Adds the hyphenated spellings to each person of those states (a new list; other entries unchanged). */
export function withHyphenatedNames(entries: readonly KbEntry[]): KbEntry[] {
  return entries.map((e) => {
    if (e.type !== 'PERSON' || !HYPHEN_STATES.has(e.country ?? '')) return e;
    const names = [e.name, ...(e.aliases ?? [])];
    const added = names.flatMap(hyphenated).filter((n) => !names.includes(n));
    return added.length === 0 ? e : { ...e, aliases: [...(e.aliases ?? []), ...new Set(added)] };
  });
}
