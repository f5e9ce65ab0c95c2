import { npAfter, npBefore } from './chunker.js';
import { CLAUSE_RULES, contentAfter } from './content-after.js';
import { trimContent } from './content.js';
import type { Draft, TokenRange } from './draft.js';
import { isSpeaker } from './source.js';
import type { VerbCueHit } from './verb-cues.js';
import type { ClaimsView } from './view.js';

/**
 * The claim of a passive cue. Its subject is what is said, not who says it: the source is the
 * "by" agent ("The plan was announced by the ministry" claims "The plan"), and with no agent only
 * "it … that" is a claim, with no source ("It was reported that …"); "10 people have been
 * admitted" is none, and so is an agent that cannot speak ("explained by great demand").
 */
export function passiveClaim(view: ClaimsView, s: number, hit: VerbCueHit, base: Omit<Draft, 'content' | 'kind' | 'rule' | 'confidence'>, next: VerbCueHit | undefined): Draft | null {
  const { tokens } = view;
  const sentence = view.sentences[s]!;
  // "The iPhone was praised by Jobs as “…”": what is claimed is the quotation, which
  // `quoteInClause` reads; the subject of a naming or praising verb is not.
  if (hit.cue.frame === 'quote') return null;
  if (tokens[hit.end]?.normal === 'by') {
    const end = npAfter(tokens, hit.end + 1, sentence.endToken);
    if (end === hit.end + 1) return null;
    const source: TokenRange = [hit.end + 1, end];
    // "This fact is explained by great demand", "explained by the fact that …": an agent that
    // cannot speak makes the verb a cause, not a report.
    if (!isSpeaker(view, source, sentence.firstToken)) return null;
    const forward = contentAfter(view, s, hit, end, next);
    if (forward && CLAUSE_RULES.has(forward.rule)) return { ...base, source, ...forward, rule: 'claims/en/passive', confidence: 0.8 };
    const subject = npBefore(tokens, hit.first, sentence.firstToken);
    // "They have been voiced by the Ministry": a pronoun says nothing of what was voiced.
    if (subject && tokens[subject[0]]!.pos === 'PRON') return null;
    const content = subject && trimContent(view, subject[0], subject[1]);
    return content ? { ...base, source, content, kind: 'indirect', rule: 'claims/en/passive', confidence: 0.75 } : null;
  }
  const forward = contentAfter(view, s, hit, hit.end, next);
  if (!forward || !CLAUSE_RULES.has(forward.rule)) return null;
  if (tokens[hit.first - 1]?.normal === 'it') return { ...base, ...forward, rule: 'claims/en/passive', confidence: 0.75 };
  // "The following message was read …: “…”": the text read out is the source of what it says.
  const subject = forward.kind === 'direct' ? npBefore(tokens, hit.first, sentence.firstToken) : null;
  return subject && isSpeaker(view, subject, sentence.firstToken) ? { ...base, source: subject, ...forward, rule: 'claims/en/passive-text', confidence: 0.7 } : null;
}
