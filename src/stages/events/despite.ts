import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import type { TriggerMatch } from './match-triggers.js';

// "Vice-President Moody Awori has declined to resign despite growing pressure by the Kenya
// Anti-Corruption Commission": a refusal made in spite of someone's pressure or calls is a refusal of
// them. Read by roles.ts.

/** Nouns of what a refusal withstands ("despite pressure by", "despite calls from", "in spite of demands of"). */
const PRESSURES = new Set(['pressure', 'pressures', 'call', 'calls', 'demand', 'demands', 'appeal', 'appeals', 'request', 'requests', 'urging', 'objections', 'opposition', 'criticism', 'warnings', 'protests']);
/** Prepositions that name who presses ("pressure by", "calls from"). */
const FROM = new Set(['by', 'from', 'of']);
/** How many words after the trigger "despite" may stand ("declined to resign despite …"). */
const REACH = 8;

/** The CAMEO root of rejection. */
const REJECT_ROOT = '12';

/** Whom a refusal withstands: the actor pressing after "despite … pressure by", or owning the pressure ("despite Chile's calls"); or nothing. */
export function withstoodActor(tokens: readonly Token[], m: TriggerMatch, groups: readonly ActorGroup[], end: number): ActorGroup | undefined {
  if (!m.code.startsWith(REJECT_ROOT)) return undefined;
  let k = m.end;
  while (k < end && k - m.end < REACH && tokens[k]!.normal !== 'despite' && tokens[k]!.normal !== ',') k++;
  if (tokens[k]?.normal !== 'despite') return undefined;
  const owner = groups.find((g) => g.start > k && g.start <= k + 3 && !g.locative && (tokens[g.end]?.normal === "'s" || tokens[g.end]?.normal === '’s'));
  if (owner && (PRESSURES.has(tokens[owner.end + 1]?.normal ?? '') || PRESSURES.has(tokens[owner.end + 2]?.normal ?? ''))) return owner;
  let j = k + 1;
  while (j < end && j - k <= 3 && !PRESSURES.has(tokens[j]!.normal)) j++;
  if (!PRESSURES.has(tokens[j]?.normal ?? '') || !FROM.has(tokens[j + 1]?.normal ?? '')) return undefined;
  return groups.find((g) => g.start > j + 1 && g.start <= j + 3 && !g.locative);
}
