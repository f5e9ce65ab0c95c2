/**
 * "Would" in reported speech: "Turkey would continue to work with Russia, Foreign Minister Mevlut
 * Cavusoglu said" tells what the speaker's side will do, seen from the report's past, as "said Turkey
 * would …" does (status.ts reads that order); it is no possibility. A condition in the sentence
 * ("would cooperate if the sanctions were lifted") keeps it hypothetical.
 */
import type { Token } from '../../core/doc.js';
import type { Claim } from '../../core/mention.js';
import { ASPECTUAL } from './retag.js';
import { carryingClaim } from './status.js';

/** Verbs of going on that stand between "would" and the act ("would keep working", "would continue to observe"). */
const GOING_ON: ReadonlySet<string> = new Set([...ASPECTUAL, 'keep']);
/** Words that make what a sentence says a condition. */
const CONDITIONS = new Set(['if', 'unless']);
/** The stance of a plain report ("said", "told"), not an expectation, a warning or a denial. */
const ASSERTED = 'assert';

/** Is the token skippable between an auxiliary and its verb ("would also", "would continue to")? */
function between(t: Token): boolean {
  return t.pos === 'ADV' || t.normal === 'to';
}

/**
 * Is the verb trigger at `start` under a bare "would" (over adverbs and a verb of going on) inside the content
 * of a plain report, in a sentence with no condition?
 */
export function reportedWould(tokens: readonly Token[], start: number, sentenceStart: number, sentenceEnd: number, claims: readonly Claim[]): boolean {
  let k = start - 1;
  while (k > sentenceStart && between(tokens[k]!)) k--;
  // "would keep working", "would continue to observe": the going-on verb carries the auxiliary.
  if (k > sentenceStart && tokens[k]!.pos === 'VERB' && GOING_ON.has(tokens[k]!.lemma.toLowerCase())) k--;
  while (k > sentenceStart && tokens[k]!.pos === 'ADV') k--;
  if (tokens[k]?.normal !== 'would') return false;
  for (let j = sentenceStart; j < sentenceEnd; j++) if (CONDITIONS.has(tokens[j]!.normal)) return false;
  const claim = carryingClaim(claims, tokens[k]!.start, tokens[start]!.end);
  return claim?.stance === ASSERTED;
}
