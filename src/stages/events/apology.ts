import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import { verbBetween } from './governed.js';
import type { TriggerMatch } from './match-triggers.js';

// Whom an apology is owed when no one is named as its addressee: "South Africa apologised for its
// treatment of Zimbabwean migrants", "the United States apologised for the deaths of three Afghan
// civilians": those the regretted act was done to, named after its noun's "of", "on" or "against".
// Read by draft.ts when the apology names no target of its own.

/** CAMEO "apologize" (055). */
const APOLOGY = '055';
/** Words that open what an apology is for. */
const FOR_WORDS = new Set(['for', 'over']);
/** Prepositions after the regretted act's noun that name whom it was done to. */
const VICTIM_PREPS = new Set(['of', 'on', 'against', 'to']);
/** Words that may stand between that preposition and the victims' name ("of three Afghan civilians"). */
const VICTIM_LEAD = new Set(['DET', 'ADJ', 'NUM']);
/** How far after the apology word its "for" may stand, and how far after "for" the victims. */
const FOR_REACH = 4;
const VICTIM_REACH = 8;

/** The group an apology's "for" phrase names as those its act was done to, if any. */
export function apologyVictims(tokens: readonly Token[], m: TriggerMatch, clauseEnd: number, groups: readonly ActorGroup[]): ActorGroup | undefined {
  if (!m.code.startsWith(APOLOGY)) return undefined;
  let k = m.end;
  while (k < Math.min(clauseEnd, m.end + FOR_REACH) && !FOR_WORDS.has(tokens[k]!.normal)) k++;
  if (!FOR_WORDS.has(tokens[k]?.normal ?? '')) return undefined;
  const g = groups.find((x) => x.start > k + 1 && x.start <= k + VICTIM_REACH && x.start < clauseEnd && !x.locative && !x.agentive);
  if (!g || verbBetween(tokens, k, g.start)) return undefined;
  let j = g.start - 1;
  while (j > k && VICTIM_LEAD.has(tokens[j]!.pos)) j--;
  return j > k + 1 && VICTIM_PREPS.has(tokens[j]!.normal) && tokens[j - 1]!.pos === 'NOUN' ? g : undefined;
}
