/**
 * Acts a verb of forbidding takes as its object are not done. "The government banned the opposition's
 * rallies protesting the election results" is the government's ban (PLOVER COERCE) and tells of no
 * rally held: PLOVER PROTEST is a rally or gathering that takes place. A protest dispersed or broken
 * up was held; one banned, outlawed or forbidden was not, whoever owns it and however it is named.
 */
import type { Token } from '../../core/doc.js';
import type { TriggerMatch } from './match-triggers.js';

/** Verbs of forbidding: what their object names is not done ("banned rallies", "outlawed demonstrations", "forbade the march"). */
const FORBIDDING: ReadonlySet<string> = new Set(['ban', 'outlaw', 'forbid', 'prohibit']);
/** Tags of the words of an object's noun phrase before and at its head ("the opposition's planned rallies", "all political rallies"). */
const OBJECT_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);

/** The heads of the nominal matches in the object phrase right after a verb of forbidding ("banned the opposition's rallies": "rallies"); none after any other verb. */
export function forbiddenActs(tokens: readonly Token[], m: TriggerMatch, matches: readonly { m: TriggerMatch }[]): number[] {
  if (m.kind !== 'verb' || !FORBIDDING.has(tokens[m.head]!.lemma.toLowerCase())) return [];
  let end = m.end;
  while (end < tokens.length && tokens[end]!.sentence === tokens[m.head]!.sentence && OBJECT_PHRASE.has(tokens[end]!.pos)) end++;
  return matches.filter((o) => o.m.kind === 'noun' && o.m.head >= m.end && o.m.head < end).map((o) => o.m.head);
}
