/**
 * People of `scripts/kb-sources/leaders-1980-2005.tsv`: leaders of states and armed movements of
 * 1980-2005 that the 2014 Phoenix dictionaries lack (Milosevic, Aristide, Savimbi …), written by
 * hand with dated CAMEO roles. Used by scripts/build-kb.ts (development time only).
 */
import type { KbEntry, KbRole } from '../src/knowledge/kb-entry.js';
import { slug } from '../src/knowledge/slug.js';

/** One role written `ACTOR@from..to` (either date may be empty). */
function parseRole(text: string): KbRole {
  const [actor, span] = text.split('@');
  const [from, to] = (span ?? '').split('..');
  return { actor: actor!, ...(from && { from }), ...(to && { to }) };
}

/**
 * The dictionary's people with the table's added names, then the table's own people (rows are
 * tab-separated, `#` lines already dropped); an id the dictionary uses is not reused.
 */
export function withLeaders(converted: readonly KbEntry[], rows: readonly string[][]): KbEntry[] {
  const added = new Map(rows.filter((r) => r[0]!.startsWith('person:')).map((r) => [r[0]!, r[1]!.split('|')]));
  const used = new Set(converted.map((e) => e.id));
  const twins = twinIds(converted, added);
  const merged = converted
    .filter((e) => !twins.has(e.id))
    .map((e) => (added.has(e.id) ? { ...e, aliases: [...new Set([...(e.aliases ?? []), ...added.get(e.id)!])] } : e));
  return [...merged, ...leaderEntries(rows.filter((r) => !r[0]!.startsWith('person:')), used)];
}

/**
 * One person, one entry: the ids of dictionary people named (in full, case aside) as a name a row
 * adds to another person of the same country, who are that person's twins ("Gerhard Schroeder",
 * DEUGOV in 2003-2005 alone, beside "Gerhard Schroder" with the whole chancellorship).
 */
function twinIds(converted: readonly KbEntry[], added: ReadonlyMap<string, readonly string[]>): Set<string> {
  const countryOf = new Map(converted.filter((e) => added.has(e.id)).map((e) => [e.id, e.country ?? '']));
  const names = new Map([...added].flatMap(([id, list]) => list.map((n) => [n.toLowerCase(), countryOf.get(id)] as const)));
  return new Set(converted.filter((e) => e.type === 'PERSON' && !added.has(e.id) && names.get(e.name.toLowerCase()) === (e.country ?? '')).map((e) => e.id));
}

/** Person entries of the table's own rows. */
function leaderEntries(rows: readonly string[][], used: ReadonlySet<string>): KbEntry[] {
  return rows.map(([name, aliases, country, actor, roles]) => {
    const id = `person:${slug(name!)}`;
    return {
      id: used.has(id) ? `${id}-leader` : id,
      type: 'PERSON' as const,
      name: name!,
      aliases: aliases ? aliases.split('|') : [],
      country: country!,
      actor: actor!,
      roles: roles ? roles.split(',').map(parseRole) : [],
    };
  });
}
