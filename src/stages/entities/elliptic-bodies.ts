import type { KbEntry } from '../../knowledge/kb-entry.js';
import type { KnowledgeBase } from '../../knowledge/load-kb.js';
import type { DocView } from './doc-view.js';
import { namedEntry } from './elliptic-countries.js';
import type { Found } from './found.js';

/** An organisation's entry. */
const isOrg = (entry: KbEntry): boolean => entry.type === 'ORG';

/** Most words of the shared rest of two bodies' names after the second place ("people's republics" is three tokens). */
const MAX_REST = 4;

/**
 * "The Donetsk and Lugansk people's republics": two places joined by "and" and followed by the plural
 * of the rest of two bodies' names, each place's name with that rest in the singular naming a KB
 * organisation ("Donetsk People's Republic", "Lugansk People's Republic"), name those two bodies, as
 * "North and South Korea" names two countries (elliptic-countries.ts). The places become the bodies;
 * the second takes in the rest, whose tokens are marked taken. Both or neither.
 */
export function ellipticBodies(view: DocView, kb: KnowledgeBase, founds: Found[], taken: Uint8Array): void {
  const { tokens, text } = view;
  const byFirst = new Map<number, Found>();
  for (const f of founds) if (f.type === 'GPE' && f.entry !== undefined) byFirst.set(f.firstToken, f);
  for (const first of byFirst.values()) {
    const second = tokens[first.endToken]?.normal === 'and' ? byFirst.get(first.endToken + 1) : undefined;
    if (second === undefined) continue;
    for (let n = 1; n <= MAX_REST; n++) {
      const last = tokens[second.endToken + n - 1];
      if (last === undefined || taken[second.endToken + n - 1] || last.sentence !== tokens[second.firstToken]!.sentence) break;
      if (!/s$/i.test(text.slice(last.start, last.end))) continue;
      const rest = text.slice(tokens[second.endToken]!.start, last.end - 1);
      const a = namedEntry(kb, `${text.slice(first.start, first.end)} ${rest}`, isOrg);
      const b = namedEntry(kb, `${text.slice(second.start, second.end)} ${rest}`, isOrg);
      if (a === undefined || b === undefined || a === b) continue;
      Object.assign(first, { type: 'ORG', entry: a, rule: 'entities/en/elliptic-body' });
      for (let k = second.endToken; k < second.endToken + n; k++) taken[k] = 1;
      Object.assign(second, { type: 'ORG', entry: b, rule: 'entities/en/elliptic-body', end: last.end, endToken: second.endToken + n, surface: text.slice(second.start, last.end) });
      break;
    }
  }
}
