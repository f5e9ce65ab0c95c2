/**
 * Threats told as a warning of what will follow: "Khamenei warned the United States that any attack
 * would be met with a crushing response", "North Korea warned South Korea that the joint exercises
 * could lead to war", "China warned that it would take strong measures against Japan"; or stated
 * under a condition: "North Korea said it would turn Seoul into a sea of fire if the South …". The warning's
 * that-clause names force or consequences but often no trigger of its own; the warner threatens
 * (CAMEO 138 when force or war is named, else 130) whom the warning is addressed to, or the other
 * state the clause names.
 */
import type { Doc, Sentence, Token } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import { tokenAtOrAfter } from '../../text/token-at.js';
import { sentenceGroups, type ActorGroup } from './actors.js';
import { speaker, STATING } from './demands.js';
import { claimDraft, contentTokens, otherState, sentenceClaims } from './claim-draft.js';
import { side } from './event-side.js';
import type { DraftEvent } from './merge.js';

/** Words of force or war in the warning's content: a threat of force (CAMEO 138). */
const FORCE = new Set(['war', 'respond', 'response', 'retaliation', 'retaliate', 'force', 'strike', 'strikes', 'attack', 'attacks', 'military', 'fire', 'reprisal', 'reprisals', 'retaliatory']);
/** Words of unnamed penalties: a threat not specified (CAMEO 130). */
const PENALTY = new Set(['consequences', 'measures', 'countermeasures', 'steps', 'action']);
/** A condition in a stated content: "said it would turn Seoul into a sea of fire if the South continued its drills" is a threat as a warning is. */
const CONDITION = /\b(?:if|unless)\b/i;
/** Modals and future auxiliaries that make the content a prediction, not a report. */
const AHEAD = new Set(['will', 'would', 'could', 'might', 'may', "'ll", 'wo']);

/** The CAMEO code the content's words give, if it foretells force or a penalty under a modal. */
function threatCode(tokens: readonly Token[], from: number, to: number): string | undefined {
  let ahead = false;
  let code: string | undefined;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.normal;
    if (AHEAD.has(w)) ahead = true;
    else if (ahead && FORCE.has(w)) return '138';
    else if (ahead && PENALTY.has(w)) code ??= '130';
  }
  return code;
}

/** The actor group a warning is addressed to: right after the cue ("warned the United States on Friday that"), else the content's first other state. */
function warned(groups: readonly ActorGroup[], cueEnd: number, contentStart: number, contentEnd: number, own: string | undefined): ActorGroup | undefined {
  const other = (g: ActorGroup): boolean => !g.locative && otherState(g, own);
  return groups.find((g) => g.start >= cueEnd && g.end <= contentStart && other(g)) ?? groups.find((g) => g.start >= contentStart && g.end <= contentEnd && other(g));
}

/** Threats of a sentence stated through a warning claim whose content foretells force or a penalty. */
export function warnedThat(doc: Doc, tokens: readonly Token[], sentence: Sentence, entities: readonly EntityMention[], dyad: readonly EntityMention[]): DraftEvent[] {
  const claims = sentenceClaims(doc, sentence, (c) => c.cue.lemma === 'warn' || (STATING.has(c.cue.lemma) && CONDITION.test(c.content.text)));
  if (claims.length === 0) return [];
  const groups = sentenceGroups(tokens, sentence.firstToken, sentence.endToken, entities, dyad);
  const drafts: DraftEvent[] = [];
  for (const claim of claims) {
    const { from, to } = contentTokens(tokens, claim);
    const code = threatCode(tokens, from, to);
    const source = code && speaker(tokens, groups, claim);
    if (!code || !source) continue;
    const src = side(doc, tokens, source);
    const target = warned(groups, tokenAtOrAfter(tokens, claim.cue.end), from, to, src.actor?.slice(0, 3));
    if (!src.actor || !target) continue;
    drafts.push(claimDraft({
      sentence: sentence.index, start: claim.cue.start, end: claim.cue.end, text: claim.cue.text, token: tokenAtOrAfter(tokens, claim.cue.start),
      plover: 'THREATEN', cameo: code, lemma: 'warn', rule: 'events/warned-that', source: src, target: side(doc, tokens, target),
    }));
  }
  return drafts;
}
