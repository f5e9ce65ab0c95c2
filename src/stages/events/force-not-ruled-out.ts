/**
 * Force "not ruled out": "China would not rule out the use of force against Taiwan", "Putin did not
 * exclude military action". Holding force open over someone threatens them (CAMEO 138, PLOVER
 * THREATEN), and it is the negation that makes the threat; force ruled out ("Britain has ruled out
 * using force") threatens no one, so that reading is no event.
 */
import type { Token } from '../../core/doc.js';
import type { DraftEvent } from './merge.js';
import { NEGATION } from './tense-words.js';

/** Heads of the excluding verbs the verb patterns give a force reading ("rule out", "exclude"). */
const EXCLUDING = new Set(['rule', 'exclude']);
/** CAMEO's root of threats (13). */
const THREAT_ROOT = '13';
/** How many words before the verb its negation may stand ("would not rule out", "has not yet ruled out"). */
const NEGATION_REACH = 3;

/** The threat made by force not ruled out, occurred; undefined when the force is ruled out; any other draft as it is. */
export function forceNotRuledOut(d: DraftEvent, tokens: readonly Token[]): DraftEvent | undefined {
  if (!d.cameo.startsWith(THREAT_ROOT) || !EXCLUDING.has(d.lemmas[0] ?? '') || d.tokens.length === 0) return d;
  const verb = d.tokens[0]!;
  for (let k = verb - 1; k >= Math.max(0, verb - NEGATION_REACH); k--) {
    if (tokens[k]!.sentence !== tokens[verb]!.sentence) break;
    if (NEGATION.has(tokens[k]!.normal)) return d.status === 'denied' ? { ...d, status: 'occurred' } : d;
  }
  return undefined;
}
