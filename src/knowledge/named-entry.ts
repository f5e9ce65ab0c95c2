import type { KbEntry } from './kb-entry.js';
import { foldQuotes, KEY_LENGTH } from './kb-index.js';
import type { KnowledgeBase } from './load-kb.js';

/** The KB entries one of whose names is `name` (any case, either apostrophe) and that `accept` takes, each once, in index order. */
export function namedEntries(kb: KnowledgeBase, name: string, accept: (entry: KbEntry) => boolean = () => true): KbEntry[] {
  const lower = foldQuotes(name).toLowerCase();
  const found = (kb.index.bucket(lower.slice(0, KEY_LENGTH)) ?? []).filter((n) => n.lower === lower && accept(n.entry));
  return [...new Set(found.map((n) => n.entry))];
}

/** The first KB entry one of whose names is `name` and that `accept` takes, if there is one. */
export function namedEntry(kb: KnowledgeBase, name: string, accept: (entry: KbEntry) => boolean): KbEntry | undefined {
  return namedEntries(kb, name, accept)[0];
}
