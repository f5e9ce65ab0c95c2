import type { Token } from '../../core/doc.js';

// "held talks with a visiting delegation from South Korea", "met a team of negotiators from Sudan's
// government": people sent from a country act for it, so the name after their "from" is a side of the
// act, not a place it happens at (a "from" before a place name otherwise makes it a place).

/** Nouns of people sent to act for a country or body. */
const ENVOYS = new Set(['delegation', 'delegations', 'team', 'teams', 'mission', 'missions', 'envoy', 'envoys', 'officials', 'representatives',
  'diplomats', 'negotiators', 'emissary', 'emissaries']);

/** Does the "from" at `k` follow a noun of envoys ("a delegation from")? */
export function envoysFrom(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.normal === 'from' && ENVOYS.has(tokens[k - 1]?.normal ?? '');
}

/** Words that may stand before the envoys' noun in its phrase ("a visiting high-level delegation"). */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NUM']);

/**
 * Is the "from" at `k` that of envoys who are the object of the verb ending at `verbEnd`, directly or
 * after "with" ("met a delegation from", "held talks on Monday with a visiting delegation from")?
 */
export function envoysObject(tokens: readonly Token[], k: number, verbEnd: number): boolean {
  if (!envoysFrom(tokens, k)) return false;
  let j = k - 2;
  while (j >= verbEnd && (PHRASE_POS.has(tokens[j]!.pos) || tokens[j]!.normal === 'visiting' || tokens[j]!.normal === '-')) j--;
  return j < verbEnd || tokens[j]!.normal === 'with';
}
