import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import type { Clause } from './clauses.js';

// A subject that is a list of noun phrases split by commas ("Bundestag deputies, members of the
// French and Italian parliaments and many other people visited Crimea"): the clause splitter breaks
// it at the commas, so the verb's clause holds only the list's last items. Read by roles.ts.

/** Tags that open no list item: a preposition or subordinator starts a phrase of its own ("In Lebanon, Syria and Iran …"). */
const NOT_ITEM_OPENERS = new Set(['ADP', 'SCONJ', 'CCONJ', 'ADV']);

/**
 * The verb's subject group joined with the actors of the comma-separated items before it, when the
 * verb's clause closes a list ("and" before the verb) that opens the sentence: every earlier clause a
 * verbless noun phrase after a comma. Undefined when the subject is no such list's end.
 */
export function listedSubject(tokens: readonly Token[], clause: Clause, clauses: readonly Clause[], groups: readonly ActorGroup[], subject: ActorGroup, verb: number): ActorGroup | undefined {
  const index = clauses.indexOf(clause);
  if (index < 1 || tokens[clause.start - 1]?.normal !== ',' || subject.start < clause.start) return undefined;
  let closes = false;
  for (let k = clause.start; k < verb; k++) {
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return undefined;
    closes ||= tokens[k]!.normal === 'and';
  }
  if (!closes) return undefined;
  const items: ActorGroup[] = [];
  for (let c = index - 1; c >= 0; c--) {
    const item = clauses[c]!;
    if (NOT_ITEM_OPENERS.has(tokens[item.start]!.pos) || (c > 0 && tokens[item.start - 1]?.normal !== ',')) return undefined;
    for (let k = item.start; k < item.end; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return undefined;
    items.unshift(...groups.filter((g) => g.start >= item.start && g.end <= item.end && !g.locative && !g.agentive));
  }
  if (items.length === 0) return undefined;
  return { ...subject, mentions: [...items.flatMap((g) => g.mentions), ...subject.mentions], start: items[0]!.start };
}
