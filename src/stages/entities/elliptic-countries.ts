import type { KbEntry } from '../../knowledge/kb-entry.js';
import type { KnowledgeBase } from '../../knowledge/load-kb.js';
import { namedEntry } from '../../knowledge/named-entry.js';
import { isCapitalised, type DocView } from './doc-view.js';
import type { Found } from './found.js';

/** Compass words that open a country's name ("North Korea", "South Sudan", "East Timor"). */
const COMPASS = new Set(['north', 'south', 'east', 'west']);

/** The country entry one of whose names is `name` ("Finland", "Republic of Korea"), if the KB has one. */
export function countryNamed(kb: KnowledgeBase, name: string): KbEntry | undefined {
  return namedEntry(kb, name, (entry) => entry.id.startsWith('country:'));
}

/**
 * "North and South Korea", "South and North Korea": a compass word coordinated with a country whose
 * name starts with another compass word names the country of the same rest ("North Korea"), when
 * the KB knows such a country. Returns the new founds and marks their tokens taken.
 */
export function ellipticCountries(view: DocView, kb: KnowledgeBase, founds: readonly Found[], taken: Uint8Array): Found[] {
  const { tokens, text } = view;
  const byFirstToken = new Map<number, Found>();
  for (const f of founds) if (f.entry?.id.startsWith('country:')) byFirstToken.set(f.firstToken, f);
  const result: Found[] = [];
  for (const [first, country] of byFirstToken) {
    const own = country.entry!.name.split(' ');
    if (own.length < 2 || !COMPASS.has(own[0]!.toLowerCase()) || tokens[first - 1]?.normal !== 'and') continue;
    const i = first - 2;
    const word = tokens[i];
    if (word === undefined || taken[i] || !COMPASS.has(word.normal) || word.normal === own[0]!.toLowerCase() || !isCapitalised(view, i) || word.sentence !== tokens[first]!.sentence) continue;
    const entry = countryNamed(kb, [word.normal, ...own.slice(1)].join(' '));
    if (entry === undefined) continue;
    taken[i] = 1;
    result.push({ start: word.start, end: word.end, firstToken: i, endToken: i + 1, type: 'GPE', kind: 'name', rule: 'entities/en/elliptic-country', confidence: 0.85, entry, surface: text.slice(word.start, word.end), nameStart: word.start });
  }
  return result;
}
