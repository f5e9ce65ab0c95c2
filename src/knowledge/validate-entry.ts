import type { KbEntry } from './kb-entry.js';
import { KB_TYPES } from './kb-entry.js';
import { SECTOR_CODES } from './sector-codes.js';

/** Codes allowed in `country` besides ISO alpha-3: the IGOs Sitrep knows. */
export const IGO_CODES: ReadonlySet<string> = new Set(['UN', 'NATO', 'EU', 'OSCE', 'IAEA', 'ICRC', 'AU', 'ARL', 'ASEAN', 'COE', 'ICC', 'IMF', 'WB', 'WTO', 'G7', 'G20', 'BRICS', 'OPEC', 'GCC', 'SCO', 'CSTO']);


const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ACTOR = /^[A-Z0-9]{3,}$/;

/**
 * Checks one user entry; returns the problem as a sentence, or undefined when the entry is good.
 * `countries` is the set of ISO alpha-3 codes the KB knows.
 */
export function entryProblem(value: unknown, countries: ReadonlySet<string>): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'an entry must be a JSON object';
  const e = value as Record<string, unknown>;
  if (typeof e.id !== 'string' || e.id.trim() === '') return 'missing "id" (a non-empty string)';
  if (typeof e.name !== 'string' || e.name.trim() === '') return `entry "${e.id}": missing "name"`;
  if (typeof e.type !== 'string' || !KB_TYPES.has(e.type)) return `entry "${e.id}": unknown type "${String(e.type)}" (use one of ${[...KB_TYPES].join(', ')})`;
  for (const field of ['aliases', 'demonyms', 'territory', 'territoryAdjectives'] as const) {
    const list = e[field];
    if (list !== undefined && (!Array.isArray(list) || list.some((a) => typeof a !== 'string' || a.trim() === ''))) return `entry "${e.id}": "${field}" must be a list of names`;
  }
  if (e.country !== undefined && (typeof e.country !== 'string' || !(countries.has(e.country) || IGO_CODES.has(e.country)))) {
    return `entry "${e.id}": unknown country code "${String(e.country)}" (use ISO 3166-1 alpha-3, e.g. UKR, or an IGO code: ${[...IGO_CODES].join(', ')})`;
  }
  const actorProblem = (code: unknown): string | undefined =>
    typeof code === 'string' && ACTOR.test(code) && (countries.has(code.slice(0, 3)) || SECTOR_CODES.has(code.slice(0, 3)))
      ? undefined
      : `entry "${e.id}": unknown actor code "${String(code)}" (CAMEO: country or sector in blocks of three letters, e.g. RUSGOV, IGOWSTNAT)`;
  if (e.actor !== undefined) {
    const problem = actorProblem(e.actor);
    if (problem) return problem;
  }
  if (e.roles !== undefined) {
    if (!Array.isArray(e.roles)) return `entry "${e.id}": "roles" must be a list`;
    for (const role of e.roles as unknown[]) {
      if (typeof role !== 'object' || role === null) return `entry "${e.id}": a role must be an object`;
      const r = role as Record<string, unknown>;
      const problem = actorProblem(r.actor);
      if (problem) return problem;
      for (const key of ['from', 'to'] as const) {
        if (r[key] !== undefined && (typeof r[key] !== 'string' || !ISO_DATE.test(r[key]))) return `entry "${e.id}": role "${key}" must be a date like 2025-01-20`;
      }
    }
  }
  if (e.gender !== undefined && e.gender !== 'm' && e.gender !== 'f') return `entry "${e.id}": "gender" is "m" or "f"`;
  return undefined;
}

/** Narrows a checked value to a KbEntry (call only after `entryProblem` returned undefined). */
export function asEntry(value: unknown): KbEntry {
  return value as KbEntry;
}
