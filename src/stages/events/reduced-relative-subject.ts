import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import { POSSESSIVE } from './noun-roles.js';
import { AGENT_NOUNS } from './subjects.js';

/**
 * The actor group whose noun phrase ends right before token `at`, through the head nouns its name
 * modifies ("Chilean farmers protesting", "UN officials based in Kabul"), the people it owns ("Kenya's
 * teachers protesting") and adverbs before the participle ("UN officials currently based in Juba"):
 * the subject a reduced relative at `at` tells of. Not a place ("in Lima"), which is no one's phrase head.
 */
export function reducedRelativeSubject(tokens: readonly Token[], groups: readonly ActorGroup[], at: number): ActorGroup | undefined {
  // A name after a preposition that owns what follows is that owner, no place: "fired tear gas at Kenya's teachers protesting".
  return groups.find((g) => (!g.locative || owns(tokens, g.end)) && g.end <= at && phraseReaches(tokens, g.end, at));
}

/** Does an owner's marker stand at `k` ("Kenya's")? */
function owns(tokens: readonly Token[], k: number): boolean {
  return POSSESSIVE.has(tokens[k]?.normal ?? '');
}

/** Do the tokens from `from` (right after the group) to `at` carry its phrase on: an owner's marker and nouns, head nouns, then adverbs? */
function phraseReaches(tokens: readonly Token[], from: number, at: number): boolean {
  const owner = owns(tokens, from);
  let k = owner ? from + 1 : from;
  while (k < at && tokens[k]!.pos === 'NOUN') k++;
  // "Japan's statements protesting China's incursions": what an owner owns tells of the participle only when it is people; the
  // statements are no one who protests, and their owner no subject of the participle.
  if (owner && (k === from + 1 || !AGENT_NOUNS.has(tokens[k - 1]!.normal))) return false;
  // The adverbs come last: "officials currently based", never "currently officials based".
  while (k < at && tokens[k]!.pos === 'ADV') k++;
  return k === at;
}
