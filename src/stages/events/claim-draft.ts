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

/** The claims whose cue lies in the sentence and whose content follows the cue ("X said that …"), kept when `keep` holds. */
export function sentenceClaims(doc: Doc, sentence: Sentence, keep: (c: Claim) => boolean): Claim[] {
  return (doc.layers.claims ?? []).filter((c) => c.cue.start >= sentence.start && c.cue.end <= sentence.end && c.content.start > c.cue.start && keep(c));
}

/** The token range `[from, to)` of a claim's content. */
export function contentTokens(tokens: readonly Token[], claim: Claim): { from: number; to: number } {
  return { from: tokenAtOrAfter(tokens, claim.content.start), to: tokenAtOrAfter(tokens, claim.content.end) };
}
