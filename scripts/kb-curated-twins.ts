/**
 * One body, one entry: a Phoenix organisation that names the same body as an entry of the
 * hand-written orgs.json (a shared name, once folded, and the same kind of body) is left out of
 * phoenix.json, so "Bimstec" and "BIMSTEC" are never two bodies with two codes in one article. The
 * curated entry carries the twin's spellings of the shared names (orgs.json).
 * Used by scripts/build-kb.ts (development time only).
 */
import type { KbEntry } from '../src/knowledge/kb-entry.js';
import { foldDiacritics } from '../src/knowledge/fold.js';

/** British spellings of body names and the American ones they are compared as. */
const SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/isation\b/g, 'ization'],
  [/\bco operation\b/g, 'cooperation'],
  [/\blabour\b/g, 'labor'],
  [/\bdefence\b/g, 'defense'],
];

/** A name as two spellings of one body compare: folded, lower case, no dots or apostrophes, hyphens as spaces, no article, American spelling. */
export function bodyNameKey(name: string): string {
  let key = foldDiacritics(name)
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[-\s]+/g, ' ')
    .replace(/\bthe /g, '')
    .trim();
  for (const [from, to] of SPELLINGS) key = key.replace(from, to);
  return key;
}

/**
 * The sectors of a CAMEO code that name a kind of body, in the order they are looked for (an
 * organisation type first: IGOAFRBUS is an IGO, not a business). Not a copy of SECTOR_CODES
 * (src/knowledge/sector-codes.ts): people's sectors (CVL, ELI, REL, EDU …) name no body, and
 * parties (PTY) do; the order is this list's own.
 */
const BODY_KINDS = ['IGO', 'NGO', 'IMG', 'MNC', 'REB', 'MED', 'GOV', 'MIL', 'LEG', 'OPP', 'PTY', 'SPY', 'COP', 'JUD', 'BUS'];

/** The kind of body an entry's code names (IGO, REB, MED …), or '' when it names none. */
export function bodyKind(e: KbEntry): string {
  const code = e.actor || e.roles?.at(-1)?.actor || '';
  return BODY_KINDS.find((s) => code.startsWith(s) || code.slice(3).startsWith(s)) ?? (BODY_KINDS.find((s) => code.includes(s)) ?? '');
}

/** A country's ISO alpha-3 code (not a region's or an IGO's). */
const ISO_CODE = /^[A-Z]{3}$/;

/** Whether two entries may be one body by their countries: the same, or one of them has no country of its own (a region code, an IGO's). */
function sameCountry(a: KbEntry, b: KbEntry): boolean {
  const own = (e: KbEntry): string | undefined => (e.country && ISO_CODE.test(e.country) && !e.actor?.startsWith('IGO') ? e.country : undefined);
  return own(a) === undefined || own(b) === undefined || own(a) === own(b);
}

/** The key two entries of one body share for one of their names. */
const keyOf = (name: string, e: KbEntry): string => `${bodyNameKey(name)}|${bodyKind(e)}`;

/** The curated organisations by the key of each of their names. */
function curatedKeys(curated: readonly KbEntry[]): Map<string, KbEntry[]> {
  const byKey = new Map<string, KbEntry[]>();
  for (const c of curated) {
    if (c.type !== 'ORG' || bodyKind(c) === '') continue;
    for (const n of [c.name, ...(c.aliases ?? [])]) {
      const k = keyOf(n, c);
      const list = byKey.get(k) ?? [];
      if (!list.includes(c)) list.push(c);
      byKey.set(k, list);
    }
  }
  return byKey;
}

/** Each name of a Phoenix organisation that a curated organisation of the same kind and a compatible country holds (under another id), with that entry. */
export function curatedTwinNames(phoenix: readonly KbEntry[], curated: readonly KbEntry[]): { phoenix: KbEntry; name: string; curated: KbEntry }[] {
  const byKey = curatedKeys(curated);
  const out: { phoenix: KbEntry; name: string; curated: KbEntry }[] = [];
  for (const p of phoenix) {
    if (p.type !== 'ORG' || bodyKind(p) === '') continue;
    for (const name of [p.name, ...(p.aliases ?? [])]) {
      const twin = byKey.get(keyOf(name, p))?.find((c) => sameCountry(c, p));
      if (twin !== undefined && twin.id !== p.id) out.push({ phoenix: p, name, curated: twin });
    }
  }
  return out;
}

/** The curated entries, refusing two of one body (a shared name and kind, compatible countries): orgs.json must hold each body once. */
export function checkCuratedBodies(curated: readonly KbEntry[]): void {
  const seen = new Map<string, KbEntry>();
  for (const c of curated) {
    if (c.type !== 'ORG' || bodyKind(c) === '') continue;
    for (const n of new Set([c.name, ...(c.aliases ?? [])].map((x) => keyOf(x, c)))) {
      const other = seen.get(n);
      if (other !== undefined && other.id !== c.id && sameCountry(other, c)) throw new Error(`orgs.json: ${other.id} and ${c.id} are one body (${n})`);
      seen.set(n, c);
    }
  }
}

/**
 * The Phoenix entries without the names a curated organisation holds: an entry left with none is
 * dropped ("Bimstec" is BIMSTEC's), one with other names keeps them (the Federal Assembly loses
 * "State Duma" to the Duma's entry, keeps "Federation Council").
 */
export function withoutCuratedTwins(phoenix: readonly KbEntry[], curated: readonly KbEntry[]): KbEntry[] {
  const taken = new Map<KbEntry, Set<string>>();
  for (const t of curatedTwinNames(phoenix, curated)) taken.set(t.phoenix, (taken.get(t.phoenix) ?? new Set()).add(t.name));
  const result: KbEntry[] = [];
  for (const p of phoenix) {
    const gone = taken.get(p);
    if (gone === undefined) {
      result.push(p);
      continue;
    }
    const [name, ...aliases] = [p.name, ...(p.aliases ?? [])].filter((n) => !gone.has(n));
    if (name === undefined) continue;
    const { aliases: _old, ...rest } = p;
    result.push(aliases.length > 0 ? { ...rest, name, aliases } : { ...rest, name });
  }
  return result;
}
