import type { Draft } from './draft.js';
import { tokenAtOrAfter } from '../../text/token-at.js';
import type { ClaimsView } from './view.js';

/** Verbs of answering force with force: "he would respond", "will retaliate". */
const RESPONSE = new Set(['respond', 'retaliate', 'avenge', 'punish', 'react', 'answer', 'strike', 'hit']);
const FUTURE = new Set(['will', 'would', "'ll", 'shall', 'could']);
/** Pronouns that point back to the speaker in what the speaker says. */
const SELF = new Set(['he', 'she', 'they', 'we', 'i']);
const WINDOW = 6;

/**
 * The stance of a claim after reading its content: an assertion or expectation whose content
 * opens with the speaker's own future response ("Putin indicated that he would respond to the
 * strikes") is a warning. Someone else's response ("Trump acknowledged that Russia would
 * respond") stays an assertion: the speaker reports it, not threatens it.
 */
export function refineStance(view: ClaimsView, draft: Draft): string {
  if (draft.stance !== 'assert' && draft.stance !== 'expect') return draft.stance;
  const { tokens } = view;
  const first = tokenAtOrAfter(tokens, draft.content.start);
  const subject = tokens[first];
  if (!subject || !isSelf(view, draft, first)) return draft.stance;
  let future = false;
  for (let i = first + 1; i < tokens.length && i <= first + WINDOW && tokens[i]!.start < draft.content.end; i++) {
    const t = tokens[i]!;
    if (FUTURE.has(t.normal)) future = true;
    else if (future && t.pos === 'VERB') return RESPONSE.has(t.lemma) ? 'warn' : draft.stance;
  }
  return draft.stance;
}

/** True when the content's first word refers to the source: a personal pronoun, or the source's own words. */
function isSelf(view: ClaimsView, draft: Draft, first: number): boolean {
  const t = view.tokens[first]!;
  if (SELF.has(t.normal)) return true;
  if (!draft.source) return false;
  const last = view.tokens[draft.source[1] - 1]!;
  return t.pos === 'PROPN' && t.normal === last.normal;
}
