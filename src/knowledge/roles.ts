import type { KbEntry, KbRole } from './kb-entry.js';

/** True when the role holds on `date` (ISO date; the bounds count). */
export function roleHolds(role: KbRole, date: string): boolean {
  return (role.from === undefined || role.from <= date) && (role.to === undefined || date <= role.to);
}

/**
 * The role of an entry on a date: the one that holds then (the latest-starting if several), or
 * without a date the latest-starting role. Undefined when no role holds: the caller then falls back
 * to the entry's undated `actor`.
 */
export function roleOn(entry: KbEntry, date: string | undefined): KbRole | undefined {
  const roles = entry.roles ?? [];
  let best: KbRole | undefined;
  for (const role of roles) {
    if (date !== undefined && !roleHolds(role, date)) continue;
    if (!best || (role.from ?? '') > (best.from ?? '')) best = role;
  }
  return best;
}

/** True when the KB dates the entry and none of its roles holds on `date`: "Soviet" in 2005 names a state gone, history. */
export function stateGone(entry: KbEntry, date: string | undefined): boolean {
  return date !== undefined && (entry.roles?.length ?? 0) > 0 && roleOn(entry, date) === undefined;
}

/** The CAMEO actor code that applies to an entry on a date (publication date of the article). */
export function actorOn(entry: KbEntry, date: string | undefined): string | undefined {
  return roleOn(entry, date)?.actor ?? entry.actor;
}
