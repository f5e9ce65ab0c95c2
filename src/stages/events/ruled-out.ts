/**
 * Rejections stated as an act being "out of the question": "US authorities said that removing the
 * sanctions on Burma is currently out of the question", "Chinese officials said that any talks with
 * Taiwan's ruling party were out of the question". The speaker rejects (CAMEO 120; 125 when the act
 * ruled out is a meeting or talks), aimed at the first actor of another state named before the phrase.
 */
import type { Doc, Sentence, Token } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import { tokenAtOrAfter } from '../../text/token-at.js';
import { sentenceGroups } from './actors.js';
import { speaker, STATING } from './demands.js';
import { claimDraft, otherState } from './claim-draft.js';
import { REJECT, REJECT_MEETING } from './recode.js';
import { side } from './event-side.js';
import type { DraftEvent } from './merge.js';

/** The phrase, word by word. */
const PHRASE = ['out', 'of', 'the', 'question'];
/** Nouns of meeting: ruling out talks refuses to meet. */
const MEETING = new Set(['talks', 'talk', 'negotiations', 'negotiation', 'meeting', 'meetings', 'dialogue', 'summit', 'contacts']);

/** Where the phrase starts in the sentence, or -1. */
function phraseAt(tokens: readonly Token[], sentence: Sentence): number {
  for (let i = sentence.firstToken; i + PHRASE.length <= sentence.endToken; i++) {
    if (PHRASE.every((w, j) => tokens[i + j]!.normal === w)) return i;
  }
  return -1;
}

/** Rejections of a sentence stating that an act is out of the question, through a claim of a named speaker. */
export function ruledOut(doc: Doc, tokens: readonly Token[], sentence: Sentence, entities: readonly EntityMention[], dyad: readonly EntityMention[]): DraftEvent[] {
  const at = phraseAt(tokens, sentence);
  if (at < 0) return [];
  const phraseStart = tokens[at]!.start;
  const claim = (doc.layers.claims ?? []).find((c) => c.content.start <= phraseStart && phraseStart < c.content.end && STATING.has(c.cue.lemma));
  if (!claim) return [];
  const groups = sentenceGroups(tokens, sentence.firstToken, sentence.endToken, entities, dyad);
  const source = speaker(tokens, groups, claim);
  if (!source) return [];
  const src = side(doc, tokens, source);
  const own = src.actor?.slice(0, 3);
  const first = tokenAtOrAfter(tokens, claim.content.start);
  const target = groups.find((g) => g.start >= first && g.end <= at && otherState(g, own));
  if (!src.actor || !target) return [];
  let meeting = false;
  for (let k = first; k < at && !meeting; k++) meeting = MEETING.has(tokens[k]!.normal);
  const end = tokens[at + PHRASE.length - 1]!.end;
  return [claimDraft({
    sentence: sentence.index, start: phraseStart, end, text: doc.text.slice(phraseStart, end), token: at,
    plover: 'REJECT', cameo: meeting ? REJECT_MEETING : REJECT, lemma: 'question', rule: 'events/ruled-out', source: src, target: side(doc, tokens, target),
  })];
}
