import type { KbEntry } from '../../knowledge/kb-entry.js';
import type { KnowledgeBase } from '../../knowledge/load-kb.js';
import { isCapitalised, type DocView } from './doc-view.js';
import { namedEntry } from '../../knowledge/named-entry.js';
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
    const and = tokens[first.endToken]?.normal === 'and' ? first.endToken : -1;
    // The second place may be no found yet: a town right before a capitalised word is taken for part of a longer name ("Lugansk People's Republics").
    const second = and < 0 ? undefined : byFirst.get(and + 1) ?? bareWord(view, and + 1, taken);
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
      if (!founds.includes(second)) {
        taken[second.firstToken] = 1;
        founds.push(second);
      }
      break;
    }
  }
}

/** A capitalised word no rule took, as a found to try as the second place (kept only if it names a body). */
function bareWord(view: DocView, i: number, taken: Uint8Array): Found | undefined {
  const t = view.tokens[i];
  if (t === undefined || taken[i] || !isCapitalised(view, i)) return undefined;
  const surface = view.text.slice(t.start, t.end);
  return { start: t.start, end: t.end, firstToken: i, endToken: i + 1, type: 'GPE', kind: 'name', rule: 'entities/en/elliptic-body', confidence: 0.85, surface, nameStart: t.start };
}
