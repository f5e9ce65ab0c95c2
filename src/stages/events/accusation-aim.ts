/**
 * Where an accusation read from a verb is aimed when its object names the wrong rather than the
 * wrongdoer: the subject of a complaint's "that" clause, or the state where a condemned state act
 * happened. One entry for the stage's loop, so the readings stay in their own files.
 */
import type { Doc, Sentence, Token } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import { complaintThat } from './complaint-that.js';
import { condemnedStateAct } from './condemned-state-act.js';
import type { DraftEvent } from './merge.js';

/** The draft with its accusation aimed at the party held responsible; other drafts as they are. */
export function aimAccusation(doc: Doc, tokens: readonly Token[], sentence: Sentence, entities: readonly EntityMention[], dyad: readonly EntityMention[], d: DraftEvent): DraftEvent {
  // The two readings exclude each other by code (114 complaints, 111 criticism): their order does not matter.
  return condemnedStateAct(doc, tokens, sentence, entities, dyad, complaintThat(doc, tokens, sentence, entities, dyad, d));
}
