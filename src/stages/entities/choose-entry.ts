import type { KbEntry } from '../../knowledge/kb-entry.js';
import type { KbName } from '../../knowledge/kb-index.js';
import type { KnowledgeBase } from '../../knowledge/load-kb.js';
import { roleOn } from '../../knowledge/roles.js';

/**
 * Picks the entry a matched name refers to when several share it ("Georgia", "Aliyev", "Paris").
 * Why this order: a proper name beats a demonym; curated (current) entries beat the 2014 Phoenix
 * data; a person holding a role on the publication date beats one who does not; a place in a
 * country the article names beats a bigger place elsewhere; a known actor beats a town; then population.
 */
export function chooseName(names: readonly KbName[], kb: KnowledgeBase, date: string | undefined, docCountries: ReadonlySet<string>): KbName {
  let best = names[0]!;
  let bestScore = -Infinity;
  for (const name of names) {
    const e = name.entry;
    let score = name.kind === 'name' ? 1e12 : 0;
    if (kb.curated.has(e.id)) score += 1e11;
    if (e.type === 'PERSON' && date !== undefined && roleOn(e, date) !== undefined) score += 1e10;
    if (e.country !== undefined && docCountries.has(e.country)) score += 1e9;
    // A person or organisation the event dictionaries know beats a GeoNames town of the same name ("Toyota", "Nokia").
    if (!e.id.startsWith('city:')) score += 5e8;
    score += Math.min(e.population ?? 0, 5e8 - 1);
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

/** The rule name of a KB match, from the kind of entry (`entities/kb/country`, `entities/kb/person` …). */
export function kbRule(entry: KbEntry, kind: KbName['kind']): string {
  if (kind === 'demonym') return 'entities/kb/demonym';
  const prefix = entry.id.slice(0, entry.id.indexOf(':'));
  const known: Record<string, string> = { country: 'country', city: 'place', place: 'place', loc: 'place', fac: 'facility', person: 'person', org: 'org', work: 'work' };
  return `entities/kb/${known[prefix] ?? 'user'}`;
}
