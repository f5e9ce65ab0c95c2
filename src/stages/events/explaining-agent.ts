import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import type { TriggerMatch } from './match-triggers.js';

/** Subordinators of a clause that tells how a passive's harm came about. */
const HOW = new Set(['when', 'as', 'after']);

/** Words that may stand between the subordinator and the clause's subject ("when the Pakistani troops", "when two rebel groups"). */
const SUBJECT_LEAD = new Set(['DET', 'ADJ', 'NUM']);

/** How far after the passive the subordinator may stand: a short time or place phrase ("were killed on Tuesday near Goma when"). */
const REACH = 8;

/**
 * The agent of an agentless passive of violence, named by the clause that tells how it happened:
 * "Three Indian soldiers were killed when Pakistani troops fired across the border" (Pakistan's
 * act). The subject of a "when", "as" or "after" clause close after the passive, with a verb of
 * its own right after it; nothing when another verb or a semicolon comes first.
 */
export function explainingAgent(tokens: readonly Token[], m: TriggerMatch, sentenceEnd: number, groups: readonly ActorGroup[]): ActorGroup | undefined {
  if (m.kind !== 'verb' || !passive(tokens, m.start)) return undefined;
  for (let k = m.end; k < Math.min(sentenceEnd, m.end + REACH); k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.normal === ';') return undefined;
    if (!HOW.has(t.normal)) continue;
    const subject = groups.find((g) => g.start > k && g.start <= k + 3 && !g.locative && g.mentions.length > 0);
    if (!subject) return undefined;
    for (let i = k + 1; i < subject.start; i++) if (!SUBJECT_LEAD.has(tokens[i]!.pos)) return undefined;
    // The group may end before its head nouns ("Pakistani | troops fired"): the verb follows them.
    let verb = subject.end;
    while (verb < subject.end + 2 && (tokens[verb]?.pos === 'NOUN' || tokens[verb]?.pos === 'PROPN')) verb++;
    return tokens[verb]?.pos === 'VERB' ? subject : undefined;
  }
  return undefined;
}

/** Is the verb at `k` a passive: a form of "be" or "get" before it, over at most one adverb ("were reportedly killed")? */
function passive(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.pos === 'ADV' ? tokens[k - 2] : tokens[k - 1];
  return before !== undefined && before.pos === 'AUX' && (before.lemma === 'be' || before.lemma === 'get');
}
