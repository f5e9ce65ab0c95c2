/**
 * People the Phoenix dictionaries list twice, once under an honorific ("Dato' Seri Mahathir Bin
 * Mohamad", "Sir Howard Cooke") with the dated roles of a career, and once under the bare name with
 * only a later fragment ("Mahathir Bin Mohamad", MYSGOV in 2003 alone). The bare name is the one
 * reports write, so each of the two gets the roles of both. Used by scripts/build-kb.ts
 * (development time only).
 */
import type { KbEntry, KbRole } from '../src/knowledge/kb-entry.js';

/** Honorifics of the dictionaries' names, which reports leave out: knighthoods, Malaysian and Arab styles, doctors. */
const HONORIFIC = /^(?:(?:sir|dame|dato'?|datuk|seri|tun|tan sri|dr\.?|sheikh|shaikh|haji)\s+)+/i;

/** The key of a role, to merge two lists without repeats. */
const roleKey = (r: KbRole): string => `${r.actor}|${r.from ?? ''}|${r.to ?? ''}`;

/** Gives each honorific-named person and the person of the same name and country without the honorific the roles of both (a new list; other entries unchanged). */
export function withHonorificTwins(entries: readonly KbEntry[]): KbEntry[] {
  const byName = new Map<string, KbEntry>();
  for (const e of entries) if (e.type === 'PERSON' && !HONORIFIC.test(e.name)) byName.set(e.name.toLowerCase(), e);
  const merged = new Map<string, KbRole[]>();
  for (const e of entries) {
    const m = e.type === 'PERSON' ? HONORIFIC.exec(e.name) : null;
    const twin = m ? byName.get(e.name.slice(m[0].length).toLowerCase()) : undefined;
    // Of one country: "Datuk Ajit Singh" of ASEAN is not India's minister Ajit Singh.
    if (twin === undefined || twin.country !== e.country) continue;
    const roles = [...(e.roles ?? []), ...(twin.roles ?? [])].filter((r, i, all) => all.findIndex((o) => roleKey(o) === roleKey(r)) === i);
    merged.set(e.id, roles);
    merged.set(twin.id, roles);
  }
  return entries.map((e) => (merged.has(e.id) ? { ...e, roles: merged.get(e.id)! } : e));
}
