// The opening words of a state's official name used for the state: "the Federal Republic" in a report that names Germany
// ("Federal Republic of Germany"), "the Islamic Republic" in one that names Iran ("Islamic Republic of Iran").
import type { KbEntry } from '../../knowledge/kb-entry.js';
import { foldQuotes, KEY_LENGTH } from '../../knowledge/kb-index.js';
import type { KnowledgeBase } from '../../knowledge/load-kb.js';
import type { DocView } from './doc-view.js';
import type { Found } from './found.js';

/** The countries of the KB entries one of whose names opens with `head` followed by "of" ("federal republic" opens "Federal Republic Of Germany"). */
function countriesOpenedBy(kb: KnowledgeBase, head: string): Set<string> {
  const opening = `${foldQuotes(head).toLowerCase()} of `;
  const names = kb.index.bucket(opening.slice(0, KEY_LENGTH)) ?? [];
  return new Set(names.filter((n) => n.kind === 'name' && n.lower.startsWith(opening) && n.entry.country !== undefined).map((n) => n.entry.country!));
}

/**
 * Gives an unknown name of two or more words after "the", with no "of" after it, the country entry of the state whose official
 * name it opens, when the document names that state by its country entry and names no other state whose official name it opens:
 * "the Federal Republic" after "Germany" is Germany (the KB also knows a "Federal Republic of Yugoslavia"). One word ("the
 * Republic") opens too many names to tell; a name that opens no official name the KB knows stays unknown.
 */
export function officialNameHeads(view: DocView, kb: KnowledgeBase, founds: Found[]): Found[] {
  const named = new Map<string, KbEntry>();
  for (const f of founds) if (f.entry?.id.startsWith('country:') && f.entry.country !== undefined) named.set(f.entry.country, f.entry);
  for (const f of founds) {
    if (f.entry || f.kind !== 'name' || !f.surface.includes(' ') || view.tokens[f.firstToken - 1]?.normal !== 'the' || view.tokens[f.endToken]?.normal === 'of') continue;
    const opened = countriesOpenedBy(kb, f.surface);
    const here = [...opened].filter((c) => named.has(c));
    if (here.length !== 1) continue;
    Object.assign(f, { type: 'GPE', entry: named.get(here[0]!), rule: 'entities/en/official-name-head', confidence: 0.8 });
  }
  return founds;
}
