/**
 * An act of or on a state gone by the publication day ("paintings that Soviet troops took from Budapest museums" in an
 * article of 2000): a state that no longer stands cannot act or be acted on in the news, so the act is history told inside it. The KB dates
 * such states by their roles (the Soviet Union 1922-1991); a state it does not date is never gone.
 */
import type { EntityMention } from '../../core/mention.js';
import type { KbEntry } from '../../knowledge/kb-entry.js';
import type { KnowledgeBase } from '../../knowledge/load-kb.js';
import { stateGone } from '../../knowledge/roles.js';
import type { DraftEvent } from './merge.js';

/** Does a mention of the draft's source or target name a state the KB dates as gone on the publication day? */
export function goneSide(d: DraftEvent, entities: readonly EntityMention[], published: string | undefined, kb: KnowledgeBase): boolean {
  if (published === undefined) return false;
  // An act on a gone state is as past as one of it ("an American schoolgirl who visited the USSR" in 2017).
  const ids = new Set([...(d.source?.entities ?? []), ...(d.target?.entities ?? [])]);
  return entities.some((m) => ids.has(m.entity) && m.kb !== undefined && gone(kb.entries.get(m.kb), published));
}

/** Is the KB entry a state (not a person or body, whose dated roles are offices) no dated role of which holds on the day? */
function gone(entry: KbEntry | undefined, published: string): boolean {
  return entry?.type === 'GPE' && stateGone(entry, published);
}
