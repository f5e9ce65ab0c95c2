import type { Doc, Sentence, Token } from '../../core/doc.js';
import type { Claim, EventActor } from '../../core/mention.js';
import { tokenAtOrAfter } from '../../text/token-at.js';
import { actorCode, type ActorGroup } from './actors.js';
import type { DraftEvent } from './merge.js';

/** What an event read from a claim or a phrase (not from a verb pattern) is made of. */
export interface ClaimDraftParts {
  readonly sentence: number;
  /** The trigger span and text (the claim's cue, or the phrase). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The trigger's first token. */
  readonly token: number;
  readonly plover: string;
  readonly cameo: string;
  readonly lemma: string;
  readonly rule: string;
  readonly source: EventActor;
  readonly target: EventActor;
}

/** A draft event read from a claim ("said that Y must …", "warned that …", "… out of the question"): occurred, confidence 0.6. */
export function claimDraft(p: ClaimDraftParts): DraftEvent {
  return {
    sentence: p.sentence,
    trigger: { start: p.start, end: p.end, text: p.text },
    mentions: [{ start: p.start, end: p.end }],
    tokens: [p.token],
    plover: p.plover, cameo: p.cameo, specificity: 1, reciprocal: false,
    quantities: [], status: 'occurred', lemmas: [p.lemma],
    rule: p.rule, confidence: 0.6,
    source: p.source, target: p.target,
  };
}

/** Does the group name an actor of another state than `own` (the speaker's country code)? */
export function otherState(g: ActorGroup, own: string | undefined): boolean {
  return g.mentions.some((m) => {
    const c = actorCode(m);
    return c !== undefined && c.slice(0, 3) !== own;
  });
}

/** Claims by the index of the sentence their cue or their content starts in, built once per claims layer. */
const NEAR = new WeakMap<readonly Claim[], Map<number, Claim[]>>();

/** The index of the sentence holding `offset`, by binary search over the sorted sentences; -1 when none does. */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s.index;
  }
  return -1;
}

/**
 * The claims whose cue or content starts in the sentence: the only ones a sentence's claim-read events
 * (demands, warnings, blame) can come from. Indexed once per document, so no sentence filters all claims.
 */
export function claimsNear(doc: Doc, sentence: Sentence): readonly Claim[] {
  const claims = doc.layers.claims ?? [];
  let near = NEAR.get(claims);
  if (!near) {
    near = new Map();
    const sentences = doc.layers.sentences ?? [];
    for (const c of claims) {
      const at = new Set([sentenceAt(sentences, c.cue.start), sentenceAt(sentences, c.content.start)]);
      for (const i of at) {
        const list = near.get(i);
        if (list) list.push(c);
        else near.set(i, [c]);
      }
    }
    NEAR.set(claims, near);
  }
  return near.get(sentence.index) ?? [];
}

/** The claims whose cue lies in the sentence and whose content follows the cue ("X said that …"), kept when `keep` holds. */
export function sentenceClaims(doc: Doc, sentence: Sentence, keep: (c: Claim) => boolean): Claim[] {
  return claimsNear(doc, sentence).filter((c) => c.cue.start >= sentence.start && c.cue.end <= sentence.end && c.content.start > c.cue.start && keep(c));
}

/** The token range `[from, to)` of a claim's content. */
export function contentTokens(tokens: readonly Token[], claim: Claim): { from: number; to: number } {
  return { from: tokenAtOrAfter(tokens, claim.content.start), to: tokenAtOrAfter(tokens, claim.content.end) };
}
