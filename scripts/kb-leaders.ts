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
  const merged = converted.map((e) => (added.has(e.id) ? { ...e, aliases: [...new Set([...(e.aliases ?? []), ...added.get(e.id)!])] } : e));
  return [...merged, ...leaderEntries(rows.filter((r) => !r[0]!.startsWith('person:')), used)];
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
