/**
 * The British spellings of organisations' names the Phoenix dictionaries write the American way:
 * wire services (Reuters, AFP) write "Organisation of African Unity", "Organisation for Economic
 * Co-operation and Development", "Non-Aligned". Each organisation gets its names' other spelling as
 * an alias. Used by scripts/build-kb.ts.
 */
import type { KbEntry } from '../src/knowledge/kb-entry.js';

/** Whole words spelled one way in American and another in British English, as organisations' names use them. */
const SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/\bOrganization\b/g, 'Organisation'],
  [/\bCooperation\b/g, 'Co-operation'],
  [/\bDefense\b/g, 'Defence'],
  [/\bCenter\b/g, 'Centre'],
  [/\bLabor\b/g, 'Labour'],
  [/\bNon Aligned\b/g, 'Non-Aligned'],
];

/** A name's spelling with every listed word replaced, or undefined when it has none. */
function britishSpelling(name: string): string | undefined {
  let out = name;
  for (const [american, british] of SPELLINGS) out = out.replace(american, british);
  return out === name ? undefined : out;
}

/** Adds the British spelling of each organisation's names as aliases (a new list; people and places unchanged). */
export function withSpellings(entries: readonly KbEntry[]): KbEntry[] {
  return entries.map((e) => {
    if (e.type !== 'ORG') return e;
    const names = [e.name, ...(e.aliases ?? [])];
    const added = names.map(britishSpelling).filter((n): n is string => n !== undefined && !names.includes(n));
    return added.length === 0 ? e : { ...e, aliases: [...(e.aliases ?? []), ...new Set(added)] };
  });
}
