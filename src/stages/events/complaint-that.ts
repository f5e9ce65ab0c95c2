/**
 * A complaint to a third party with a "that" clause: "Kuwait complained to the U.N. Security Council
 * that Iraqi troops had crossed the border", "Greece lodged a complaint with NATO that Turkish
 * warplanes had violated its airspace". The body the complaint is lodged with only hears it; the
 * complaint is aimed at the party it holds responsible (PLOVER ACCUSE: "criticize … responsible
 * parties"), the subject of the "that" clause. A complaint addressed to a state ("protested to Japan
 * that …") stays aimed at that state: the state hearing it is the one held to account.
 */
import type { Doc, Sentence, Token } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import { sentenceGroups } from './actors.js';
import { otherState } from './claim-draft.js';
import { ADJUNCT_WORDS, subjectGroup } from './complaint-tail.js';
import { side } from './event-side.js';
import type { DraftEvent } from './merge.js';

/** How many words may stand between the complaint's trigger and its "that". */
const REACH = 12;

/** The token of the complaint's "that": after the trigger, past only an addressee and adjuncts; or -1. */
function thatAfter(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from + 1; k < end && k <= from + REACH; k++) {
    const t = tokens[k]!;
    if (t.normal === 'that') return k;
    if (!ADJUNCT_WORDS.has(t.pos) || t.normal === ',' || t.normal === ';') return -1;
  }
  return -1;
}

/** The complaint aimed at the "that" clause's subject when it was aimed at a body or at no one; other drafts as they are. */
export function complaintThat(doc: Doc, tokens: readonly Token[], sentence: Sentence, entities: readonly EntityMention[], dyad: readonly EntityMention[], d: DraftEvent): DraftEvent {
  if (d.plover !== 'ACCUSE' || d.cameo !== '114' || !d.source?.actor) return d;
  if (d.target?.actor !== undefined && !d.target.actor.startsWith('IGO')) return d;
  const that = thatAfter(tokens, d.tokens[d.tokens.length - 1]!, sentence.endToken);
  if (that < 0) return d;
  const groups = sentenceGroups(tokens, sentence.firstToken, sentence.endToken, entities, dyad);
  const accused = subjectGroup(groups, tokens, that + 1, sentence.endToken);
  if (!accused || !otherState(accused, d.source.actor.slice(0, 3))) return d;
  return { ...d, target: side(doc, tokens, accused) };
}
