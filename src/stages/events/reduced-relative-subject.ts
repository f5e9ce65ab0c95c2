import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';

/**
 * The actor group whose noun phrase ends right before token `at`, through the head nouns its name
 * modifies ("Chilean farmers protesting", "UN officials based in Kabul"): the subject a reduced
 * relative at `at` tells of. Not a place ("in Lima"), which is no one's phrase head.
 */
export function reducedRelativeSubject(tokens: readonly Token[], groups: readonly ActorGroup[], at: number): ActorGroup | undefined {
  return groups.find((g) => !g.locative && g.end <= at && tokens.slice(g.end, at).every((t) => t.pos === 'NOUN'));
}
